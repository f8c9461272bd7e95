package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ten correct answers in shapes the held-out batches do not use ({@code seeded/correct-extra-1/}), written before
 * any rule was changed for them: the rules must raise no ERROR on them but the known false ones, listed with why.
 */
class CorrectAnswersExtra1Test {
    private static final String DIR = "correct-extra-1/";

    private static final List<String> ANSWERS = List.of(
            "e01-tldr-table-references-gpt.md",
            "e02-footnotes-claude.md",
            "e03-stacked-citations-bare-urls-perplexity.md",
            "e04-important-note-first-gemini.md",
            "e05-terse-clinician.md",
            "e06-spanish-gpt.md",
            "e07-plain-words-explainer.md",
            "e08-adjuvant-h3-sections-copilot.md",
            "e09-approvals-brand-generic-gemini.md",
            "e10-accepted-format-prose.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-1", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
