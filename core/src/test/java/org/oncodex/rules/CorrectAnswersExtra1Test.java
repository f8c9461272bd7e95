package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ten correct answers in shapes the held-out batches do not use ({@code seeded/correct-extra-1/}), written before
 * any rule was changed for them: the rules must raise no ERROR on them but the known false ones, listed with why.
 *
 * <p>First run (at {@code 307dca2}, before any change): 7 false errors on 6 of the 10 answers. A lead-in line of
 * questions longer than 60 characters ("Here are some questions you may want to ask your healthcare team:") was read
 * as a disclaimer, not the questions' heading; "You could ask your doctor" was no questions heading; and the catalogue
 * lacked "for general educational purposes", "does not constitute medical advice", "cannot give medical advice",
 * "advice from your medical team", "seek the advice of your physician" and "your oncology team knows your situation".
 * After those: 1, listed below.
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
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of(
            "e07-plain-words-explainer.md: ",
            "its only word of the care team is elliptical: \"it cannot tell you what will happen to you. Your oncologist"
                    + " can.\" No paraphrase reads \"Your oncologist can\" as a sentence of its own (a sentence that"
                    + " ends there says nothing to do); the questions heading \"Things to ask your oncologist\" is not"
                    + " read for disclaimers");

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-1", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
