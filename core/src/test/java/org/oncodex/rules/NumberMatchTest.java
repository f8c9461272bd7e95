package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/** A statement states a result's numbers to the precision it prints them, and no looser. */
class NumberMatchTest {

    private static TrialResult result(EffectEstimate estimate, EffectEstimate comparator) {
        return builder(estimate).comparatorEstimate(comparator).build();
    }

    private static TrialResult result(EffectEstimate estimate) {
        return builder(estimate).build();
    }

    private static TrialResult.Builder builder(EffectEstimate estimate) {
        return TrialResult.builder()
                .id("r")
                .study(Study.of("TRIAL", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.of(CancerType.of("hcc", "hepatocellular carcinoma")))
                .comparison(Comparison.of("drug a", "placebo"))
                .endpoint(endpointOf(estimate))
                .estimate(estimate);
    }

    /** Rates as response rates, which need no time point. */
    private static Endpoint endpointOf(EffectEstimate estimate) {
        return estimate instanceof Proportion ? Endpoint.ORR : Endpoint.OS;
    }

    private static EffectStatement statement(String text) {
        return EffectStatements.parse(text).statements().get(0);
    }

    private static boolean states(String text, TrialResult r) {
        return NumberMatch.matches(statement(text), r, false);
    }

    @Test
    void counts_the_decimals_printed_with_a_point_or_a_lancet_mid_dot() {
        assertThat(NumberMatch.decimals("0.62")).isEqualTo(2);
        assertThat(NumberMatch.decimals("0·625")).isEqualTo(3);
        assertThat(NumberMatch.decimals("12")).isZero();
        assertThat(NumberMatch.decimals("3.")).isZero();
        assertThat(NumberMatch.decimals("1.5%")).isEqualTo(1);
    }

    @Test
    void a_ratio_matches_within_half_a_unit_of_its_last_printed_digit() {
        TrialResult hr = result(HazardRatio.of(0.65));
        assertThat(states("HR 0.6", hr))
                .as("0.65 rounds to 0.6 or 0.7: the boundary counts")
                .isTrue();
        assertThat(states("HR 0.7", hr)).isTrue();
        assertThat(states("HR 0.65", hr)).isTrue();
        assertThat(states("HR 0.64", hr)).isFalse();
        assertThat(states("HR 0.66", hr)).isFalse();
        assertThat(states("HR 0.60", hr))
                .as("two decimals printed, so 0.60 is not 0.65")
                .isFalse();
        assertThat(states("HR 0.5", hr)).isFalse();
        assertThat(states("HR 1", result(HazardRatio.of(1.4)))).isTrue();
        assertThat(states("HR 1", result(HazardRatio.of(1.6)))).isFalse();
    }

    @Test
    void a_stated_interval_must_be_the_results_own() {
        TrialResult hr = result(HazardRatio.of(0.62, 0.44, 0.87));
        assertThat(states("HR 0.62 (95% CI 0.44-0.87)", hr)).isTrue();
        assertThat(states("HR 0.62", hr)).as("no interval stated").isTrue();
        assertThat(states("HR 0.62 (95% CI 0.44-0.88)", hr)).isFalse();
        assertThat(states("HR 0.62 (95% CI 0.43-0.87)", hr)).isFalse();
        assertThat(states("HR 0.62 (90% CI 0.44-0.87)", hr)).as("another level").isFalse();
        assertThat(states("HR 0.62 (95% CI 0.44-0.87)", result(HazardRatio.of(0.62))))
                .as("an interval the result does not have")
                .isFalse();
        assertThat(states("95% CI 0.44-0.87", hr)).as("an interval alone").isTrue();
        assertThat(states("95% CI 0.44-0.86", hr)).isFalse();
        assertThat(states("95% CI 0.44-0.87", result(HazardRatio.of(0.62)))).isFalse();
    }

    @Test
    void another_kind_of_ratio_is_not_the_result() {
        TrialResult hr = result(HazardRatio.of(0.62));
        assertThat(states("OR 0.62", hr)).isFalse();
        assertThat(states("RR 0.62", hr)).isFalse();
    }

    @Test
    void a_relative_change_in_words_is_one_minus_the_ratio_in_its_direction() {
        TrialResult hr = result(HazardRatio.of(0.62, 0.44, 0.87));
        assertThat(states("a 38% lower risk of death", hr)).isTrue();
        assertThat(states("a 38% higher risk of death", hr)).isFalse();
        assertThat(states("a 40% lower risk of death", hr)).isFalse();
        TrialResult higher = result(HazardRatio.of(1.83, 1.59, 2.08));
        assertThat(states("an 83% higher risk of death", higher)).isTrue();
        assertThat(states("an 83% lower risk of death", higher)).isFalse();
    }

    @Test
    void percentages_of_a_relative_change_may_be_its_interval_bounds() {
        TrialResult higher = result(HazardRatio.of(1.83, 1.59, 2.08));
        EffectStatement bound = statement("59%");
        assertThat(NumberMatch.matches(bound, higher, true)).isTrue();
        assertThat(NumberMatch.matches(statement("108%"), higher, true)).isTrue();
        assertThat(NumberMatch.matches(bound, higher, false))
                .as("not worded as a change")
                .isFalse();
        assertThat(NumberMatch.matches(statement("60%"), higher, true)).isFalse();
    }

    @Test
    void a_proportion_matches_its_percentage_and_its_counts() {
        TrialResult orr = result(Proportion.of(28, 56, 200));
        assertThat(states("28%", orr)).isTrue();
        assertThat(states("29%", orr)).isFalse();
        assertThat(states("56 of 200 (28%)", orr)).isTrue();
        assertThat(states("28 of 100 patients (28%)", orr))
                .as("a natural frequency")
                .isTrue();
        assertThat(states("56 of 201 (28%)", orr)).isFalse();
        assertThat(states("57 of 200 (28%)", orr)).isFalse();
    }

    @Test
    void a_frequency_over_a_handful_of_people_matches_the_nearest_such_frequency() {
        // rates written for this test
        TrialResult orr = result(Proportion.ofPercent(24.1));
        assertThat(states("roughly 1 in 4 people responded", orr)).isTrue();
        assertThat(states("1 in 3 people responded", orr)).isFalse();
        assertThat(states("1 in 5 people responded", orr)).isFalse();
        TrialResult third = result(Proportion.ofPercent(30.4));
        assertThat(states("about 3 in 10 people", third)).isTrue();
        assertThat(states("about 4 in 10 people", third)).isFalse();
        // a trial of 6: "1 in 4" is no frequency of it
        assertThat(states("1 in 4 people", result(Proportion.of(16.7, 1, 6)))).isFalse();
    }

    @Test
    void a_median_matches_its_value_unit_and_interval() {
        TrialResult os = result(MedianTime.of(16.7, Unit.MONTHS, ConfidenceInterval.of(14.1, 19.0)));
        assertThat(states("median OS 16.7 months", os)).isTrue();
        assertThat(states("median OS 16.7 months (95% CI 14.1-19.0)", os)).isTrue();
        assertThat(states("median OS 16.7 months (95% CI 14.1-19.5)", os)).isFalse();
        assertThat(states("median OS 16.7 weeks", os)).isFalse();
        assertThat(states("median OS 16.9 months", os)).isFalse();
        assertThat(states("median OS 16.7 months (95% CI 14.1-19.0)", result(MedianTime.of(16.7, Unit.MONTHS))))
                .isFalse();
    }

    @Test
    void a_difference_in_percentage_points_is_that_of_the_two_rates() {
        TrialResult rates = result(Proportion.ofPercent(67.2), Proportion.ofPercent(54.6));
        assertThat(NumberMatch.differenceOfRates(statement("12.6 percentage points"), rates))
                .isTrue();
        assertThat(NumberMatch.differenceOfRates(statement("12.0 percentage points"), rates))
                .isFalse();
        assertThat(NumberMatch.differenceOfRates(statement("HR 0.62"), rates)).isFalse();
        assertThat(NumberMatch.differenceOfRates(
                        statement("12.6 percentage points"), result(Proportion.ofPercent(67.2))))
                .isFalse();
    }

    @Test
    void both_numbers_of_a_pair_must_be_the_results_in_either_order() {
        TrialResult rates = result(Proportion.ofPercent(18), Proportion.ofPercent(11));
        assertThat(NumberMatch.roles(statement("18% vs 11%"), rates, false))
                .containsExactly(Attribution.Role.INTERVENTION);
        assertThat(NumberMatch.roles(statement("11% vs 18%"), rates, false))
                .containsExactly(Attribution.Role.COMPARATOR);
        assertThat(NumberMatch.roles(statement("18% vs 12%"), rates, false)).isEmpty();
        assertThat(NumberMatch.roles(statement("11%"), rates, false)).containsExactly(Attribution.Role.COMPARATOR);
        assertThat(NumberMatch.roles(statement("18%"), rates, false)).containsExactly(Attribution.Role.INTERVENTION);
        assertThat(NumberMatch.roles(statement("19%"), rates, false)).isEmpty();
    }
}
