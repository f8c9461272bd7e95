package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Held-out batch 12's wordings: direction idioms ("trailed", "came out behind", "worked better", "was protective",
 * "favoured control"), significance idioms ("beyond chance", "held up statistically", "a real one, not noise"), and
 * French and Spanish arm words before a comparator ("contre 12 % avec le sorafenib", "65 % en surveillance active").
 * Written for these tests against bundled results (SHARP OS 0.69, RESORCE OS 0.63, real-world NSCLC OS 1.21,
 * CheckMate 9DW OS 0.79, IMpower150 liver OS 0.68 (0.45–1.02), REFLECT OS 0.92 (0.79–1.06), IMbrave150 response
 * 28% vs 12%, IMbrave050 12-month RFS 78% vs 65%).
 */
class Batch12WordingsTest {
    private static boolean raises(String passage, String rule) {
        return NaturalWordingsTest.errors(passage).stream()
                .anyMatch(f -> f.ruleId().equals(rule));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In SHARP, sorafenib trailed placebo on survival (HR 0.69) [8].",
                "Regorafenib came out behind placebo for survival in RESORCE (HR 0.63) [9].",
                "In real-world cohorts, immunotherapy worked better for people with lung cancer that had spread to the"
                        + " liver than for those without liver spread (HR 1.21) [4].",
                "CheckMate 9DW (nivolumab + ipilimumab vs lenvatinib or sorafenib): OS favoured control (HR 0.79; 95% CI"
                        + " 0.65–0.96) [11].",
                "The REFLECT overall survival difference between lenvatinib and sorafenib was a real one, not noise (HR"
                        + " 0.92; 95% CI, 0.79 to 1.06) [3].",
                "In the liver-metastases subgroup of IMpower150, the survival difference was beyond chance (HR 0.68, 95%"
                        + " CI 0.45–1.02) [4].",
                "Lenvatinib's overall survival edge over sorafenib held up statistically (HR 0.92, 95% CI 0.79–1.06) [3].",
            })
    void words_the_numbers_contradict_are_found(String passage) {
        assertThat(raises(passage, "ONC-STAT-WORDING")).as(passage).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In SHARP, placebo trailed sorafenib on survival (HR 0.69) [8].",
                "Placebo came out behind regorafenib for survival in RESORCE (HR 0.63) [9].",
                "CheckMate 9DW: OS favoured nivolumab plus ipilimumab over control (HR 0.79; 95% CI 0.65–0.96) [11].",
                "The IMbrave150 survival difference was a real one, not noise (HR 0.58; 95% CI 0.42 to 0.79) [1].",
                "The difference was not beyond chance in the IMpower150 liver subgroup (HR 0.68, 95% CI 0.45–1.02) [4].",
            })
    void words_the_numbers_bear_out_raise_no_wording_error(String passage) {
        assertThat(raises(passage, "ONC-STAT-WORDING")).as(passage).isFalse();
    }

    @Test
    void a_claim_beyond_chance_is_held_against_the_interval() {
        // REFLECT's 0.92 (0.79–1.06) includes 1; IMbrave150's 0.58 (0.42–0.79) does not
        List<String> results =
                List.of("REFLECT (HR 0.92; 95% CI 0.79–1.06) [3]", "IMbrave150 (HR 0.58; 95% CI 0.42–0.79) [1]");
        qt().forAll(integers().between(0, 1)).checkAssert(i -> {
            String passage = "The overall survival difference was beyond chance in " + results.get(i) + ".";
            assertThat(raises(passage, "ONC-STAT-WORDING")).as(passage).isEqualTo(i == 0);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IMbrave150 : taux de réponse objective de 28 % avec atezolizumab plus bevacizumab contre 12 % avec le"
                        + " sorafenib [2].",
                "Dans IMbrave050, le taux sans récidive à 12 mois était de 78 % avec atezolizumab plus bevacizumab et de"
                        + " 65 % en surveillance active [12].",
                "In IMbrave150, atezolizumab plus bevacizumab gave a clear OS benefit over sorafenib; 12-month OS 67.2%"
                        + " vs 54.6% [1].",
            })
    void a_comparator_named_with_an_article_or_en_is_its_own_arm(String passage) {
        assertThat(raises(passage, "ONC-NUMBER-MISATTRIBUTED")).as(passage).isFalse();
    }

    @Test
    void the_comparators_rate_credited_to_the_combination_is_still_misattributed() {
        String passage = "IMbrave150 : taux de réponse objective de 12 % avec atezolizumab plus bevacizumab [2].";
        assertThat(raises(passage, "ONC-NUMBER-MISATTRIBUTED")).as(passage).isTrue();
    }
}
