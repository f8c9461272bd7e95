package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Direction words in idioms (held-out batch 11): the disease "held in check longer" or kept from growing "for less
 * time", "a smaller share of people responded", "cost patients survival time", "the survival advantage went to".
 * Written for these tests against bundled results (CELESTIAL PFS 0.44, REACH-2 OS 0.71, REFLECT medians 7.4 vs 3.7
 * months and response 24.1% vs 9.2%, CheckMate 9DW OS 0.79 against sorafenib or lenvatinib).
 */
class DirectionIdiomsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Placebo held the cancer in check longer than cabozantinib did in CELESTIAL (progression-free survival"
                        + " HR 0.44; 95% CI 0.36–0.52) [16].",
                "In REACH-2, adding ramucirumab cost patients survival time compared with placebo (HR 0.71; 95% CI"
                        + " 0.53–0.95) [10].",
                "In REFLECT, lenvatinib kept the cancer from growing for less time than sorafenib did (median 7.4 vs"
                        + " 3.7 months) [3].",
                "A smaller share of people responded to lenvatinib than to sorafenib in REFLECT (24.1% vs 9.2%) [3].",
                "In CheckMate 9DW, the survival advantage went to sorafenib or lenvatinib rather than nivolumab plus"
                        + " ipilimumab (HR 0.79; 95% CI 0.65–0.96) [11].",
            })
    void words_the_numbers_contradict_are_found(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .anyMatch(f -> f.ruleId().equals("ONC-STAT-WORDING"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cabozantinib held the cancer in check longer than placebo did in CELESTIAL (progression-free survival"
                        + " HR 0.44; 95% CI 0.36–0.52) [16].",
                "In REFLECT, lenvatinib kept the cancer from growing for longer than sorafenib did (median 7.4 vs 3.7"
                        + " months) [3].",
                "A larger share of people responded to lenvatinib than to sorafenib in REFLECT (24.1% vs 9.2%) [3].",
                "In CheckMate 9DW, the survival advantage went to nivolumab plus ipilimumab (HR 0.79; 95% CI"
                        + " 0.65–0.96) [11].",
            })
    void words_the_numbers_bear_out_raise_no_wording_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .noneMatch(f -> f.ruleId().equals("ONC-STAT-WORDING"));
    }

    @Test
    void survival_cost_is_held_against_a_ratio_on_either_side_of_1() {
        // the pan-cancer meta-analysis: 1.82 with liver metastases, above 1, so "cost survival" fits it
        qt().forAll(integers().between(0, 1)).checkAssert(i -> {
            String passage = i == 0
                    ? "Liver metastases cost patients survival time on immunotherapy (HR 1.82; 95% CI 1.59–2.08) [4]."
                    : "Liver metastases cost patients survival time on immunotherapy (HR 0.82; 95% CI 0.72–0.94) [4].";
            assertThat(NaturalWordingsTest.errors(passage).stream()
                            .anyMatch(f -> f.ruleId().equals("ONC-STAT-WORDING")))
                    .as(passage)
                    .isEqualTo(i == 1);
        });
    }
}
