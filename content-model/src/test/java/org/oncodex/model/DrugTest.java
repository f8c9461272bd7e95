package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrugTest {

    private static Drug.Builder pembrolizumab() {
        return Drug.builder()
                .id("pembrolizumab")
                .name("pembrolizumab")
                .addBrandName("Keytruda")
                .drugClass("PD-1 inhibitor")
                .addTarget("PD-1")
                .putCode(CodeSystem.NCI_THESAURUS, "C106432");
    }

    @Test
    void builds_a_valid_drug() {
        Drug drug = pembrolizumab().build();

        assertThat(drug.name()).isEqualTo("pembrolizumab");
        assertThat(drug.brandNames()).containsExactly("Keytruda");
        assertThat(drug.drugClass()).contains("PD-1 inhibitor");
        assertThat(drug.targets()).containsExactly("PD-1");
        assertThat(drug.codes())
                .containsOnlyKeys(CodeSystem.NCI_THESAURUS)
                .containsEntry(CodeSystem.NCI_THESAURUS, "C106432");
    }

    @ParameterizedTest
    @CsvSource({
        "cabozantinib, C52200",
        "nivolumab, C68814",
        "pembrolizumab, C106432",
        "regorafenib, C78204",
        "sorafenib, C61948"
    })
    void accepts_the_nci_thesaurus_codes_of_the_drugs(String name, String code) {
        Drug drug = Drug.builder()
                .id(name)
                .name(name)
                .putCode(CodeSystem.NCI_THESAURUS, code)
                .build();

        assertThat(drug.codes()).containsEntry(CodeSystem.NCI_THESAURUS, code);
    }

    @Test
    void of_builds_a_drug_with_only_id_and_generic_name() {
        Drug drug = Drug.of("sorafenib", "sorafenib");

        assertThat(drug.id()).isEqualTo("sorafenib");
        assertThat(drug.brandNames()).isEmpty();
        assertThat(drug.drugClass()).isEmpty();
        assertThat(drug.names()).containsExactly("sorafenib");
    }

    @Test
    void names_list_the_generic_name_then_synonyms_then_brand_names() {
        Drug drug = Drug.builder()
                .id("pembrolizumab")
                .name("pembrolizumab")
                .addBrandName("Keytruda")
                .addSynonym("MK-3475")
                .build();

        assertThat(drug.names()).containsExactly("pembrolizumab", "MK-3475", "Keytruda");
    }

    @Test
    void rejects_a_brand_name_that_repeats_the_generic_name() {
        assertThatThrownBy(() -> Drug.builder()
                        .id("sorafenib")
                        .name("sorafenib")
                        .addBrandName("sorafenib")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Drug \"sorafenib\"")
                .hasMessageContaining("names must not repeat across name, synonyms and other names: \"sorafenib\"");
    }

    @Test
    void rejects_repeated_brand_names_and_targets() {
        assertThatThrownBy(() -> pembrolizumab()
                        .addBrandName("Keytruda")
                        .addTarget("PD-1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brandNames must not repeat: \"Keytruda\"")
                .hasMessageContaining("targets must not repeat: \"PD-1\"");
    }

    @Test
    void rejects_a_blank_drug_class() {
        assertThatThrownBy(() -> pembrolizumab().drugClass(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("drugClass must not be blank: \" \"");
    }

    @Test
    void rejects_a_malformed_nci_thesaurus_code() {
        assertThatThrownBy(() -> pembrolizumab()
                        .putCode(CodeSystem.NCI_THESAURUS, "c106432x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Drug \"pembrolizumab\" NCI Thesaurus code must match C[0-9]+: \"c106432x\"");
    }

    @Test
    void reports_a_bad_id_a_blank_name_and_a_repeated_synonym_at_once() {
        assertThatThrownBy(() -> Drug.builder()
                        .id("Pembrolizumab ")
                        .name(" ")
                        .addSynonyms("MK-3475", "MK-3475")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Drug \"Pembrolizumab \" has ")
                .hasMessageContaining("id must be lowercase letters and digits joined by single hyphens")
                .hasMessageContaining("name must not be blank: \" \"")
                .hasMessageContaining("synonyms must not repeat: \"MK-3475\"");
    }
}
