package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Six more correct answers in shapes models write ({@code seeded/correct-extra-5/}), written before any rule was
 * changed for them: the rules must raise no ERROR on them but the known false ones, listed with why.
 *
 * <p>First run (at {@code 90b54f7}, with extra set 4's fixes, before any change for these): 3 errors on 3 of the 6
 * answers, all false. "33% of people who had already had sorafenib" credited the rate to sorafenib; "non-inferior to
 * sorafenib ..., with median overall survival of 13.6 versus 12.3 months" credited the pair to sorafenib; "It does
 * not replace professional medical advice" was no general-information wording. After a treatment had before or
 * compared as "non-inferior to" is set against ({@code Attribution.SET_AGAINST}, with batch 12's rule that a pair
 * after only treatments set against credits no arm) and the catalogue's new paraphrase: none.
 */
class CorrectAnswersExtra5Test {
    private static final String DIR = "correct-extra-5/";

    private static final List<String> ANSWERS = List.of(
            "i01-apa-references-gpt.md",
            "i02-tldr-last-ask-lead-claude.md",
            "i03-arithmetic-explainer-gpt.md",
            "i04-colon-stats-percent-words-copilot.md",
            "i05-sbrt-percent-words-gemini.md",
            "i06-answer-related-questions-perplexity.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-5", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
