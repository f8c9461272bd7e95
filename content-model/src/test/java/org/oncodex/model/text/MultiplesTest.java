package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Risks told as multiples, and ranges of multiples. Every sentence here is written for the test. */
class MultiplesTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_rise_by_a_multiple_is_a_risk_ratio() {
        assertThat(parse("Smoking raised the risk of relapse by 2.5-fold in the cohort."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
                    assertThat(s.printedValue()).contains("2.5");
                });
        assertThat(parse("carriers had a threefold higher risk of a second cancer"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(3.0));
        assertThat(parse("they were twice as likely to respond"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(2.0));
        assertThat(parse("they were two times more likely to respond"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(2.0));
    }

    @Test
    void the_risk_may_be_named_a_few_words_after_the_rise() {
        assertThat(parse("Survivors had a 12-fold excess mortality risk at diagnosis."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
                    assertThat(s.value()).hasValue(12.0);
                });
        assertThat(parse("a 3-fold higher cancer risk"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(3.0));
        // a rise of something other than a risk is no ratio
        assertThat(parse("a 3-fold higher dose was given")).isEmpty();
    }

    @Test
    void a_range_of_times_is_a_range_of_multiples() {
        assertThat(parse("exposure increases the risk by 1.8-2.6 times"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RANGE);
                    assertThat(s.printedLower()).contains("1.8");
                    assertThat(s.printedUpper()).contains("2.6");
                });
    }

    @Test
    void a_schedule_is_no_multiple() {
        assertThat(parse("the tablets were taken 2-3 times a day")).isEmpty();
        assertThat(parse("the risk rose by 3 times per year of exposure")).isEmpty();
    }

    @Test
    void more_often_or_as_common_is_a_multiple() {
        // written for the test
        assertThat(parse("the tumour occurs 4 times more often in smokers"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
                    assertThat(s.value()).hasValue(4.0);
                });
        assertThat(parse("it is twice as common in men"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(2.0));
    }
}
