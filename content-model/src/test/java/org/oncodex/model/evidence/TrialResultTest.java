package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.Unit;

/** The study and all numbers here are synthetic: they are no trial's results. */
class TrialResultTest {
    private static final Study STUDY = Study.of("Example trial", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL);
    private static final CancerType HCC = CancerType.of("hepatocellular-carcinoma", "hepatocellular carcinoma");
    private static final Population POPULATION = Population.of(HCC);
    private static final Comparison TWO_ARMS = Comparison.of("drug A", "drug B");

    private static TrialResult.Builder result(Endpoint endpoint) {
        return TrialResult.builder()
                .id("example-trial-" + endpoint.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .study(STUDY)
                .population(POPULATION)
                .comparison(TWO_ARMS)
                .endpoint(endpoint);
    }

    @Test
    void accepts_a_hazard_ratio_of_a_time_to_event_endpoint() {
        TrialResult result = result(Endpoint.OS)
                .estimate(HazardRatio.of(0.8, 0.6, 0.95))
                .pValue(PValue.of(0.01))
                .build();

        assertThat(result.estimate()).isEqualTo(HazardRatio.of(0.8, 0.6, 0.95));
        assertThat(result.pValue()).contains(PValue.of(0.01));
    }

    @Test
    void accepts_arm_values_with_the_comparator_value() {
        TrialResult result = result(Endpoint.ORR)
                .estimate(Proportion.ofPercent(30))
                .comparatorEstimate(Proportion.ofPercent(10))
                .build();

        assertThat(result.comparatorEstimate()).contains(Proportion.ofPercent(10));
    }

    @Test
    void accepts_a_landmark_rate_of_a_time_to_event_endpoint_with_its_time_point() {
        TrialResult result = result(Endpoint.OS)
                .timePoint(TimePoint.of(5, Unit.YEARS))
                .estimate(Proportion.ofPercent(40))
                .build();

        assertThat(result.timePoint()).contains(TimePoint.of(5, Unit.YEARS));
    }

    @Test
    void accepts_a_subgroup_result_with_the_overall_estimate_of_the_same_kind() {
        TrialResult result = result(Endpoint.PFS)
                .population(Population.of(HCC, "macrovascular invasion"))
                .estimate(HazardRatio.of(0.7, 0.5, 0.98))
                .overallEstimate(HazardRatio.of(0.8, 0.7, 0.9))
                .build();

        assertThat(result.overallEstimate()).contains(HazardRatio.of(0.8, 0.7, 0.9));
    }

    @Test
    void rejects_a_hazard_ratio_of_a_proportion_endpoint() {
        assertThatThrownBy(
                        () -> result(Endpoint.ORR).estimate(HazardRatio.of(0.8)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "TrialResult \"example-trial-orr\" a hazard ratio needs a time-to-event endpoint, not ORR (objective response rate)");
    }

    @Test
    void rejects_a_median_time_of_a_proportion_endpoint() {
        assertThatThrownBy(() -> result(Endpoint.DCR)
                        .estimate(MedianTime.of(6, Unit.MONTHS))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a median time needs a time-to-event endpoint, not DCR");
    }

    @Test
    void rejects_a_rate_of_overall_survival_without_a_time_point() {
        assertThatThrownBy(() ->
                        result(Endpoint.OS).estimate(Proportion.ofPercent(40)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a proportion for OS (overall survival) needs the time point it was measured at");
    }

    @Test
    void rejects_a_comparator_estimate_of_another_kind() {
        assertThatThrownBy(() -> result(Endpoint.PFS)
                        .estimate(MedianTime.of(6, Unit.MONTHS))
                        .comparatorEstimate(Proportion.ofPercent(10))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "comparatorEstimate must be of the estimate's kind (median time), not proportion");
    }

    @Test
    void rejects_a_comparator_estimate_next_to_a_ratio() {
        assertThatThrownBy(() -> result(Endpoint.OS)
                        .estimate(HazardRatio.of(0.8))
                        .comparatorEstimate(HazardRatio.of(1.0))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "comparatorEstimate is for arm values; the estimate (hazard ratio) already compares the arms");
    }

    @Test
    void rejects_a_comparator_estimate_next_to_a_mean_difference() {
        assertThatThrownBy(() -> result(Endpoint.ORR)
                        .estimate(MeanDifference.of(12.5, Unit.PERCENTAGE_POINTS))
                        .comparatorEstimate(MeanDifference.of(0, Unit.PERCENTAGE_POINTS))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the estimate (mean difference) already compares the arms");
    }

    @Test
    void accepts_a_quantity_with_the_comparator_arms_quantity() {
        TrialResult result = result(Endpoint.ORR)
                .estimate(Quantity.of(3.2, "mg/L"))
                .comparatorEstimate(Quantity.of(2.9, "mg/L"))
                .build();
        assertThat(result.comparatorEstimate()).contains(Quantity.of(2.9, "mg/L"));
    }

    @Test
    void a_ratio_of_hazard_ratios_needs_a_time_to_event_endpoint_and_one_of_odds_ratios_does_not() {
        assertThatThrownBy(() -> result(Endpoint.ORR)
                        .estimate(RatioOfRatios.of(EffectEstimate.Kind.HAZARD_RATIO, 1.1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a ratio of hazard ratios needs a time-to-event endpoint, not ORR");
        assertThat(result(Endpoint.ORR)
                        .estimate(RatioOfRatios.of(EffectEstimate.Kind.ODDS_RATIO, 1.1))
                        .build()
                        .estimate()
                        .kind())
                .isEqualTo(EffectEstimate.Kind.RATIO_OF_RATIOS);
    }

    @Test
    void rejects_a_comparator_estimate_without_a_comparator() {
        assertThatThrownBy(() -> result(Endpoint.ORR)
                        .comparison(Comparison.singleArm("drug A"))
                        .estimate(Proportion.ofPercent(30))
                        .comparatorEstimate(Proportion.ofPercent(10))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comparatorEstimate needs a comparison with a comparator");
    }

    @Test
    void rejects_an_overall_estimate_of_another_kind() {
        assertThatThrownBy(() -> result(Endpoint.ORR)
                        .estimate(OddsRatio.of(2.0))
                        .overallEstimate(Proportion.ofPercent(20))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overallEstimate must be of the estimate's kind (odds ratio), not proportion");
    }

    @Test
    void reports_every_problem_at_once() {
        assertThatThrownBy(() -> result(Endpoint.ORR)
                        .id("Example Trial")
                        .comparison(Comparison.singleArm("drug A"))
                        .estimate(MedianTime.of(6, Unit.MONTHS))
                        .comparatorEstimate(Proportion.ofPercent(10))
                        .overallEstimate(HazardRatio.of(0.8))
                        .note(" ")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TrialResult \"Example Trial\" has 6 problems: ")
                .hasMessageContaining("id must be lowercase letters and digits")
                .hasMessageContaining("a median time needs a time-to-event endpoint, not ORR")
                .hasMessageContaining("comparatorEstimate must be of the estimate's kind (median time), not proportion")
                .hasMessageContaining("comparatorEstimate needs a comparison with a comparator")
                .hasMessageContaining("overallEstimate must be of the estimate's kind (median time), not hazard ratio")
                .hasMessageContaining("note must not be blank: \" \"");
    }
}
