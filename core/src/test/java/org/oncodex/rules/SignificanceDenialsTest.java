package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A difference denied in more words ("did not reach statistical significance", "no statistically significant
 * survival benefit", "only a trend") for an estimate whose interval excludes 1, or, with no interval printed, whose P
 * value is below 0.05. Written for these tests; the ratios are results of the bundled evidence base (CELESTIAL's
 * 0.76 for death, REFLECT's 0.92 for death, SHARP's 0.69 for death).
 */
class SignificanceDenialsTest {
    private static final String SAYS = "denies a difference";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In CELESTIAL, the survival gain with cabozantinib did not reach statistical significance (HR 0.76;"
                        + " 95% CI 0.63–0.92) [16].",
                "Cabozantinib showed only a trend toward longer survival in CELESTIAL (HR 0.76; 95% CI 0.63–0.92) [16].",
                "In CELESTIAL, cabozantinib gave no statistically significant survival benefit (HR 0.76; 95% CI"
                        + " 0.63–0.92) [16].",
                "In SHARP, sorafenib made little difference and the result was not significant (HR 0.69, P < 0.001) [8].",
                // held-out batch 11: "not statistically meaningful", "could have been due to chance"
                "In CELESTIAL, the survival difference between cabozantinib and placebo was not statistically"
                        + " meaningful (HR 0.76; 95% CI 0.63–0.92; P = 0.005) [16].",
                "The survival benefit of cabozantinib in CELESTIAL could have been due to chance (HR 0.76; 95% CI"
                        + " 0.63–0.92) [16].",
            })
    void a_denial_the_estimate_contradicts_is_found(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-STAT-WORDING", SAYS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In REFLECT, lenvatinib did not reach statistical significance for superiority in overall survival (HR"
                        + " 0.92; 95% CI 0.79–1.06) [3].",
                "In REFLECT, there was no statistically significant survival benefit with lenvatinib (HR 0.92; 95% CI"
                        + " 0.79–1.06) [3].",
                "In REFLECT, the small survival difference with lenvatinib may be due to chance (HR 0.92; 95% CI"
                        + " 0.79–1.06) [3].",
                "In CELESTIAL, the survival benefit of cabozantinib is unlikely to be due to chance (HR 0.76; 95% CI"
                        + " 0.63–0.92) [16].",
            })
    void a_denial_the_estimate_bears_out_raises_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void with_no_interval_a_denial_is_found_exactly_when_the_p_value_is_below_five_percent() {
        qt().withExamples(30).forAll(integers().between(1, 99)).checkAssert(hundredths -> {
            String passage = String.format(
                    Locale.ROOT,
                    "In SHARP, the difference in survival with sorafenib was not significant (HR 0.69, P = 0.%02d) [8].",
                    hundredths);
            boolean found = NaturalWordingsTest.errors(passage).stream()
                    .anyMatch(f -> f.message().contains(SAYS));
            assertThat(found).as(passage).isEqualTo(hundredths < 5);
        });
    }
}
