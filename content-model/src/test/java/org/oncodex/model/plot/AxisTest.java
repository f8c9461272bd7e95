package org.oncodex.model.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Scale;

/** A linear axis's ticks: round steps (1, 2 or 5 times a power of ten) that span the axis. */
class AxisTest {

    @Test
    void a_linear_axis_from_minus_ten_to_thirty_is_ticked_in_tens() {
        // holding -10 and 30 (and 0) padded by 5% of 40: -12 to 32; a fifth of 44 is 8.8, rounded up to 10
        List<Double> ticks = Axis.holding(Scale.LINEAR, List.of(-10.0, 30.0)).ticks();
        assertThat(ticks).containsExactly(-10.0, 0.0, 10.0, 20.0, 30.0);
    }

    @Test
    void a_narrow_linear_axis_is_ticked_in_a_smaller_round_step() {
        // 0 to 2.5 padded by 0.125: a fifth of 2.75 is 0.55, rounded to 0.5
        List<Double> ticks = Axis.holding(Scale.LINEAR, List.of(2.5)).ticks();
        assertThat(ticks).hasSize(6);
        for (int i = 0; i < ticks.size(); i++) {
            assertThat(ticks.get(i)).isCloseTo(0.5 * i, Offset.offset(1e-9));
        }
    }

    @Test
    void linear_ticks_are_evenly_spaced_round_values_within_the_axis() {
        qt().withExamples(300)
                .forAll(doubles().between(-1000, 1000), doubles().between(-1000, 1000))
                .assuming((a, b) -> Math.abs(a - b) > 1e-3)
                .checkAssert((a, b) -> {
                    Axis axis = Axis.holding(Scale.LINEAR, List.of(a, b));
                    List<Double> ticks = axis.ticks();
                    assertThat(ticks.size()).as("ticks of %s, %s", a, b).isBetween(2, 12);
                    double step = ticks.get(1) - ticks.get(0);
                    double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
                    double mantissa = step / magnitude;
                    assertThat(List.of(1.0, 2.0, 5.0, 10.0))
                            .as("step %s for %s, %s", step, a, b)
                            .anySatisfy(m -> assertThat(mantissa).isCloseTo(m, Offset.offset(1e-6)));
                    for (int i = 0; i < ticks.size(); i++) {
                        double t = ticks.get(i);
                        assertThat(t / step)
                                .as("tick %s a multiple of %s", t, step)
                                .isCloseTo(Math.rint(t / step), Offset.offset(1e-6));
                        if (i > 0) {
                            assertThat(t - ticks.get(i - 1)).isCloseTo(step, Offset.offset(step * 1e-6));
                        }
                    }
                    double lo = Math.min(0, Math.min(a, b));
                    double hi = Math.max(0, Math.max(a, b));
                    double pad = (hi - lo) * 0.05; // the axis is padded by 5%
                    assertThat(ticks.get(0)).as("first tick for %s, %s", a, b).isGreaterThanOrEqualTo(lo - pad - 1e-9);
                    assertThat(ticks.get(ticks.size() - 1))
                            .as("last tick for %s, %s", a, b)
                            .isLessThanOrEqualTo(hi + pad + step * 1e-6);
                    assertThat(ticks.get(0)).as("first tick for %s, %s", a, b).isLessThanOrEqualTo(lo + step);
                    assertThat(ticks.get(ticks.size() - 1))
                            .as("last tick for %s, %s", a, b)
                            .isGreaterThanOrEqualTo(hi - step);
                });
    }
}
