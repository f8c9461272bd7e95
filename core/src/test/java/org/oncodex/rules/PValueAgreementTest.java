package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.PValue;

/** {@link NumberMatch#contradicts}: a P value that cannot be the result's, and one merely rounded. */
class PValueAgreementTest {

    @Test
    void a_decimal_place_shifted_contradicts() {
        assertThat(NumberMatch.contradicts(PValue.of(0.2), PValue.of(0.02))).isTrue();
        assertThat(NumberMatch.contradicts(PValue.of(0.002), PValue.of(0.02))).isTrue();
        assertThat(NumberMatch.contradicts(PValue.of(0.04), PValue.of(0.4))).isTrue();
        assertThat(NumberMatch.contradicts(PValue.of(0.01), PValue.lessThan(0.001)))
                .isTrue();
    }

    @Test
    void the_same_value_or_one_rounded_agrees() {
        assertThat(NumberMatch.contradicts(PValue.of(0.02), PValue.of(0.02))).isFalse();
        assertThat(NumberMatch.contradicts(PValue.of(0.001), PValue.of(0.0006))).isFalse();
        assertThat(NumberMatch.contradicts(PValue.of(0.01), PValue.of(0.006))).isFalse();
        assertThat(NumberMatch.contradicts(PValue.of(0.0006), PValue.of(0.001))).isFalse();
        assertThat(NumberMatch.contradicts(PValue.lessThan(0.001), PValue.of(0.0004)))
                .isFalse();
        assertThat(NumberMatch.contradicts(PValue.of(0.0004), PValue.lessThan(0.001)))
                .isFalse();
    }

    @Test
    void a_result_rounded_to_fewer_decimals_never_contradicts_it() {
        // sources print P to four decimals; secondary text rounds it to one, two or three
        qt().forAll(integers().between(1, 9999), integers().between(1, 3))
                .assuming((tenThousandths, decimals) -> round(tenThousandths / 10_000.0, decimals) > 0)
                .checkAssert((tenThousandths, decimals) -> {
                    double source = tenThousandths / 10_000.0;
                    double written = round(source, decimals);
                    assertThat(NumberMatch.contradicts(PValue.of(written), PValue.of(source)))
                            .as("P = %s written for P = %s", written, source)
                            .isFalse();
                });
    }

    private static double round(double p, int decimals) {
        return BigDecimal.valueOf(p).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
