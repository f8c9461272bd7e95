package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A confidence level is the fraction its printed percentage states, not the percentage divided by 100 in binary:
 * "99.9% CI" is a level of 0.999, which {@code 99.9 / 100} gives as 0.9990000000000001 (and JSON would show).
 */
class IntervalLevelTest {

    private static double level(String text) {
        return EffectStatements.parse(text)
                .statements()
                .get(0)
                .ci()
                .orElseThrow()
                .level();
    }

    @Test
    void aLevelWithADecimalIsTheFractionPrinted() {
        assertThat(level("HR 0.62 (99.9% CI 0.44–0.87)")).isEqualTo(0.999);
        assertThat(level("HR 0.62 (97.5% confidence interval, 0.44 to 0.87)")).isEqualTo(0.975);
        assertThat(level("HR 0.62; 99.9% CI, 0.44 to 0.87")).isEqualTo(0.999);
    }

    @Test
    void everyLevelPrintedWithOneDecimalIsItsDecimalFraction() {
        qt().forAll(integers().between(500, 999)).checkAssert(tenths -> {
            String printed = String.format(Locale.ROOT, "%d.%d", tenths / 10, tenths % 10);
            double expected = Double.parseDouble("0." + String.format(Locale.ROOT, "%03d", tenths));
            assertThat(IntervalWords.fraction(new Tokens(printed).at(0)))
                    .as(printed)
                    .isEqualTo(expected);
            assertThat(level("HR 0.62 (" + printed + "% CI 0.44–0.87)"))
                    .as(printed)
                    .isEqualTo(expected);
        });
    }
}
