package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A risk said to be halved ("roughly halved the risk", "a one-half reduction in the hazard") is a relative change
 * of 50%, held against the ratio beside it or of the result its sentence names. Written for these tests; the ratios
 * are results of the bundled evidence base (REFLECT's 0.66 for progression, SHARP's 0.69 for death, CELESTIAL's
 * 0.44 for progression, IMbrave150's 0.58 for death).
 */
class HalvedWordingsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lenvatinib roughly halved the risk of progression compared with sorafenib (HR 0.66) [3].",
                "In SHARP, sorafenib gave a one-half reduction in the hazard of death vs placebo [8].",
                "In SHARP, the risk of death was cut in half with sorafenib (HR 0.69) [8].",
                "In REFLECT, lenvatinib cut in half the risk of progression (HR 0.66) [3].",
            })
    void a_halving_the_ratio_does_not_give_is_found(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-STAT-WORDING", "says a 50% lower risk");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cabozantinib more than halved the risk of the cancer growing compared with placebo in CELESTIAL (HR"
                        + " 0.44; 95% CI 0.36–0.52) [16].",
                "Atezolizumab plus bevacizumab nearly halved the risk of death compared with sorafenib in IMbrave150"
                        + " (HR 0.58; 95% CI 0.42–0.79) [1].",
                "In CELESTIAL, cabozantinib cut the risk of progression in half [16].",
                "In CELESTIAL, the risk of progression was cut in half with cabozantinib [16].",
                "In SHARP, sorafenib did not halve the risk of death (HR 0.69) [8].",
            })
    void a_halving_the_ratio_gives_raises_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void a_halving_beside_a_ratio_is_found_exactly_when_the_ratios_change_is_far_from_half() {
        qt().withExamples(40).forAll(integers().between(20, 95)).checkAssert(hundredths -> {
            String passage = String.format(
                    Locale.ROOT, "In SHARP, sorafenib halved the risk of death (HR 0.%02d) [8].", hundredths);
            double change = 100 - hundredths;
            boolean far = Math.abs(change - 50) > 6.25;
            assertThat(NaturalWordingsTest.errors(passage).stream()
                            .anyMatch(f -> f.message().contains("says a 50% lower risk")))
                    .as(passage)
                    .isEqualTo(far);
        });
    }
}
