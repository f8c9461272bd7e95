package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatioOfRatiosTest {

    @Test
    void names_the_kind_of_the_ratios_it_compares() {
        RatioOfRatios rhr = RatioOfRatios.of(EffectEstimate.Kind.HAZARD_RATIO, 1.10, 0.95, 1.27);
        assertThat(rhr.kind()).isEqualTo(EffectEstimate.Kind.RATIO_OF_RATIOS);
        assertThat(rhr.ofKind()).isEqualTo(EffectEstimate.Kind.HAZARD_RATIO);
        assertThat(rhr.isSignificant()).isFalse();
        assertThat(rhr).hasToString("RatioOfRatios of hazard ratios 1.1 (95% CI 0.95 to 1.27)");
    }

    @Test
    void compares_two_independent_ratios_on_the_log_scale() {
        // Altman & Bland, BMJ 2003;326:219: ln(RoR) = ln(R1) - ln(R2), SE = sqrt(SE1^2 + SE2^2)
        HazardRatio withMetastases = HazardRatio.of(0.62, 0.44, 0.87);
        HazardRatio without = HazardRatio.of(0.56, 0.45, 0.70);
        RatioOfRatios ror = RatioOfRatios.of(withMetastases, without);
        double se = Math.hypot(
                withMetastases.standardError().orElseThrow(),
                without.standardError().orElseThrow());
        assertThat(ror.ofKind()).isEqualTo(EffectEstimate.Kind.HAZARD_RATIO);
        assertThat(ror.value()).isCloseTo(0.62 / 0.56, within(1e-12));
        assertThat(ror.standardError().orElseThrow()).isCloseTo(se, within(1e-12));
        assertThat(ror.ci().orElseThrow().lower()).isCloseTo(0.62 / 0.56 * Math.exp(-1.959964 * se), within(1e-6));
        assertThat(HazardRatio.ratio(withMetastases, without).value()).isEqualTo(ror.value());
    }

    @Test
    void has_an_interval_only_when_both_ratios_have_one() {
        RatioOfRatios ror = RatioOfRatios.of(OddsRatio.of(2.0), OddsRatio.of(1.6, 1.1, 2.3));
        assertThat(ror.value()).isCloseTo(1.25, within(1e-12));
        assertThat(ror.ci()).isEmpty();
    }

    @Test
    void keeps_the_sidedness_and_kind_the_two_intervals_share() {
        ConfidenceInterval a = ConfidenceInterval.oneSided(0.5, 0.9, 0.975).withKind(IntervalKind.CREDIBLE);
        ConfidenceInterval b = ConfidenceInterval.oneSided(0.6, 1.2, 0.975).withKind(IntervalKind.CREDIBLE);
        ConfidenceInterval ci = RatioOfRatios.of(RiskRatio.of(0.67, a), RiskRatio.of(0.85, b))
                .ci()
                .orElseThrow();
        assertThat(ci.sidedness()).isEqualTo(Sidedness.ONE_SIDED);
        assertThat(ci.kind()).isEqualTo(IntervalKind.CREDIBLE);
        assertThat(ci.level()).isEqualTo(0.975);
        ConfidenceInterval mixed = RatioOfRatios.of(RiskRatio.of(0.67, a), RiskRatio.of(0.85, 0.6, 1.2))
                .ci()
                .orElseThrow();
        assertThat(mixed.sidedness()).isEqualTo(Sidedness.TWO_SIDED);
        assertThat(mixed.kind()).isEqualTo(IntervalKind.CONFIDENCE);
        assertThat(mixed.level()).isEqualTo(0.95);
    }

    @Test
    void compares_only_ratios_of_one_kind_that_are_not_ratios_of_ratios() {
        assertThatThrownBy(() -> RatioOfRatios.of(HazardRatio.of(0.7), OddsRatio.of(0.8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "a ratio of ratios compares two ratios of one kind: numerator hazard ratio, denominator odds ratio");
        RatioOfRatios ror = RatioOfRatios.of(EffectEstimate.Kind.RATE_RATIO, 1.2);
        assertThatThrownBy(() -> RatioOfRatios.of(ror, ror))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not ratios of ratios");
    }

    @Test
    void rejects_a_kind_that_is_not_a_ratio_with_the_other_problems() {
        assertThatThrownBy(() -> RatioOfRatios.of(EffectEstimate.Kind.MEDIAN_TIME, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RatioOfRatios has 2 problems: value must be positive: 0.0; "
                        + "ofKind must be a hazard, odds, risk or rate ratio: MEDIAN_TIME");
        assertThatThrownBy(() -> RatioOfRatios.of(EffectEstimate.Kind.RATIO_OF_RATIOS, 1.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RatioOfRatios ofKind must be a hazard, odds, risk or rate ratio: RATIO_OF_RATIOS");
    }

    @Test
    void re_expresses_its_interval_keeping_what_it_compares() {
        RatioOfRatios at90 =
                RatioOfRatios.of(EffectEstimate.Kind.ODDS_RATIO, 1.5, 1.1, 2.0).withConfidenceLevel(0.9);
        assertThat(at90.ofKind()).isEqualTo(EffectEstimate.Kind.ODDS_RATIO);
        assertThat(at90.ci().orElseThrow().level()).isEqualTo(0.9);
    }
}
