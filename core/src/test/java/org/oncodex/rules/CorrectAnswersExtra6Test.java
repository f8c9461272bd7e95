package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five more correct answers in shapes models write ({@code seeded/correct-extra-6/}), written before any rule was
 * changed for them: the rules must raise no ERROR on them but the known false ones, listed with why.
 *
 * <p>First run (at {@code 85fe0ed}, with every fix of the session merged, before any change for these): no error on
 * any of the 5 answers. A small set; extra sets 1 to 5 drew false errors on 6, 3, 3, 2 and 3 of their answers.
 */
class CorrectAnswersExtra6Test {
    private static final String DIR = "correct-extra-6/";

    private static final List<String> ANSWERS = List.of(
            "j01-numbered-sections-gpt.md",
            "j02-two-trials-prose-claude.md",
            "j03-gastric-pdl1-gemini.md",
            "j04-approvals-table-copilot.md",
            "j05-summary-table-last-perplexity.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-6", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
