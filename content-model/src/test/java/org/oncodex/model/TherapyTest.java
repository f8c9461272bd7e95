package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TherapyTest {

    private static Therapy.Builder radiofrequencyAblation() {
        return Therapy.builder()
                .id("radiofrequency-ablation")
                .name("radiofrequency ablation")
                .modality(TherapyModality.ABLATION)
                .addSynonym("RFA")
                .parentId("ablation");
    }

    @Test
    void builds_a_valid_therapy_with_a_parent() {
        Therapy rfa = radiofrequencyAblation().build();

        assertThat(rfa.modality()).isEqualTo(TherapyModality.ABLATION);
        assertThat(rfa.parentId()).contains("ablation");
        assertThat(rfa.names()).containsExactly("radiofrequency ablation", "RFA");
    }

    @Test
    void of_builds_a_therapy_with_id_name_and_modality() {
        Therapy hepatectomy = Therapy.of("partial-hepatectomy", "partial hepatectomy", TherapyModality.SURGERY);

        assertThat(hepatectomy.modality()).isEqualTo(TherapyModality.SURGERY);
        assertThat(hepatectomy.parentId()).isEmpty();
        assertThat(hepatectomy.names()).containsExactly("partial hepatectomy");
    }

    @Test
    void requires_a_modality() {
        assertThatThrownBy(() -> Therapy.builder()
                        .id("radiofrequency-ablation")
                        .name("radiofrequency ablation")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("modality");
    }

    @Test
    void rejects_parent_equal_to_own_id() {
        assertThatThrownBy(() -> radiofrequencyAblation()
                        .parentId("radiofrequency-ablation")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Therapy \"radiofrequency-ablation\" parentId must differ from its own id:"
                        + " \"radiofrequency-ablation\"");
    }

    @Test
    void rejects_a_parent_id_that_is_not_an_id() {
        assertThatThrownBy(() -> radiofrequencyAblation().parentId("-ablation").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parentId must be lowercase letters and digits")
                .hasMessageContaining("\"-ablation\"");
    }

    @Test
    void rejects_a_malformed_code() {
        assertThatThrownBy(() -> radiofrequencyAblation()
                        .putCode(CodeSystem.NCI_THESAURUS, "X12")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NCI Thesaurus code must match C[0-9]+: \"X12\"");
    }

    @Test
    void reports_a_bad_id_a_blank_name_and_a_repeated_synonym_at_once() {
        assertThatThrownBy(() -> Therapy.builder()
                        .id("RFA")
                        .name("")
                        .modality(TherapyModality.ABLATION)
                        .addSynonyms("RFA", "RFA")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Therapy \"RFA\" has ")
                .hasMessageContaining("id must be lowercase letters and digits joined by single hyphens")
                .hasMessageContaining("name must not be blank: \"\"")
                .hasMessageContaining("synonyms must not repeat: \"RFA\"");
    }
}
