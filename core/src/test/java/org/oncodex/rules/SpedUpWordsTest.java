package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "Sped up recurrence", "hastened death": a higher risk, which a ratio below 1 contradicts. Written for these tests;
 * IMbrave050's hazard ratio for recurrence, 0.72 (95% CI 0.56–0.93), is a result of the bundled evidence base.
 */
class SpedUpWordsTest {
    @Test
    void a_bad_event_said_to_come_sooner_with_a_ratio_below_one_is_found() {
        NaturalWordingsTest.assertFinds(
                "In IMbrave050, atezolizumab + bevacizumab sped up recurrence compared with active surveillance (HR"
                        + " 0.72; 95% CI 0.56–0.93) [12].",
                "ONC-STAT-WORDING", "sped up recurrence");
    }

    @Test
    void a_bad_event_said_to_come_sooner_is_found_exactly_when_the_ratio_is_below_one() {
        qt().withExamples(30).forAll(integers().between(50, 150)).checkAssert(hundredths -> {
            String passage = String.format(
                    Locale.ROOT,
                    "In the study, the new drug hastened progression compared with the old one (HR %.2f) [12].",
                    hundredths / 100.0);
            boolean found = NaturalWordingsTest.errors(passage).stream()
                    .anyMatch(f -> f.message().contains("hastened progression"));
            assertThat(found).as(passage).isEqualTo(hundredths < 100);
        });
    }
}
