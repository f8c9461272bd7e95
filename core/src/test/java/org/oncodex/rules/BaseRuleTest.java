package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;

/** A rule of a user's own, extending {@link BaseRule}: its identity, its findings and how they print. */
class BaseRuleTest {
    /** A rule written for this test: one finding on the question, with words and advice or without. */
    private static BaseRule acme(boolean advise) {
        return new BaseRule("ACME-TITLE", Severity.WARNING, "Titles are questions.") {
            @Override
            public List<Finding> check(Answer answer) {
                Location at = Location.of(Location.Part.QUESTION);
                Finding f = advise
                        ? finding(at, "the title is long", Optional.of(answer.question()), Optional.of("shorten it"))
                        : finding(at, "the title is long");
                return List.of(f);
            }
        };
    }

    @Test
    void a_rule_of_ones_own_has_its_id_severity_and_description_and_prints_them() {
        BaseRule rule = acme(false);
        assertThat(rule.id()).isEqualTo("ACME-TITLE");
        assertThat(rule.severity()).isEqualTo(Severity.WARNING);
        assertThat(rule.description()).isEqualTo("Titles are questions.");
        assertThat(rule.toString()).isEqualTo("ACME-TITLE (WARNING): Titles are questions.");
    }

    @Test
    void its_findings_carry_its_id_and_severity_and_the_words_and_advice_given() {
        Answer answer = RuleTestAnswers.builder()
                .section("What is known", s -> s.paragraph("Words.").cite(RuleTestAnswers.WJCO))
                .build();
        Finding plain = acme(false).check(answer).get(0);
        assertThat(plain.ruleId()).isEqualTo("ACME-TITLE");
        assertThat(plain.severity()).isEqualTo(Severity.WARNING);
        assertThat(plain.quote()).isEmpty();
        assertThat(plain.suggestion()).isEmpty();
        assertThat(plain.toString()).isEqualTo("WARNING ACME-TITLE at " + plain.location() + ": the title is long");

        Finding advised = acme(true).check(answer).get(0);
        assertThat(advised.quote()).hasValue(answer.question());
        assertThat(advised.suggestion()).hasValue("shorten it");
        assertThat(advised.toString())
                .isEqualTo("WARNING ACME-TITLE at " + advised.location() + ": the title is long (shorten it)");
        assertThat(advised.withSeverity(Severity.ERROR).severity()).isEqualTo(Severity.ERROR);
        assertThat(advised.withSeverity(Severity.ERROR).message()).isEqualTo("the title is long");
    }
}
