package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link IntervalWords#fraction(double)}'s shortcut for whole numbers gives the decimal computation's double. */
class IntervalWordsPropertyTest {

    /** The plain computation the shortcut stands in for: the printed number's decimal moved two places. */
    private static double decimal(double number) {
        return BigDecimal.valueOf(number).movePointLeft(2).doubleValue();
    }

    /** The same double, bit for bit (0.0 and -0.0 differ), with both values in the message. */
    private static void same(double number) {
        double fast = IntervalWords.fraction(number);
        double plain = decimal(number);
        assertThat(Double.doubleToRawLongBits(fast))
                .as("%s%%: %s, the decimal computation gives %s", number, fast, plain)
                .isEqualTo(Double.doubleToRawLongBits(plain));
    }

    @Test
    void a_whole_level_gives_the_decimal_fraction() {
        qt().withExamples(20_000)
                .forAll(integers().between(-1_000_000, 1_000_000))
                .checkAssert(k -> same(k));
    }

    @Test
    void a_large_whole_number_gives_the_decimal_fraction() {
        qt().withExamples(20_000).forAll(longs().between(-(1L << 53), 1L << 53)).checkAssert(k -> same(k));
    }

    @Test
    void any_finite_number_gives_the_decimal_fraction() {
        qt().withExamples(20_000).forAll(doubles().between(-1e6, 1e6)).checkAssert(d -> same(d));
    }

    @Test
    void levels_printed_with_decimals_give_the_decimal_fraction() {
        qt().withExamples(20_000).forAll(integers().between(0, 100_000)).checkAssert(tenths -> {
            double printed = Double.parseDouble(
                    tenths / 1000 + "." + String.format(java.util.Locale.ROOT, "%03d", tenths % 1000));
            same(printed);
        });
    }

    @Test
    void zero_and_negative_zero_give_the_decimal_fraction() {
        same(0.0);
        same(-0.0);
        assertThat(IntervalWords.fraction(95)).isEqualTo(0.95);
        assertThat(IntervalWords.fraction(99.9)).isEqualTo(0.999);
    }
}
