package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;

/** Changes from one value to another. Every sentence here is written for the test. */
class FromToTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void words_and_years_may_stand_between_the_two_sides() {
        assertThat(parse("Screening uptake rose from 41% in 2001 to 58% in 2019."))
                .first()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("58");
                    assertThat(s.comparatorEstimate())
                            .contains(Proportion.builder().percent(41).build());
                });
        assertThat(parse("the response rate improved from 20% overall to 35% in carriers"))
                .first()
                .satisfies(s -> assertThat(s.comparatorEstimate())
                        .contains(Proportion.builder().percent(20).build()));
    }

    @Test
    void numbers_in_words_before_their_units() {
        assertThat(parse("Median survival increased from two years to five years."))
                .first()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.estimate()).contains(MedianTime.of(5, Unit.YEARS));
                    assertThat(s.comparatorEstimate()).contains(MedianTime.of(2, Unit.YEARS));
                });
    }

    @Test
    void sides_of_different_kinds_with_words_between_are_no_change() {
        assertThat(parse("costs rose from 40% in the first year to 12 months later"))
                .noneMatch(s -> s.comparatorEstimate().isPresent());
        assertThat(parse("treatment went from one to three lines"))
                .noneMatch(s -> s.comparatorEstimate().isPresent());
    }

    @Test
    void a_noun_of_change_or_a_comma_before_from_makes_a_change() {
        assertThat(parse("a marked reduction in five-year recurrence from 12% to 7% was seen"))
                .first()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("7");
                    assertThat(s.comparatorEstimate())
                            .contains(Proportion.builder().percent(12).build());
                });
        assertThat(parse("there was an increase in the 5-year survival rate, from 40 to 46%."))
                .first()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
                    assertThat(s.printedValue()).contains("46");
                    assertThat(s.comparatorEstimate())
                            .contains(Proportion.builder().percent(40).build());
                });
        assertThat(parse("the risk would fall from 2.4 percent to 1.9 percent"))
                .first()
                .satisfies(s -> assertThat(s.printedValue()).contains("1.9"));
    }

    @Test
    void a_word_of_spread_after_the_change_keeps_a_range() {
        assertThat(parse("the risk reductions ranged from 10% to 25% across the trials"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RANGE));
    }

    @Test
    void a_multiple_before_from_makes_a_change() {
        // droracle.ai, a machine-written answer on pancreatic cancer (heldout-9)
        assertThat(parse("Adjuvant chemotherapy more than doubles 5-year survival from 10% to 25% 1."))
                .first()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
                    assertThat(s.printedValue()).contains("25");
                    assertThat(s.comparatorEstimate())
                            .contains(Proportion.builder().percent(10).build());
                });
        assertThat(parse("The new regimen halved relapse from 30% to 15%."))
                .first()
                .satisfies(s -> assertThat(s.comparatorEstimate())
                        .contains(Proportion.builder().percent(30).build()));
    }

    @Test
    void any_doubling_from_one_share_to_another_reads_the_value_reached() {
        qt().withExamples(200)
                .forAll(integers().between(1, 49), integers().between(1, 50))
                .checkAssert((from, gain) -> {
                    String text =
                            "The treatment doubled two-year survival from " + from + "% to " + (from + gain) + "%.";
                    assertThat(parse(text)).as(text).first().satisfies(s -> {
                        assertThat(s.printedValue()).contains(String.valueOf(from + gain));
                        assertThat(s.comparatorEstimate())
                                .contains(Proportion.builder().percent(from).build());
                    });
                });
    }
}
