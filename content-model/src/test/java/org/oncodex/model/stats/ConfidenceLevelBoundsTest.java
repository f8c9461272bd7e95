package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The level of a confidence interval lies in (0, 1), and a one-sided one's in (0.5, 1): exactly at the bounds. */
class ConfidenceLevelBoundsTest {

    @Test
    void the_critical_value_takes_levels_strictly_between_0_and_1() {
        for (double level : new double[] {0, 1, -0.1, 1.3}) {
            assertThatThrownBy(() -> ConfidenceInterval.criticalValue(level))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confidence level must be in (0, 1): " + level);
        }
        assertThat(ConfidenceInterval.criticalValue(0.99)).isCloseTo(2.5758, within(0.00005));
        assertThat(ConfidenceInterval.criticalValue(0.01)).isCloseTo(0.0125, within(0.00005));
    }

    @Test
    void a_one_sided_level_must_exceed_one_half() {
        assertThatThrownBy(() -> ConfidenceInterval.criticalValue(0.5, Sidedness.ONE_SIDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence level of a one-sided interval must be in (0.5, 1): 0.5");
        assertThatThrownBy(() -> ConfidenceInterval.criticalValue(1.0, Sidedness.ONE_SIDED))
                .hasMessage("confidence level must be in (0, 1): 1.0");
        assertThat(ConfidenceInterval.criticalValue(0.5001, Sidedness.ONE_SIDED))
                .isCloseTo(0.00025, within(0.00001));
        assertThat(ConfidenceInterval.criticalValue(0.5, Sidedness.TWO_SIDED)).isCloseTo(0.6745, within(0.00005));
    }

    @Test
    void an_interval_from_a_p_value_checks_its_level_first() {
        for (double level : new double[] {0, 1}) {
            assertThatThrownBy(() -> ConfidenceInterval.fromPValue(
                            0.62, PValue.of(0.006), Scale.LOG, level, PValueMethod.NORMAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confidence level must be in (0, 1): " + level);
        }
    }

    @Test
    void a_ratio_at_zero_has_no_logarithm_and_the_smallest_positive_one_has() {
        assertThatThrownBy(
                        () -> ConfidenceInterval.fromPValue(0, PValue.of(0.006), Scale.LOG, 0.95, PValueMethod.NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no logarithm");
        assertThat(ConfidenceInterval.fromPValue(0.62, PValue.of(0.006), Scale.LOG, 0.95, PValueMethod.NORMAL)
                        .lower())
                .isLessThan(0.62);
    }
}
