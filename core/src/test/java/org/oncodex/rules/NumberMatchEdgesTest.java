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
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.EffectStatements;

/**
 * The edges of {@link NumberMatch}: a frequency over a handful of people at its limits (2 to 10 people,
 * a trial more than twice as large), an interval alone of a median or a rate, a comparator's value
 * alone. The rates and intervals were written for this test.
 */
class NumberMatchEdgesTest {

    private static TrialResult result(Endpoint endpoint, EffectEstimate estimate, EffectEstimate comparator) {
        return TrialResult.builder()
                .id("written-for-the-test")
                .study(Study.of("TRIAL", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.of(CancerType.of("hcc", "hepatocellular carcinoma")))
                .comparison(Comparison.of("drug a", "placebo"))
                .endpoint(endpoint)
                .estimate(estimate)
                .comparatorEstimate(comparator)
                .build();
    }

    private static boolean frequency(int count, int people, Proportion known) {
        return NumberMatch.nearestSmallFrequency(Proportion.ofCount(count, people), known);
    }

    @Test
    void a_frequency_is_told_over_two_to_ten_people() {
        assertThat(frequency(1, 2, Proportion.ofPercent(50))).as("1 in 2").isTrue();
        assertThat(frequency(3, 10, Proportion.ofPercent(30.4))).as("3 in 10").isTrue();
        assertThat(frequency(9, 10, Proportion.ofPercent(88))).as("9 in 10").isTrue();
        assertThat(frequency(1, 11, Proportion.ofPercent(9.1))).as("1 in 11").isFalse();
        assertThat(frequency(0, 5, Proportion.ofPercent(5))).as("0 in 5").isFalse();
        assertThat(frequency(4, 4, Proportion.ofPercent(95))).as("4 in 4").isFalse();
        assertThat(frequency(1, 4, Proportion.ofPercent(0)))
                .as("1 in 4 of none")
                .isFalse();
        assertThat(frequency(3, 10, Proportion.ofPercent(35.2)))
                .as("3 in 10 for 35.2%")
                .isFalse();
        assertThat(NumberMatch.nearestSmallFrequency(Proportion.ofPercent(25), Proportion.ofPercent(25)))
                .as("a percentage is no frequency")
                .isFalse();
    }

    @Test
    void a_frequency_is_no_trials_own_counts_unless_the_trial_has_more_than_twice_the_people() {
        assertThat(frequency(1, 4, Proportion.ofCount(2, 8))).as("2 of 8").isFalse();
        assertThat(frequency(1, 4, Proportion.ofCount(3, 12))).as("3 of 12").isTrue();
        assertThat(frequency(1, 4, Proportion.ofCount(5, 18))).as("5 of 18").isTrue();
    }

    @Test
    void an_interval_alone_matches_a_medians_or_a_rates_interval() {
        TrialResult os = result(
                Endpoint.OS,
                MedianTime.of(16.7, Unit.MONTHS, ConfidenceInterval.of(14.1, 19.0)),
                MedianTime.of(12.0, Unit.MONTHS));
        assertThat(NumberMatch.matches(
                        EffectStatements.parse("95% CI 14.1-19.0").statements().get(0), os, false))
                .isTrue();
        assertThat(NumberMatch.matches(
                        EffectStatements.parse("95% CI 14.1-19.5").statements().get(0), os, false))
                .isFalse();
        TrialResult orr = result(
                Endpoint.ORR,
                Proportion.builder()
                        .percent(34)
                        .ci(ConfidenceInterval.of(28, 40))
                        .build(),
                Proportion.ofPercent(12));
        assertThat(NumberMatch.matches(
                        EffectStatements.parse("95% CI 28-40").statements().get(0), orr, false))
                .isTrue();
        assertThat(NumberMatch.matches(
                        EffectStatements.parse("95% CI 27-40").statements().get(0), orr, false))
                .isFalse();
    }

    @Test
    void the_comparators_value_alone_is_the_results() {
        TrialResult pfs = result(Endpoint.PFS, MedianTime.of(5.2, Unit.MONTHS), MedianTime.of(1.9, Unit.MONTHS));
        assertThat(NumberMatch.matches(
                        EffectStatements.parse("median PFS 1.9 months")
                                .statements()
                                .get(0),
                        pfs,
                        false))
                .isTrue();
        assertThat(NumberMatch.matches(
                        EffectStatements.parse("median PFS 2.9 months")
                                .statements()
                                .get(0),
                        pfs,
                        false))
                .isFalse();
    }

    @Test
    void decimals_after_a_leading_point() {
        assertThat(NumberMatch.decimals(".5")).isEqualTo(1);
        assertThat(NumberMatch.decimals("·62")).isEqualTo(2);
    }
}
