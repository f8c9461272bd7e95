package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Compares computed numbers with published ones at the precision the publication printed. */
final class Printed {
    private Printed() {}

    /**
     * Asserts that {@code actual}, rounded half-up to as many decimals as {@code printed} has, prints
     * as {@code printed}: "-0.4303" checks 4 decimals, "12.86" two.
     */
    static void assertPrinted(String what, double actual, String printed) {
        int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
        String rounded = BigDecimal.valueOf(actual)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(rounded)
                .as("%s: computed %s, printed %s", what, actual, printed)
                .isEqualTo(printed);
    }

    /**
     * Asserts that {@code actual} rounded to {@code decimals} equals {@code expected}, as R's {@code
     * round(x, decimals) == expected} does in metafor's tests ("0.06" there is round(x, 3) = 0.060).
     */
    static void assertRounded(String what, double actual, int decimals, double expected) {
        double rounded = BigDecimal.valueOf(actual)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
        assertThat(rounded)
                .as("%s: computed %s, rounded to %s decimals, expected %s", what, actual, decimals, expected)
                .isEqualTo(expected);
    }
}
