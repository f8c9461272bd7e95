package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules a pooled estimate and its heterogeneity enforce when built, at the edges of their
 * ranges: the closed ends are accepted, the first value past them is refused with a message naming
 * the field, the value and the rule. Each starts from the fixed-effect and REML results of the BCG
 * trials ({@link PoolingExamples#BCG}) and changes one field.
 */
class PooledEstimateCheckTest {
    private static PooledEstimate fixed() {
        return Pooling.of(PoolingExamples.bcg()).fixedEffect();
    }

    private static ImmutablePooledEstimate.Builder fixedBuilder() {
        return ImmutablePooledEstimate.builder().from(fixed());
    }

    private static ImmutableHeterogeneity.Builder heterogeneity() {
        return ImmutableHeterogeneity.builder()
                .from(Pooling.of(PoolingExamples.bcg())
                        .randomEffects(TauEstimator.REML)
                        .heterogeneity());
    }

    @Test
    void a_pooled_estimate_accepts_the_closed_ends_of_its_ranges() {
        assertThatNoException().isThrownBy(() -> fixedBuilder().exactP(0).build());
        assertThatNoException().isThrownBy(() -> fixedBuilder().exactP(1).build());
        assertThatNoException().isThrownBy(() -> fixedBuilder().standardError(0).build());
        assertThatNoException()
                .isThrownBy(() -> fixedBuilder().lower(-0.43).upper(-0.43).build());
        List<Double> oneWeightZero = new java.util.ArrayList<>(fixed().weights());
        oneWeightZero.set(0, oneWeightZero.get(0) + oneWeightZero.get(1));
        oneWeightZero.set(1, 0.0);
        assertThatNoException()
                .isThrownBy(() -> fixedBuilder().weights(oneWeightZero).build());
    }

    @Test
    void a_pooled_estimate_refuses_values_past_its_ranges_naming_each() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().exactP(-0.01).build())
                .withMessage("PooledEstimate P value must be in [0, 1]: -0.01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().exactP(1.01).build())
                .withMessage("PooledEstimate P value must be in [0, 1]: 1.01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().standardError(-0.1).build())
                .withMessage("PooledEstimate standard error must not be negative: -0.1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().level(0).build())
                .withMessage("PooledEstimate confidence level must be in (0, 1): 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().level(1).build())
                .withMessage("PooledEstimate confidence level must be in (0, 1): 1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().lower(-0.3).upper(-0.5).build())
                .withMessage("PooledEstimate lower bound -0.3 must not exceed upper bound -0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().estimate(Double.NaN).build())
                .withMessage("PooledEstimate estimate must be a finite number: NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().lower(Double.NEGATIVE_INFINITY).build())
                .withMessage("PooledEstimate lower bound must be a finite number: -Infinity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().upper(Double.POSITIVE_INFINITY).build())
                .withMessage("PooledEstimate upper bound must be a finite number: Infinity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().tauEstimator(TauEstimator.DL).build())
                .withMessageContaining("a tau2 estimator is named exactly for a random-effects model");
    }

    @Test
    void a_pooled_estimate_refuses_weights_that_do_not_share_out_one() {
        List<Double> weights = fixed().weights();
        List<Double> negative = new java.util.ArrayList<>(weights);
        negative.set(0, weights.get(0) + 0.5);
        negative.set(1, weights.get(1) - 0.5);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().weights(negative).build())
                .withMessageStartingWith("PooledEstimate weights must not be negative: ");
        List<Double> tooMuch = new java.util.ArrayList<>(weights);
        tooMuch.set(0, weights.get(0) + 0.001);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().weights(tooMuch).build())
                .withMessageStartingWith("PooledEstimate weights must sum to 1: 1.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixedBuilder().weights(weights.subList(0, 12)).build())
                .withMessageContaining("weights must match the studies one to one: 12 weights for 13 studies");
    }

    @Test
    void significance_needs_the_interval_to_exclude_the_null_value_not_touch_it() {
        assertThat(fixedBuilder().lower(0).upper(0.5).build().isSignificant()).isFalse();
        assertThat(fixedBuilder().lower(-0.5).upper(0).build().isSignificant()).isFalse();
        assertThat(fixedBuilder().lower(1e-9).upper(0.5).build().isSignificant())
                .isTrue();
        assertThat(fixedBuilder().lower(-0.5).upper(-1e-9).build().isSignificant())
                .isTrue();
    }

    @Test
    void a_p_value_at_the_reporting_floor_is_printed_exactly_and_one_below_it_as_less_than() {
        assertThat(fixedBuilder().exactP(0.0001).build().pValue()).isEqualTo(PValue.of(0.0001));
        assertThat(fixedBuilder().exactP(0.00009).build().pValue()).isEqualTo(PValue.lessThan(0.0001));
    }

    @Test
    void an_interval_of_no_width_is_left_out_of_the_printed_effect() {
        RiskRatio point =
                (RiskRatio) fixedBuilder().lower(-0.43).upper(-0.43).build().effect();
        assertThat(point.ci()).isEmpty();
        RiskRatio narrow =
                (RiskRatio) fixedBuilder().lower(-0.44).upper(-0.42).build().effect();
        assertThat(narrow.ci()).isPresent();
    }

    @Test
    void heterogeneity_accepts_the_closed_ends_of_its_ranges() {
        assertThatNoException().isThrownBy(() -> heterogeneity().q(0).build());
        assertThatNoException().isThrownBy(() -> heterogeneity().tau2(0).build());
        assertThatNoException().isThrownBy(() -> heterogeneity().i2(0).build());
        assertThatNoException().isThrownBy(() -> heterogeneity().i2(100).build());
        assertThatNoException()
                .isThrownBy(() -> heterogeneity().degreesOfFreedom(0).build());
        assertThatNoException().isThrownBy(() -> heterogeneity().qPValue(0).build());
        assertThatNoException().isThrownBy(() -> heterogeneity().qPValue(1).build());
    }

    @Test
    void heterogeneity_refuses_values_past_its_ranges_naming_each() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().q(-0.5).build())
                .withMessage("Heterogeneity Q must not be negative: -0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().q(Double.NaN).build())
                .withMessage("Heterogeneity Q must be a finite number: NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().degreesOfFreedom(-1).build())
                .withMessage("Heterogeneity degrees of freedom must not be negative: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().tau2(-0.01).build())
                .withMessage("Heterogeneity tau2 must not be negative: -0.01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().i2(-0.1).build())
                .withMessage("Heterogeneity I2 must be in [0, 100]: -0.1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().i2(100.1).build())
                .withMessage("Heterogeneity I2 must be in [0, 100]: 100.1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().h2(Double.POSITIVE_INFINITY).build())
                .withMessage("Heterogeneity H2 must be a finite number: Infinity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().qPValue(-0.1).build())
                .withMessage("Heterogeneity P value of Q must be in [0, 1]: -0.1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> heterogeneity().qPValue(1.1).build())
                .withMessage("Heterogeneity P value of Q must be in [0, 1]: 1.1");
    }
}
