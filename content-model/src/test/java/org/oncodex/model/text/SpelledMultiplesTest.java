package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multiple whose number is spelled out ("three times the risk", "four times more likely", "tripled the
 * risk"): a risk ratio as "two times" and "twice" are. Every sentence here is written for the test.
 */
class SpelledMultiplesTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_spelled_number_before_times_is_a_risk_ratio() {
        assertThat(parse("Smokers had three times the risk of a second cancer."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
                    assertThat(s.value()).hasValue(3.0);
                    assertThat(s.printedValue()).contains("3");
                    assertThat(s.text()).isEqualTo("three times");
                });
        assertThat(parse("Carriers were four times more likely to relapse."))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(4.0));
        assertThat(parse("Carriers were five times as likely to relapse."))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(5.0));
        assertThat(parse("Carriers were Twelve times as likely to relapse."))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(12.0));
    }

    @Test
    void a_multiple_in_one_word_before_the_risk_is_a_risk_ratio() {
        assertThat(parse("The exposure tripled the risk of relapse."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
                    assertThat(s.value()).hasValue(3.0);
                });
        assertThat(parse("The exposure doubled the risk of relapse."))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(2.0));
        assertThat(parse("a sixfold higher risk of relapse"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(6.0));
    }

    @Test
    void a_spelled_number_of_something_else_is_no_multiple() {
        assertThat(parse("The tablets were taken three times a day.")).isEmpty();
        assertThat(parse("The exposure doubled the dose.")).isEmpty();
        assertThat(parse("Three trials were run in four countries.")).isEmpty();
    }

    @Test
    void any_spelled_multiple_of_a_risk_reads_as_its_number_and_a_schedule_as_nothing() {
        qt().withExamples(200).forAll(integers().between(2, 20)).checkAssert(n -> {
            String words = NumberWords.toWords(n);
            assertThat(parse("they had " + words + " times the risk of death"))
                    .as(words)
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
                        assertThat(s.value()).hasValue((double) n);
                    });
            assertThat(parse("it was given " + words + " times a day"))
                    .as(words)
                    .isEmpty();
        });
    }
}
