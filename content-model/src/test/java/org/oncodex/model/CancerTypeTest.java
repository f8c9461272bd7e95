package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CancerTypeTest {

    /** Codes from OncoTree, the NCI Thesaurus and UMLS for hepatocellular carcinoma. */
    private static CancerType.Builder hcc() {
        return CancerType.builder()
                .id("hepatocellular-carcinoma")
                .name("hepatocellular carcinoma")
                .addSynonym("hepatoma")
                .addAbbreviation("HCC")
                .parentId("liver-cancer")
                .putCode(CodeSystem.ONCOTREE, "HCC")
                .putCode(CodeSystem.NCI_THESAURUS, "C3099")
                .putCode(CodeSystem.UMLS, "C0019204");
    }

    @Test
    void builds_a_valid_cancer_type_with_its_codes() {
        CancerType hcc = hcc().build();

        assertThat(hcc.id()).isEqualTo("hepatocellular-carcinoma");
        assertThat(hcc.parentId()).contains("liver-cancer");
        assertThat(hcc.codes())
                .containsEntry(CodeSystem.ONCOTREE, "HCC")
                .containsEntry(CodeSystem.NCI_THESAURUS, "C3099")
                .containsEntry(CodeSystem.UMLS, "C0019204")
                .hasSize(3);
    }

    @Test
    void of_builds_a_cancer_type_with_only_id_and_name() {
        CancerType flc = CancerType.of("fibrolamellar-carcinoma", "fibrolamellar carcinoma");

        assertThat(flc.name()).isEqualTo("fibrolamellar carcinoma");
        assertThat(flc.synonyms()).isEmpty();
        assertThat(flc.abbreviations()).isEmpty();
        assertThat(flc.parentId()).isEmpty();
        assertThat(flc.codes()).isEmpty();
    }

    @Test
    void names_list_the_name_then_synonyms_then_abbreviations() {
        CancerType hcc = hcc().addSynonym("liver cell carcinoma").build();

        assertThat(hcc.names()).containsExactly("hepatocellular carcinoma", "hepatoma", "liver cell carcinoma", "HCC");
    }

    @Test
    void accepts_a_parent_that_is_another_cancer_type() {
        // Fibrolamellar carcinoma is classified as a variant of hepatocellular carcinoma.
        CancerType flc = CancerType.builder()
                .id("fibrolamellar-carcinoma")
                .name("fibrolamellar carcinoma")
                .parentId("hepatocellular-carcinoma")
                .putCode(CodeSystem.ONCOTREE, "FLC")
                .putCode(CodeSystem.NCI_THESAURUS, "C4131")
                .build();

        assertThat(flc.parentId()).contains("hepatocellular-carcinoma");
        assertThat(flc.codes()).containsEntry(CodeSystem.ONCOTREE, "FLC");
    }

    @Test
    void rejects_an_id_that_is_not_lowercase_hyphenated_words() {
        assertThatThrownBy(() -> CancerType.of("Hepatocellular_Carcinoma", "hepatocellular carcinoma"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CancerType \"Hepatocellular_Carcinoma\" id must be lowercase letters and digits"
                        + " joined by single hyphens (such as \"liver-cancer\"): \"Hepatocellular_Carcinoma\"");
    }

    @Test
    void accepts_an_id_of_2000_words_and_rejects_malformed_ones_of_any_length() {
        String id = "a-".repeat(2_000) + "a";
        assertThat(CancerType.of(id, "a long name").id()).isEqualTo(id);
        for (String bad : new String[] {id + "-", "-" + id, id.replace("a-a-a", "a--a"), id + "B", "", "-"}) {
            assertThatThrownBy(() -> CancerType.of(bad, "a long name"))
                    .as(bad.length() > 20 ? bad.substring(bad.length() - 20) : bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rejects_a_blank_name() {
        assertThatThrownBy(() -> CancerType.of("hepatocellular-carcinoma", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CancerType \"hepatocellular-carcinoma\"")
                .hasMessageContaining("name must not be blank: \"  \"");
    }

    @Test
    void reports_a_bad_id_a_blank_name_and_a_repeated_synonym_at_once() {
        assertThatThrownBy(() -> CancerType.builder()
                        .id("hepatocellular--carcinoma")
                        .name("")
                        .addSynonyms("hepatoma", "hepatoma")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CancerType \"hepatocellular--carcinoma\" has ")
                .hasMessageContaining(" problems: ")
                .hasMessageContaining("id must be lowercase letters and digits joined by single hyphens")
                .hasMessageContaining("\"hepatocellular--carcinoma\"")
                .hasMessageContaining("name must not be blank: \"\"")
                .hasMessageContaining("synonyms must not repeat: \"hepatoma\"");
    }

    @Test
    void reports_a_repeated_synonym_once() {
        assertThatThrownBy(() -> CancerType.builder()
                        .id("hepatocellular-carcinoma")
                        .name("hepatocellular carcinoma")
                        .addSynonyms("hepatoma", "hepatoma")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CancerType \"hepatocellular-carcinoma\" synonyms must not repeat: \"hepatoma\"");
    }

    @Test
    void rejects_an_abbreviation_that_repeats_the_name() {
        assertThatThrownBy(() -> CancerType.builder()
                        .id("hcc")
                        .name("HCC")
                        .addAbbreviation("HCC")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names must not repeat across name, synonyms and other names: \"HCC\"");
    }

    @Test
    void rejects_blank_and_repeated_abbreviations() {
        assertThatThrownBy(() -> hcc().addAbbreviations(" ", "HCC").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("abbreviations must not be blank: \" \"")
                .hasMessageContaining("abbreviations must not repeat: \"HCC\"");
    }

    @Test
    void rejects_parent_equal_to_own_id() {
        assertThatThrownBy(() -> hcc().parentId("hepatocellular-carcinoma").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parentId must differ from its own id: \"hepatocellular-carcinoma\"");
    }

    @Test
    void rejects_a_parent_id_that_is_not_an_id() {
        assertThatThrownBy(() -> hcc().parentId("Liver Cancer").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parentId must be lowercase letters and digits")
                .hasMessageContaining("\"Liver Cancer\"");
    }

    @Test
    void rejects_codes_that_break_their_system_syntax_naming_each() {
        assertThatThrownBy(() -> CancerType.builder()
                        .id("hepatocellular-carcinoma")
                        .name("hepatocellular carcinoma")
                        .putCode(CodeSystem.ONCOTREE, "hcc")
                        .putCode(CodeSystem.NCI_THESAURUS, "X12")
                        .putCode(CodeSystem.UMLS, "C12")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 3 problems")
                .hasMessageContaining("OncoTree code must match [A-Z][A-Z0-9_]*: \"hcc\"")
                .hasMessageContaining("NCI Thesaurus code must match C[0-9]+: \"X12\"")
                .hasMessageContaining("UMLS code must match C[0-9]{7}: \"C12\"");
    }
}
