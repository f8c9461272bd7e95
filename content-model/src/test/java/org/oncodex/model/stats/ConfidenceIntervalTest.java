package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void defaults_to_95_percent() {
        assertThat(ConfidenceInterval.of(0.44, 0.87).level()).isEqualTo(0.95);
    }

    @Test
    void rejects_inverted_bounds_naming_both() {
        assertThatThrownBy(() -> ConfidenceInterval.of(0.87, 0.44))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfidenceInterval lower bound 0.87 must be less than upper bound 0.44");
    }

    @Test
    void lists_every_problem_at_once() {
        assertThatThrownBy(() -> ConfidenceInterval.of(Double.NaN, Double.POSITIVE_INFINITY, 1.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfidenceInterval has 3 problems: lower bound must be a finite number: NaN; "
                        + "upper bound must be a finite number: Infinity; confidence level must be in (0, 1): 1.3");
    }

    @Test
    void contains_its_bounds_and_excludes_what_lies_outside() {
        ConfidenceInterval ci = ConfidenceInterval.of(0.45, 1.02);
        assertThat(ci.contains(1.0)).isTrue();
        assertThat(ci.contains(0.45)).isTrue();
        assertThat(ci.contains(1.02)).isTrue();
        assertThat(ci.excludes(1.03)).isTrue();
        assertThat(ci.width()).isCloseTo(0.57, within(1e-12));
    }

    @Test
    void standard_error_divides_the_log_width_by_3_92_at_95_percent() {
        // Cochrane Handbook 7.7.7.3: SE = (ln U - ln L) / 3.92
        ConfidenceInterval ci = ConfidenceInterval.of(0.44, 0.87);
        assertThat(ci.standardError(Scale.LOG)).isCloseTo((Math.log(0.87) - Math.log(0.44)) / 3.92, within(1e-4));
    }

    @Test
    void re_expresses_a_ratio_interval_at_99_percent_around_the_geometric_mean() {
        ConfidenceInterval ci99 = ConfidenceInterval.of(0.44, 0.87).withLevel(0.99, Scale.LOG);
        double center = Math.sqrt(0.44 * 0.87);
        double halfWidth = (Math.log(0.87) - Math.log(0.44)) / 2 * 2.5758 / 1.9600;
        assertThat(ci99.level()).isEqualTo(0.99);
        assertThat(ci99.lower()).isCloseTo(center * Math.exp(-halfWidth), within(1e-4));
        assertThat(ci99.upper()).isCloseTo(center * Math.exp(halfWidth), within(1e-4));
    }

    @Test
    void a_log_scale_computation_on_a_non_positive_bound_names_the_bound() {
        ConfidenceInterval ci = ConfidenceInterval.of(-1.4, 32.6);
        assertThatThrownBy(() -> ci.standardError(Scale.LOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lower bound -1.4 has no logarithm: ratios and their bounds must be positive");
    }

    @Test
    void an_interval_from_p_needs_an_estimate_away_from_the_null() {
        assertThatThrownBy(
                        () -> ConfidenceInterval.fromPValue(1.0, PValue.of(0.2), Scale.LOG, 0.95, PValueMethod.NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null value");
        assertThatThrownBy(
                        () -> ConfidenceInterval.fromPValue(0.5, PValue.of(1.0), Scale.LOG, 0.95, PValueMethod.NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no interval can be derived");
    }

    @Test
    void an_interval_from_a_p_bound_uses_the_bound_and_is_conservative() {
        // Altman & Bland d2090: with P < 0.0001 plug in 0.0001; the interval is then too wide
        ConfidenceInterval fromBound =
                ConfidenceInterval.fromPValue(0.5, PValue.lessThan(0.0001), Scale.LOG, 0.95, PValueMethod.NORMAL);
        ConfidenceInterval fromExact =
                ConfidenceInterval.fromPValue(0.5, PValue.of(0.00001), Scale.LOG, 0.95, PValueMethod.NORMAL);
        assertThat(fromBound.width()).isGreaterThan(fromExact.width());
    }

    @Test
    void standard_error_must_be_positive() {
        assertThatThrownBy(() -> ConfidenceInterval.fromStandardError(0.5, 0, Scale.LOG, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("standard error must be positive and finite: 0.0");
    }
}
