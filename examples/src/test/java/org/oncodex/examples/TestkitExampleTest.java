package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.Placement;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.examples.PatientAnswers.Question;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.rules.RuleSet;
import org.oncodex.testkit.AnswerAssert;
import org.oncodex.testkit.OncodexArbitraries;
import org.oncodex.testkit.OncodexGens;

/** The README's testkit example, verbatim between the tags, as a service's own test would use it. */
class TestkitExampleTest {

    @Test
    void a_service_test_with_the_testkit() {
        // tag::testkit[]
        EvidenceBase kb = EvidenceBase.bundled();
        RuleSet rules = RuleSet.standard(kb);

        Answer answer = new PatientAnswers(kb, LocalDate.of(2026, 11, 23)).answer(Question.CAR_T); // your service
        AnswerAssert.assertThat(answer)
                .hasDisclaimerAt(DisclaimerKind.NOT_MEDICAL_ADVICE, Placement.HEADER)
                .hasDisclaimer(DisclaimerKind.CLINICAL_TRIALS) // it mentions clinical trials
                .hasNoDisclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY) // the base has no CAR-T statement
                .hasQuestionsToAsk() // 3 to 10, each a question
                .passes(rules); // no error; a failure prints the whole report

        Answer modelWritten = MarkdownAnswers.read("# Is it a cure?\n\nIt cures everyone.\n", kb);
        AnswerAssert.assertThat(modelWritten).violates(rules, "ONC-OVERPROMISE");

        // seeded generators of valid values, as QuickTheories Gens when it is on the test classpath
        Answer generated = OncodexArbitraries.answer(new SplittableRandom(42)); // same seed, same answer
        qt().forAll(OncodexGens.answers())
                .checkAssert(a -> AnswerAssert.assertThat(a).hasQuestionsToAsk().hasNoStrayMarkup());
        // end::testkit[]
        AnswerAssert.assertThat(generated).isEqualTo(OncodexArbitraries.answer(new SplittableRandom(42)));
    }

    @Test
    void the_assertions_fail_on_an_answer_that_breaks_the_rules() {
        RuleSet rules = RuleSet.standard(EvidenceBase.bundled());
        Answer modelWritten = MarkdownAnswers.read("# Is it a cure?\n\nIt cures everyone.\n");
        assertThatThrownBy(() -> AnswerAssert.assertThat(modelWritten).passes(rules))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ONC-OVERPROMISE");
        assertThatThrownBy(() -> AnswerAssert.assertThat(modelWritten).hasQuestionsToAsk())
                .isInstanceOf(AssertionError.class);
    }
}
