package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Approval claims in more words: "FDA-indicated", a label's quoted "is \"indicated as\"", and "after liver surgery" as the setting after surgery. Written for
 * these tests against the bundled approval records (cabozantinib after sorafenib; atezolizumab plus bevacizumab first
 * line, not after surgery).
 */
class ApprovalWordsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cabozantinib is FDA-indicated as first-line therapy for unresectable HCC [16].",
                "Atezolizumab + bevacizumab is available in the US as an approved treatment after liver surgery [12].",
                // a label's words in quotation marks (held-out batch 14)
                "The FDA label says cabozantinib is \"indicated as first-line therapy for unresectable HCC\" [16].",
            })
    void a_claim_the_records_contradict_is_found(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .anyMatch(f -> f.ruleId().startsWith("ONC-APPROVAL"));
    }

    @Test
    void indicated_for_without_quotation_marks_or_an_agency_is_no_approval_claim() {
        String passage = "Sorafenib is indicated for people whose liver still works well [8].";
        assertThat(NaturalWordingsTest.errors(passage))
                .noneMatch(f -> f.ruleId().startsWith("ONC-APPROVAL"));
    }

    @Test
    void indicated_without_an_agency_is_no_approval_claim() {
        String passage = "Surgery is indicated when the tumour is small and the liver works well [1].";
        assertThat(NaturalWordingsTest.errors(passage))
                .noneMatch(f -> f.ruleId().startsWith("ONC-APPROVAL"));
    }
}
