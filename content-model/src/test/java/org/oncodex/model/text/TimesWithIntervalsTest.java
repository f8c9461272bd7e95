package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time printed with its confidence interval ("23.6 mo (95% CI 20.8–NR)") is a median time even when the
 * sentence does not say "median"; a mean stays a mean and a range is no interval. Written for the test.
 */
class TimesWithIntervalsTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_time_with_its_confidence_interval_is_a_median_time() {
        assertThat(parse("survival with the combination was 23.6 mo (95% CI 20.8–NR) with nivolumab"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.printedValue()).contains("23.6");
                    assertThat(s.printedLower()).contains("20.8");
                    assertThat(s.printedUpper()).contains("NR");
                });
        assertThat(parse("time to response was 7.3 months (95% CI 6.1-8.9) with the drug"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.ci())
                            .hasValueSatisfying(ci -> assertThat(ci.level()).isEqualTo(0.95));
                });
    }

    @Test
    void a_mean_time_with_its_interval_stays_a_mean() {
        assertThat(parse("The mean duration was 5.2 months (95% CI 4.1-6.3)."))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.QUANTITY));
    }

    @Test
    void a_time_with_a_range_or_nothing_after_it_is_no_median_time_on_its_own() {
        assertThat(parse("The drug was given for 6 months in the trial.")).isEmpty();
        assertThat(parse("Patients were followed for 24 months (range 3-40)."))
                .allSatisfy(s -> assertThat(s.ci()).isEmpty());
    }
}
