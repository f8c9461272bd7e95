package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeSystemTest {

    @ParameterizedTest
    @CsvSource({
        // hepatocellular carcinoma
        "ONCOTREE, HCC",
        "NCI_THESAURUS, C3099",
        "UMLS, C0019204",
        // fibrolamellar carcinoma
        "ONCOTREE, FLC",
        "NCI_THESAURUS, C4131",
        // pembrolizumab
        "NCI_THESAURUS, C106432"
    })
    void accepts_real_codes(CodeSystem system, String code) {
        assertThat(system.isWellFormed(code)).isTrue();
    }

    // Obviously malformed strings, checked against syntax only.
    @ParameterizedTest
    @CsvSource({
        "ONCOTREE, hcc",
        "ONCOTREE, 1HCC",
        "ONCOTREE, ''",
        "NCI_THESAURUS, X12",
        "NCI_THESAURUS, C",
        "NCI_THESAURUS, c3099",
        "UMLS, C12",
        "UMLS, X12",
        "MESH, X12",
        "MESH, D12",
        "RXNORM, 0123",
        "RXNORM, 12a",
        "ICD_10, c22",
        "ICD_10, X1",
        "ICD_O_3_MORPHOLOGY, 12/3",
        "ICD_O_3_MORPHOLOGY, 8170"
    })
    void rejects_malformed_codes(CodeSystem system, String code) {
        assertThat(system.isWellFormed(code)).isFalse();
    }

    @Test
    void a_code_is_checked_against_its_own_system_only() {
        // The NCI Thesaurus code of hepatocellular carcinoma does not have the UMLS syntax.
        assertThat(CodeSystem.NCI_THESAURUS.isWellFormed("C3099")).isTrue();
        assertThat(CodeSystem.UMLS.isWellFormed("C3099")).isFalse();
    }

    @Test
    void names_its_terminology_and_syntax() {
        assertThat(CodeSystem.NCI_THESAURUS.displayName()).isEqualTo("NCI Thesaurus");
        assertThat(CodeSystem.ONCOTREE.displayName()).isEqualTo("OncoTree");
        assertThat(CodeSystem.UMLS.syntax()).isEqualTo("C[0-9]{7}");
    }
}
