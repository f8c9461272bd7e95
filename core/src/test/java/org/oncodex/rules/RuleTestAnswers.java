package org.oncodex.rules;

import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerBuilder;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.model.evidence.Citation;

/** The answer the rule tests vary: complete but for its sections, citing the WJCO review. */
final class RuleTestAnswers {
    static final Citation WJCO = ReferenceAnswers.KB.citation("wjco-2026").orElseThrow();

    private RuleTestAnswers() {}

    /** A patient-facing answer builder with question, date, author, evidence, questions and source. */
    static AnswerBuilder builder() {
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does immunotherapy work when cancer has spread to the liver?")
                .date(ReferenceAnswers.DATE)
                .humanWritten("A. Writer")
                .evidence(ReferenceAnswers.KB)
                .questionsToAsk("Is this right for me?", "What are the side effects?", "How long is treatment?")
                .source(WJCO);
    }
}
