package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BiomarkerTest {

    @Test
    void of_builds_a_biomarker_with_synonyms_in_order() {
        Biomarker msi = Biomarker.of("msi-h-dmmr", "MSI-H/dMMR", "microsatellite instability-high", "dMMR");

        assertThat(msi.id()).isEqualTo("msi-h-dmmr");
        assertThat(msi.synonyms()).containsExactly("microsatellite instability-high", "dMMR");
        assertThat(msi.names()).containsExactly("MSI-H/dMMR", "microsatellite instability-high", "dMMR");
        assertThat(msi.codes()).isEmpty();
    }

    @Test
    void rejects_a_synonym_that_repeats_the_name() {
        assertThatThrownBy(() -> Biomarker.of("tmb-high", "TMB-H", "TMB-H"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Biomarker \"tmb-high\" names must not repeat across name, synonyms and other names:"
                        + " \"TMB-H\"");
    }

    @Test
    void rejects_a_malformed_code() {
        assertThatThrownBy(() -> Biomarker.builder()
                        .id("msi-h-dmmr")
                        .name("MSI-H/dMMR")
                        .putCode(CodeSystem.UMLS, "X12")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UMLS code must match C[0-9]{7}: \"X12\"");
    }

    @Test
    void reports_a_bad_id_a_blank_name_and_a_blank_synonym_at_once() {
        assertThatThrownBy(() -> Biomarker.of("PD-L1", "", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Biomarker \"PD-L1\" has ")
                .hasMessageContaining("id must be lowercase letters and digits joined by single hyphens")
                .hasMessageContaining("name must not be blank: \"\"")
                .hasMessageContaining("synonyms must not be blank: \" \"");
    }
}
