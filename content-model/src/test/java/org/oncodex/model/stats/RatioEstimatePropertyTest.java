package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RatioEstimatePropertyTest {
    private static final List<EffectEstimate.Kind> RATIO_KINDS = List.of(
            EffectEstimate.Kind.HAZARD_RATIO,
            EffectEstimate.Kind.ODDS_RATIO,
            EffectEstimate.Kind.RISK_RATIO,
            EffectEstimate.Kind.RATE_RATIO);
    private static final Gen<Double> NOT_POSITIVE_OR_NOT_FINITE = doubles()
            .between(-1e6, 0)
            .mix(Generate.pick(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));

    @Test
    void p_falls_as_the_absolute_z_grows() {
        qt().forAll(doubles().between(0, 8), doubles().between(0, 8)).checkAssert((a, b) -> {
            double small = Math.min(a, b);
            double large = Math.max(a, b);
            for (PValueMethod method : PValueMethod.values()) {
                assertThat(method.pValue(large).value())
                        .as("%s: P(|z| = %s) <= P(|z| = %s)", method, large, small)
                        .isLessThanOrEqualTo(method.pValue(small).value());
                assertThat(method.pValue(-large).value())
                        .isEqualTo(method.pValue(large).value());
            }
        });
    }

    @Test
    void a_hazard_ratio_further_from_one_with_the_same_precision_has_a_smaller_p() {
        qt().forAll(
                        doubles().between(0.01, 3),
                        doubles().between(0, 3),
                        doubles().between(0.02, 1))
                .checkAssert((logDistance, extra, se) -> {
                    HazardRatio near = symmetric(Math.exp(-logDistance), se);
                    HazardRatio far = symmetric(Math.exp(-logDistance - extra), se);
                    assertThat(Math.abs(far.z().orElseThrow()))
                            .isGreaterThanOrEqualTo(Math.abs(near.z().orElseThrow()) - 1e-9);
                    assertThat(far.pValue().orElseThrow().value())
                            .isLessThanOrEqualTo(near.pValue().orElseThrow().value());
                });
    }

    @Test
    void the_ratio_of_a_hazard_ratio_with_itself_is_one() {
        qt().forAll(Generators.hazardRatiosWithInterval()).checkAssert(hr -> {
            HazardRatio ratio = HazardRatio.ratio(hr, hr);
            assertThat(ratio.value()).isCloseTo(1.0, within(1e-12));
            assertThat(ratio.isSignificant()).isFalse();
            assertThat(ratio.standardError().orElseThrow())
                    .isCloseTo(Math.sqrt(2) * hr.standardError().orElseThrow(), within(1e-9));
        });
    }

    @Test
    void the_ratio_is_the_reciprocal_of_the_swapped_ratio() {
        qt().forAll(Generators.hazardRatiosWithInterval(), Generators.hazardRatiosWithInterval())
                .checkAssert((a, b) -> {
                    HazardRatio ab = HazardRatio.ratio(a, b);
                    HazardRatio ba = HazardRatio.ratio(b, a);
                    assertThat(ab.value() * ba.value()).isCloseTo(1.0, within(1e-9));
                    assertThat(ab.pValue().orElseThrow().value())
                            .isCloseTo(ba.pValue().orElseThrow().value(), within(1e-12));
                });
    }

    @Test
    void significance_agrees_with_the_p_value_at_the_interval_level() {
        qt().forAll(Generators.ratioValues(), doubles().between(0.02, 1), Generators.levels())
                .checkAssert((value, se, level) -> {
                    HazardRatio hr =
                            HazardRatio.of(value, ConfidenceInterval.fromStandardError(value, se, Scale.LOG, level));
                    double p = PValueMethod.NORMAL.pFromZ(hr.z().orElseThrow());
                    // a Wald interval excludes 1 exactly when P < 1 - level; floating point decides ties
                    if (Math.abs(p - (1 - level)) > 1e-9) {
                        assertThat(hr.isSignificant())
                                .as("P = %s at level %s", p, level)
                                .isEqualTo(p < 1 - level);
                    }
                });
    }

    @Test
    void a_ratio_without_an_interval_derives_nothing() {
        qt().forAll(Generators.ratioValues()).checkAssert(v -> {
            HazardRatio hr = HazardRatio.of(v);
            assertThat(hr.standardError()).isEmpty();
            assertThat(hr.z()).isEmpty();
            assertThat(hr.pValue()).isEmpty();
            assertThat(hr.isSignificant()).isFalse();
            assertThatThrownBy(() -> hr.withConfidenceLevel(0.9)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> HazardRatio.ratio(hr, hr))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("needs both confidence intervals");
        });
    }

    @Test
    void valid_ratios_are_accepted_by_every_kind() {
        qt().forAll(Generators.ratioValues()).checkAssert(v -> {
            assertThat(HazardRatio.of(v).value()).isEqualTo(v);
            assertThat(OddsRatio.of(v).value()).isEqualTo(v);
            assertThat(RiskRatio.of(v).value()).isEqualTo(v);
            assertThat(RateRatio.of(v).value()).isEqualTo(v);
            for (EffectEstimate.Kind kind : RATIO_KINDS) {
                assertThat(RatioOfRatios.of(kind, v).value()).isEqualTo(v);
            }
        });
    }

    @Test
    void non_positive_and_non_finite_ratios_are_rejected_by_every_kind() {
        List<Function<Double, RatioEstimate>> kinds = List.of(
                HazardRatio::of,
                OddsRatio::of,
                RiskRatio::of,
                RateRatio::of,
                v -> RatioOfRatios.of(EffectEstimate.Kind.HAZARD_RATIO, v));
        qt().forAll(NOT_POSITIVE_OR_NOT_FINITE).checkAssert(v -> {
            for (Function<Double, RatioEstimate> kind : kinds) {
                String rule = Double.isFinite(v) ? "value must be positive: " : "value must be a finite number: ";
                assertThatThrownBy(() -> kind.apply(v))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageEndingWith(rule + v);
            }
        });
    }

    @Test
    void intervals_reaching_zero_or_below_are_rejected_for_ratios() {
        qt().forAll(doubles().between(-5, 0), doubles().between(0.5, 2))
                .checkAssert((lower, v) -> assertThatThrownBy(() -> HazardRatio.of(v, lower, v + 1))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(
                                "HazardRatio confidence interval lower bound must be positive for a ratio: " + lower));
    }

    @Test
    void a_ratio_of_ratios_is_the_quotient_and_the_reciprocal_of_the_swapped_one() {
        qt().forAll(Generators.hazardRatiosWithInterval(), Generators.hazardRatiosWithInterval())
                .checkAssert((a, b) -> {
                    RatioOfRatios ab = RatioOfRatios.of(a, b);
                    RatioOfRatios ba = RatioOfRatios.of(b, a);
                    assertThat(ab.value()).isCloseTo(a.value() / b.value(), within(1e-12 * ab.value()));
                    assertThat(ab.value() * ba.value()).isCloseTo(1.0, within(1e-9));
                    assertThat(ab.standardError().orElseThrow())
                            .isCloseTo(ba.standardError().orElseThrow(), within(1e-12));
                    assertThat(ab.ci()).isEqualTo(HazardRatio.ratio(a, b).ci());
                });
    }

    @Test
    void only_hazard_odds_risk_and_rate_ratios_are_compared_by_a_ratio_of_ratios() {
        qt().forAll(Generate.enumValues(EffectEstimate.Kind.class), Generators.ratioValues())
                .checkAssert((kind, v) -> {
                    if (RATIO_KINDS.contains(kind)) {
                        assertThat(RatioOfRatios.of(kind, v).ofKind()).isEqualTo(kind);
                    } else {
                        assertThatThrownBy(() -> RatioOfRatios.of(kind, v))
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessage("RatioOfRatios ofKind must be a hazard, odds, risk or rate ratio: " + kind);
                    }
                });
    }

    @Test
    void a_one_sided_interval_gives_the_z_of_the_two_sided_interval_at_twice_its_level_minus_one() {
        qt().forAll(
                        Generators.ratioValues(),
                        doubles().between(0.02, 1),
                        doubles().between(0.6, 0.999))
                .checkAssert((value, se, level) -> {
                    ConfidenceInterval oneSided =
                            ConfidenceInterval.fromStandardError(value, se, Scale.LOG, level, Sidedness.ONE_SIDED);
                    ConfidenceInterval twoSided =
                            ConfidenceInterval.of(oneSided.lower(), oneSided.upper(), 2 * level - 1);
                    RateRatio one = RateRatio.of(value, oneSided);
                    RateRatio two = RateRatio.of(value, twoSided);
                    assertThat(one.standardError().orElseThrow()).isCloseTo(se, within(1e-9 * se));
                    assertThat(one.z().orElseThrow()).isCloseTo(two.z().orElseThrow(), within(1e-6));
                });
    }

    private static HazardRatio symmetric(double value, double se) {
        return HazardRatio.of(value, ConfidenceInterval.fromStandardError(value, se, Scale.LOG, 0.95));
    }
}
