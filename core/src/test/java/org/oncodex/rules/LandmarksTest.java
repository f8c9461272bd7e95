package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.Unit;

/** The moment a sentence gives a rate at, in months. The sentences were written for this test. */
class LandmarksTest {

    private static Optional<Landmarks.Landmark> near(String sentence, String number) {
        int at = sentence.indexOf(number);
        return Landmarks.near(sentence, at, at + number.length());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Overall survival at 12 months was 78%. | 78% | 12 | at 12 months",
                "Two years after surgery, 65% were free of recurrence. | 65% | 24 | Two years after",
                "The 5-year survival rate was 18%. | 18% | 60 | 5-year survival",
                "Within a year, 40% had relapsed. | 40% | 12 | Within a year",
                "After about eighteen months 30% were alive. | 30% | 18 | After about eighteen months",
                "By 1.5 years, 52% were alive. | 52% | 18 | By 1.5 years",
                "The one-year rate was 61%. | 61% | 12 | one-year rate",
                "Twelve months later 44% were alive. | 44% | 12 | Twelve months later",
            })
    void a_moment_worded_as_one_is_read_in_months(String sentence, String number, double months, String words) {
        assertThat(near(sentence, number)).as(sentence).hasValueSatisfying(l -> {
            assertThat(l.months()).isEqualTo(months);
            assertThat(l.words()).isEqualTo(words);
        });
    }

    @Test
    void the_nearest_moment_on_either_side_is_the_numbers() {
        String s = "At 12 months 60% were alive, and at 24 months 45% were.";
        assertThat(near(s, "60%"))
                .hasValueSatisfying(l -> assertThat(l.months()).isEqualTo(12));
        assertThat(near(s, "45%"))
                .hasValueSatisfying(l -> assertThat(l.months()).isEqualTo(24));
        String after = "60% were alive at 12 months; much later, 45% were alive at 24 months.";
        assertThat(near(after, "60%"))
                .hasValueSatisfying(l -> assertThat(l.months()).isEqualTo(12));
        assertThat(near(after, "45%"))
                .hasValueSatisfying(l -> assertThat(l.months()).isEqualTo(24));
    }

    @Test
    void a_median_or_the_number_itself_is_no_moment() {
        assertThat(near("Median overall survival was a median of 16.4 months.", "16.4 months"))
                .isEmpty();
        assertThat(near("People lived for a median of 16.4 months, and 30% of them responded.", "30%"))
                .isEmpty();
        String s = "Survival at 12 months.";
        assertThat(near(s, "12 months")).isEmpty();
    }

    @Test
    void a_results_time_point_in_months() {
        assertThat(Landmarks.months(TimePoint.of(6, Unit.MONTHS))).hasValue(6);
        assertThat(Landmarks.months(TimePoint.of(2, Unit.YEARS))).hasValue(24);
        assertThat(Landmarks.months(TimePoint.of(52, Unit.WEEKS))).hasValue(12);
        assertThat(Landmarks.months(TimePoint.of(30, Unit.DAYS))).isEmpty();
    }
}
