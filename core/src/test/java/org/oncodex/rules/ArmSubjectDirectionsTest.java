package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Direction words said of the arm a sentence makes its subject, placebo included, held against the arms' values:
 * "longer with placebo (8.0 months) than with cabozantinib (10.2 months)", "people on sorafenib were more likely to
 * respond than those on atezolizumab + bevacizumab (12% vs 28%)", "placebo was linked to a lower risk of death than
 * sorafenib (HR 0.69)". Written for these tests; the values are results of the bundled evidence base (CELESTIAL,
 * IMbrave150, SHARP).
 */
class ArmSubjectDirectionsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "In CELESTIAL, median survival was longer with placebo (8.0 months) than with cabozantinib (10.2"
                        + " months) [5].",
                "People on sorafenib were more likely to respond than those on atezolizumab + bevacizumab (12% vs 28%)"
                        + " [2].",
                "People on atezolizumab + bevacizumab were less likely to respond than those on sorafenib (28% vs 12%)"
                        + " [2].",
                "Placebo was linked to a lower risk of death than sorafenib in SHARP (HR 0.69; 95% CI 0.55–0.87)"
                        + " [8].",
            })
    void direction_words_that_the_arms_values_contradict_are_found(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .anyMatch(f -> f.ruleId().equals("ONC-STAT-WORDING"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In CELESTIAL, median survival was shorter with placebo (8.0 months) than with cabozantinib (10.2"
                        + " months) [5].",
                "People on sorafenib were less likely to respond than those on atezolizumab + bevacizumab (12% vs 28%)"
                        + " [2].",
                "Placebo was linked to a higher risk of death than sorafenib in SHARP (HR 0.69; 95% CI 0.55–0.87)"
                        + " [8].",
                "In the placebo-controlled SHARP trial, sorafenib lowered the risk of death (HR 0.69; 95% CI"
                        + " 0.55–0.87) [8].",
                "Compared with placebo, sorafenib lowered the risk of death in SHARP (HR 0.69; 95% CI 0.55–0.87)"
                        + " [8].",
                // the comparator named, but no treatment set against it: the words are the ratio's own
                "Median progression-free survival was 6.8 months (vs 4.3 months with sorafenib), and the risk of"
                        + " progression was 41% lower (HR 0.59, 95% CI 0.47–0.76) [1].",
            })
    void direction_words_that_fit_the_arms_values_raise_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void a_risk_said_of_placebo_against_the_treatment_is_found_exactly_when_it_takes_the_ratios_side() {
        // SHARP's ratio, 0.69, is below 1: the treatment's risk is the lower, placebo's the higher
        List<String> lower = List.of("a lower risk of death", "a reduced risk of death");
        List<String> higher = List.of("a higher risk of death", "an increased risk of death");
        qt().withExamples(8)
                .forAll(integers().between(0, 1), integers().between(0, 1))
                .checkAssert((side, w) -> {
                    boolean saysLower = side == 0;
                    String words = (saysLower ? lower : higher).get(w);
                    String passage = String.format(
                            Locale.ROOT,
                            "Placebo was linked to %s than sorafenib in SHARP (HR 0.69; 95%% CI 0.55–0.87) [8].",
                            words);
                    assertThat(NaturalWordingsTest.errors(passage).stream()
                                    .anyMatch(f -> f.ruleId().equals("ONC-STAT-WORDING")))
                            .as(passage)
                            .isEqualTo(saysLower);
                });
    }
}
