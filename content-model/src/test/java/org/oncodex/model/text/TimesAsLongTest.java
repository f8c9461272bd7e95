package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.MedianTime;

/**
 * One median time told as a multiple of another ("11.0 months, nearly three times as long as the 3.9
 * months"): the other time is the comparator, and the multiple is no risk ratio. Every sentence here is
 * written for the test.
 */
class TimesAsLongTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void the_time_after_times_as_long_as_is_the_comparator() {
        assertThat(parse("Median PFS was 11.0 months, nearly three times as long as the 3.9 months with drug B."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.printedValue()).contains("11.0");
                    assertThat(s.endpoint())
                            .hasValueSatisfying(
                                    e -> assertThat(e.abbreviation()).isEqualTo("PFS"));
                    assertThat(s.comparatorEstimate())
                            .hasValueSatisfying(
                                    c -> assertThat(((MedianTime) c).value()).hasValue(3.9));
                });
    }

    @Test
    void the_other_time_may_stand_in_brackets_after_its_arm() {
        assertThat(parse("Median OS was 24.5 months, twice as long as with drug B (12.1 months)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).hasValue(24.5);
                    assertThat(s.comparatorEstimate())
                            .hasValueSatisfying(
                                    c -> assertThat(((MedianTime) c).value()).hasValue(12.1));
                });
        assertThat(parse("Median OS was 24 weeks, two times longer than the 8 weeks with drug B."))
                .singleElement()
                .satisfies(s -> assertThat(s.comparatorEstimate())
                        .hasValueSatisfying(
                                c -> assertThat(((MedianTime) c).value()).hasValue(8.0)));
    }

    @Test
    void a_time_in_another_unit_or_none_is_no_comparator() {
        assertThat(parse("Median OS was 24 months, twice as long as the 8 weeks of induction."))
                .first()
                .satisfies(s -> assertThat(s.comparatorEstimate()).isEmpty());
        assertThat(parse("Patients on drug A lived three times as long.")).isEmpty();
    }
}
