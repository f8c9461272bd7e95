package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ConfidenceIntervalPropertyTest {
    private static final Gen<Double> NOT_FINITE =
            Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    private static final Gen<Double> LEVEL_OUTSIDE_0_1 = doubles()
            .between(-5, 0)
            .mix(doubles().between(1, 5))
            .mix(Generate.pick(List.of(0.0, 1.0, 95.0, Double.NaN)));

    @Test
    void level_conversion_is_invertible_on_the_linear_scale() {
        qt().forAll(Generators.intervals(), Generators.levels()).checkAssert((ci, level) -> {
            ConfidenceInterval back = ci.withLevel(level, Scale.LINEAR).withLevel(ci.level(), Scale.LINEAR);
            assertThat(back.lower()).isCloseTo(ci.lower(), within(1e-9 * (1 + Math.abs(ci.lower()))));
            assertThat(back.upper()).isCloseTo(ci.upper(), within(1e-9 * (1 + Math.abs(ci.upper()))));
            assertThat(back.level()).isEqualTo(ci.level());
        });
    }

    @Test
    void level_conversion_is_invertible_on_the_log_scale_and_keeps_the_center() {
        qt().forAll(Generators.hazardRatiosWithInterval(), Generators.levels()).checkAssert((hr, level) -> {
            ConfidenceInterval ci = hr.ci().orElseThrow();
            ConfidenceInterval moved = ci.withLevel(level, Scale.LOG);
            ConfidenceInterval back = moved.withLevel(ci.level(), Scale.LOG);
            assertThat(back.lower()).isCloseTo(ci.lower(), within(1e-9 * ci.lower()));
            assertThat(back.upper()).isCloseTo(ci.upper(), within(1e-9 * ci.upper()));
            assertThat(moved.center(Scale.LOG)).isCloseTo(ci.center(Scale.LOG), within(1e-9 * ci.center(Scale.LOG)));
            assertThat(moved.standardError(Scale.LOG))
                    .isCloseTo(ci.standardError(Scale.LOG), within(1e-9 * ci.standardError(Scale.LOG)));
        });
    }

    @Test
    void a_higher_level_gives_a_wider_interval() {
        qt().forAll(Generators.intervals(), doubles().between(0.5, 0.98)).checkAssert((ci, level) -> {
            double higher = level + 0.01;
            assertThat(ci.withLevel(higher, Scale.LINEAR).width())
                    .isGreaterThan(ci.withLevel(level, Scale.LINEAR).width());
        });
    }

    @Test
    void standard_error_and_back_reproduces_the_interval() {
        qt().forAll(Generators.intervals()).checkAssert(ci -> {
            ConfidenceInterval again = ConfidenceInterval.fromStandardError(
                    ci.center(Scale.LINEAR), ci.standardError(Scale.LINEAR), Scale.LINEAR, ci.level());
            assertThat(again.lower()).isCloseTo(ci.lower(), within(1e-9 * (1 + Math.abs(ci.lower()))));
            assertThat(again.upper()).isCloseTo(ci.upper(), within(1e-9 * (1 + Math.abs(ci.upper()))));
        });
    }

    @Test
    void valid_bounds_and_levels_are_accepted() {
        qt().forAll(
                        doubles().between(-1e6, 1e6),
                        doubles().between(1e-6, 1e6),
                        doubles().between(1e-6, 1 - 1e-6))
                .checkAssert((lower, width, level) -> {
                    ConfidenceInterval ci = ConfidenceInterval.of(lower, lower + width, level);
                    assertThat(ci.contains(ci.center(Scale.LINEAR))).isTrue();
                });
    }

    @Test
    void bounds_that_are_not_finite_are_rejected_by_name() {
        qt().forAll(NOT_FINITE, doubles().between(-10, 10)).checkAssert((bad, good) -> {
            assertThatThrownBy(() -> ConfidenceInterval.of(bad, good))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lower bound must be a finite number: " + bad);
            assertThatThrownBy(() -> ConfidenceInterval.of(good, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("upper bound must be a finite number: " + bad);
        });
    }

    @Test
    void inverted_or_empty_bounds_are_rejected_with_both_values() {
        qt().forAll(doubles().between(-100, 100), doubles().between(0, 100)).checkAssert((upper, gap) -> {
            double lower = upper + gap;
            assertThatThrownBy(() -> ConfidenceInterval.of(lower, upper))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("ConfidenceInterval lower bound " + lower + " must be less than upper bound " + upper);
        });
    }

    @Test
    void levels_outside_zero_one_are_rejected() {
        qt().forAll(LEVEL_OUTSIDE_0_1)
                .checkAssert(level -> assertThatThrownBy(() -> ConfidenceInterval.of(1, 2, level))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("ConfidenceInterval confidence level must be in (0, 1): " + level));
    }

    @Test
    void a_one_sided_interval_has_the_z_and_standard_error_of_a_two_sided_one_at_twice_the_level_minus_one() {
        qt().forAll(Generators.intervals(), doubles().between(0.51, 0.999)).checkAssert((ci, level) -> {
            ConfidenceInterval oneSided = ConfidenceInterval.oneSided(ci.lower(), ci.upper(), level);
            ConfidenceInterval twoSided = ConfidenceInterval.of(ci.lower(), ci.upper(), 2 * level - 1);
            assertThat(ConfidenceInterval.criticalValue(level, Sidedness.ONE_SIDED))
                    .isCloseTo(ConfidenceInterval.criticalValue(2 * level - 1), within(1e-9));
            assertThat(oneSided.standardError(Scale.LINEAR))
                    .isCloseTo(
                            twoSided.standardError(Scale.LINEAR), within(1e-9 * twoSided.standardError(Scale.LINEAR)));
        });
    }

    @Test
    void level_conversion_keeps_sidedness_and_kind_and_is_invertible() {
        qt().forAll(Generators.anyIntervals(), doubles().between(0.6, 0.999)).checkAssert((ci, level) -> {
            ConfidenceInterval moved = ci.withLevel(level, Scale.LINEAR);
            ConfidenceInterval back = moved.withLevel(ci.level(), Scale.LINEAR);
            assertThat(moved.sidedness()).isEqualTo(ci.sidedness());
            assertThat(moved.kind()).isEqualTo(ci.kind());
            assertThat(moved.standardError(Scale.LINEAR))
                    .isCloseTo(ci.standardError(Scale.LINEAR), within(1e-9 * (1 + ci.standardError(Scale.LINEAR))));
            assertThat(back.lower()).isCloseTo(ci.lower(), within(1e-9 * (1 + Math.abs(ci.lower()))));
            assertThat(back.upper()).isCloseTo(ci.upper(), within(1e-9 * (1 + Math.abs(ci.upper()))));
        });
    }

    @Test
    void standard_error_and_back_reproduces_an_interval_of_either_sidedness() {
        qt().forAll(Generators.anyIntervals()).checkAssert(ci -> {
            ConfidenceInterval again = ConfidenceInterval.fromStandardError(
                    ci.center(Scale.LINEAR), ci.standardError(Scale.LINEAR), Scale.LINEAR, ci.level(), ci.sidedness());
            assertThat(again.sidedness()).isEqualTo(ci.sidedness());
            assertThat(again.lower()).isCloseTo(ci.lower(), within(1e-9 * (1 + Math.abs(ci.lower()))));
            assertThat(again.upper()).isCloseTo(ci.upper(), within(1e-9 * (1 + Math.abs(ci.upper()))));
        });
    }

    @Test
    void the_same_bounds_read_as_one_sided_imply_a_larger_standard_error() {
        qt().forAll(Generators.intervals()).assuming(ci -> ci.level() > 0.5).checkAssert(ci -> {
            ConfidenceInterval oneSided = ConfidenceInterval.oneSided(ci.lower(), ci.upper(), ci.level());
            assertThat(oneSided.standardError(Scale.LINEAR)).isGreaterThan(ci.standardError(Scale.LINEAR));
        });
    }

    @Test
    void one_sided_levels_at_or_below_a_half_are_rejected() {
        qt().forAll(doubles().between(1e-6, 0.5))
                .checkAssert(level -> assertThatThrownBy(() -> ConfidenceInterval.oneSided(1, 2, level))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("ConfidenceInterval confidence level of a one-sided interval must be in (0.5, 1): "
                                + level));
    }

    @Test
    void every_kind_and_sidedness_of_valid_interval_is_accepted() {
        qt().forAll(
                        doubles().between(-1e6, 1e6),
                        doubles().between(1e-6, 1e6),
                        doubles().between(0.5 + 1e-6, 1 - 1e-6))
                .checkAssert((lower, width, level) -> {
                    for (Sidedness sidedness : Sidedness.values()) {
                        for (IntervalKind kind : IntervalKind.values()) {
                            ConfidenceInterval ci = ConfidenceInterval.builder()
                                    .lower(lower)
                                    .upper(lower + width)
                                    .level(level)
                                    .sidedness(sidedness)
                                    .kind(kind)
                                    .build();
                            assertThat(ci.sidedness()).isEqualTo(sidedness);
                            assertThat(ci.withKind(kind)).isEqualTo(ci);
                        }
                    }
                });
    }
}
