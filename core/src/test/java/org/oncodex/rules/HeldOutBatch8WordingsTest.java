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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Atezolizumab plus bevacizumab cut the risk of death by more than a third compared with sorafenib in"
                        + " IMbrave150 [1].",
                "Cabozantinib lowered the risk of the cancer growing by more than half compared with placebo [16].",
                "Regorafenib lowered the risk of death by about a third compared with placebo [9].",
                "After sorafenib, regorafenib is often followed by a third line of treatment [9].",
            })
    void a_relative_change_told_as_a_fraction_that_fits_the_ratio_raises_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sorafenib lowered the risk of death by about two-thirds compared with placebo in SHARP [8].",
                "Lenvatinib cut the risk of progression by more than half compared with sorafenib in REFLECT [3].",
            })
    void a_relative_change_told_as_a_fraction_that_the_ratio_does_not_give_is_found(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .anyMatch(f ->
                        f.ruleId().equals("ONC-NUMBER-UNGROUNDED") || f.ruleId().equals("ONC-NUMBER-MISATTRIBUTED"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the treatment had before, in the other languages of the catalogue, is not the one credited
                "En personas tratadas previamente con sorafenib, la mediana de supervivencia global fue de 8,5 meses con"
                        + " ramucirumab (HR 0,71; IC del 95 %: 0,53–0,95) [10].",
                "Nach einer Behandlung mit Sorafenib betrug das mediane Gesamtüberleben mit Cabozantinib 10,2 Monate"
                        + " [5].",
            })
    void a_treatment_had_before_in_another_language_is_not_the_one_credited(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .noneMatch(f -> f.ruleId().equals("ONC-NUMBER-MISATTRIBUTED"));
    }

    @Test
    void shown_to_be_better_is_a_claim_of_significance() {
        NaturalWordingsTest.assertFinds(
                "In REFLECT, lenvatinib was shown to be more effective than sorafenib at keeping people alive (HR 0.92;"
                        + " 95% CI 0.79–1.06) [3].",
                "ONC-STAT-WORDING", "");
        assertThat(NaturalWordingsTest.errors("Regorafenib was shown to be better than placebo at keeping people alive"
                        + " (HR 0.63; 95% CI 0.50–0.79) [9]."))
                .isEmpty();
        assertThat(NaturalWordingsTest.errors("Lenvatinib was not shown to be better than sorafenib for survival (HR"
                        + " 0.92; 95% CI 0.79–1.06) [3]."))
                .isEmpty();
    }
}
