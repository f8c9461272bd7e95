package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

/**
 * The value types' documented ranges at their edges: a closed end is accepted, an open end and the
 * first value past a closed one are refused, with a message naming the field, the value and the
 * rule. The numbers are written for the test; none is a published result.
 */
class RangeEdgesTest {
    @Test
    void a_proportion_runs_from_none_to_all() {
        assertThatNoException().isThrownBy(() -> Proportion.ofPercent(0));
        assertThatNoException().isThrownBy(() -> Proportion.ofPercent(100));
        assertThatNoException().isThrownBy(() -> Proportion.ofCount(0, 22));
        assertThatNoException().isThrownBy(() -> Proportion.ofCount(22, 22));
        assertThatNoException()
                .isThrownBy(() -> Proportion.builder()
                        .percent(50)
                        .ci(ConfidenceInterval.of(0, 100))
                        .build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Proportion.ofPercent(100.5))
                .withMessage("Proportion percent must be in [0, 100]: 100.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Proportion.ofPercent(-0.5))
                .withMessage("Proportion percent must be in [0, 100]: -0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Proportion.ofCount(0, 0))
                .withMessage("Proportion total must be positive: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Proportion.ofCount(23, 22))
                .withMessage("Proportion count must be in [0, total 22]: 23");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Proportion.builder()
                        .percent(50)
                        .ci(ConfidenceInterval.of(20, 100.5))
                        .build())
                .withMessage("Proportion confidence interval must lie within [0, 100] percent: 20.0 to 100.5");
    }

    @Test
    void a_median_time_and_its_interval_start_at_zero_and_the_interval_has_width() {
        assertThatNoException().isThrownBy(() -> MedianTime.of(0, Unit.MONTHS));
        assertThatNoException().isThrownBy(() -> MedianTime.of(1.5, Unit.MONTHS, ConfidenceInterval.of(0, 3)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MedianTime.of(-0.5, Unit.MONTHS))
                .withMessage("MedianTime value must not be negative: -0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MedianTime.of(Double.NaN, Unit.MONTHS))
                .withMessage("MedianTime value must be a finite number: NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MedianTime.builder()
                        .value(2)
                        .unit(Unit.MONTHS)
                        .ciLevel(0.95)
                        .ciLower(-1)
                        .ciUpper(3)
                        .build())
                .withMessage("MedianTime confidence interval lower bound must not be negative: -1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MedianTime.builder()
                        .unit(Unit.MONTHS)
                        .ciLevel(0.95)
                        .ciLower(Double.POSITIVE_INFINITY)
                        .build())
                .withMessage("MedianTime confidence interval lower bound must be a finite number: Infinity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MedianTime.builder()
                        .value(2)
                        .unit(Unit.MONTHS)
                        .ciLevel(0.95)
                        .ciLower(1)
                        .ciUpper(Double.POSITIVE_INFINITY)
                        .build())
                .withMessage("MedianTime confidence interval upper bound must be a finite number: Infinity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MedianTime.builder()
                        .value(2)
                        .unit(Unit.MONTHS)
                        .ciLevel(0.95)
                        .ciLower(2)
                        .ciUpper(2)
                        .build())
                .withMessage("MedianTime confidence interval lower bound 2.0 must be less than upper bound 2.0");
        for (double level : new double[] {0, 1}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> MedianTime.builder()
                            .value(2)
                            .unit(Unit.MONTHS)
                            .ciLevel(level)
                            .ciLower(1)
                            .ciUpper(3)
                            .build())
                    .withMessage("MedianTime confidence level must be in (0, 1): " + level);
        }
    }

    @Test
    void an_exact_p_value_lies_in_the_half_open_unit_interval_and_a_lower_bound_in_the_other_half() {
        assertThatNoException().isThrownBy(() -> PValue.of(1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PValue.of(0))
                .withMessage("PValue P value must be in (0, 1]: 0.0");
        assertThatNoException().isThrownBy(() -> PValue.lessThan(1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PValue.lessThan(0))
                .withMessage("PValue upper bound of a P value must be in (0, 1]: < 0.0");
        assertThatNoException().isThrownBy(() -> PValue.greaterThan(0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PValue.greaterThan(1))
                .withMessage("PValue lower bound of a P value must be in [0, 1): > 1.0");
        assertThat(PValue.of(0.03).isExact()).isTrue();
        assertThat(PValue.lessThan(0.001).isExact()).isFalse();
        assertThat(PValue.greaterThan(0.05).isExact()).isFalse();
    }

    @Test
    void a_range_has_width_percent_bounds_stay_within_a_hundred_and_times_are_not_negative() {
        assertThatNoException().isThrownBy(() -> ValueRange.between(0, 100, Unit.PERCENT));
        assertThatNoException().isThrownBy(() -> ValueRange.atLeast(0, Unit.MONTHS));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueRange.between(5, 5, Unit.MONTHS))
                .withMessage("ValueRange lower bound 5.0 must be less than upper bound 5.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueRange.atLeast(-1, Unit.MONTHS))
                .withMessage("ValueRange a time cannot be negative: -1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueRange.between(-1, 50, Unit.PERCENT))
                .withMessage("ValueRange percent bounds must lie within [0, 100]: -1.0 to 50.0");
    }

    @Test
    void bounds_contain_their_ends_and_nothing_outside() {
        Bounds b = new Bounds(1, 2);
        assertThat(b.contains(1)).isTrue();
        assertThat(b.contains(2)).isTrue();
        assertThat(b.contains(0.999)).isFalse();
        assertThat(b.contains(2.001)).isFalse();
    }

    @Test
    void an_interval_from_a_p_value_checks_its_level() {
        for (double level : new double[] {0, 1}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() ->
                            ConfidenceInterval.fromPValue(0.7, PValue.of(0.01), Scale.LOG, level, PValueMethod.NORMAL))
                    .withMessageContaining(String.valueOf(level));
        }
    }
}
