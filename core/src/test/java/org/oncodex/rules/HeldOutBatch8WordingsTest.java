package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes from the eighth held-out batch ({@link SeededHeldOutBatch8Test}) that the content rules misread before
 * they were fixed. Each case stands for the general shape behind one of them, in other words than the batch's.
 * Written for these tests; the correct numbers are results of the bundled evidence base, set into the GPT-style
 * skeleton with its sixteen sources.
 */
class HeldOutBatch8WordingsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                // a list of trials joined by semicolons: each number is its own item's treatment's, even when the
                // item's number sits after a colon of its own
                "Against placebo, regorafenib in RESORCE: hazard ratio for death 0.63 (95% CI 0.50–0.79) [9];"
                        + " cabozantinib in CELESTIAL: 0.76 (95% CI 0.63–0.92) [5]; ramucirumab in REACH-2: 0.71 (95% CI"
                        + " 0.53–0.95) [10].",
                "Median overall survival: sorafenib (SHARP) 10.7 months [8]; cabozantinib (CELESTIAL) 10.2 months [5].",
                "Second-line trials: RESORCE (regorafenib vs placebo): OS HR 0.63 (95% CI 0.50–0.79) [9]; CELESTIAL"
                        + " (cabozantinib vs placebo): OS HR 0.76 (95% CI 0.63–0.92) [5].",
            })
    void each_item_of_a_semicolon_list_is_credited_to_its_own_treatment(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .noneMatch(f -> f.ruleId().equals("ONC-NUMBER-MISATTRIBUTED"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Durvalumab is approved by the FDA together with tremelimumab for unresectable liver cancer [7].",
                "Atezolizumab is FDA-approved in combination with bevacizumab as a first treatment for unresectable HCC"
                        + " [2].",
            })
    void a_medicine_approved_in_combination_with_another_is_a_claim_for_the_regimen(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void a_claim_for_a_regimen_named_with_in_combination_with_is_held_against_the_regimens_statement() {
        NaturalWordingsTest.assertFinds(
                "Atezolizumab is FDA-approved in combination with bevacizumab for HCC that has grown on sorafenib [2].",
                "ONC-APPROVAL-CONTRADICTED",
                "line of therapy");
    }
}
