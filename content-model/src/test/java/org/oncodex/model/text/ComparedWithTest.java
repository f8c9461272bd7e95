package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;

/**
 * "7.3 months compared with 4.1 months": the other arm's value after "compared with" or "compared to" is the
 * comparator when it is printed in the same unit. Every sentence here is written for the test.
 */
class ComparedWithTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_time_compared_with_a_time_is_a_median_and_its_comparator() {
        assertThat(parse("Median PFS was 7.3 months compared with 4.1 months with placebo."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.printedValue()).contains("7.3");
                    assertThat(s.comparatorEstimate())
                            .hasValueSatisfying(
                                    c -> assertThat(((MedianTime) c).value()).hasValue(4.1));
                });
        assertThat(parse("Median OS was 14 months, as compared to the 9 months with placebo."))
                .singleElement()
                .satisfies(s -> assertThat(s.comparatorEstimate())
                        .hasValueSatisfying(
                                c -> assertThat(((MedianTime) c).value()).hasValue(9.0)));
    }

    @Test
    void a_share_compared_with_a_share_is_a_proportion_and_its_comparator() {
        assertThat(parse("The response rate was 42%, compared with 27% with placebo."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
                    assertThat(s.comparatorEstimate())
                            .hasValueSatisfying(
                                    c -> assertThat(((Proportion) c).percent()).hasValue(27.0));
                });
    }

    @Test
    void a_value_in_another_unit_is_no_comparator() {
        assertThat(parse("Median OS was 14 months compared with 52 weeks in the earlier trial."))
                .first()
                .satisfies(s -> assertThat(s.comparatorEstimate()).isEmpty());
        assertThat(parse("The response rate was 42% compared with 2019."))
                .singleElement()
                .satisfies(s -> assertThat(s.comparatorEstimate()).isEmpty());
    }
}
