package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ten correct answers with numbers that are no trial result and results worded as models word them ({@code
 * seeded/correct-extra-2/}), written before
 * any rule was changed for them: the rules must raise no ERROR on them but the known false ones, listed with why.
 *
 * <p>First run (at {@code f11ac17}, with extra set 1's fixes, before any change for these): 3 errors on 3 of the 10
 * answers. "held back for a little over 5 months (5.2 months)" kept its bound, since the parser reads nothing in a
 * bracket whose endpoint no word names ({@code GlossedBounds} now drops the bound all the same); "66% of those
 * without" was credited to people with liver metastases, since only "in", "for" and "among" led to the group after a
 * number ({@code Attribution}). After those: 1, listed below.
 */
class CorrectAnswersExtra2Test {
    private static final String DIR = "correct-extra-2/";

    private static final List<String> ANSWERS = List.of(
            "f01-doses-and-sizes-gpt.md",
            "f02-differences-claude.md",
            "f03-liver-mets-local-treatments-gemini.md",
            "f04-subgroups-lung-perplexity.md",
            "f05-rounded-numbers-copilot.md",
            "f06-faq-bold-q-a-gpt.md",
            "f07-msi-crc-pancreas-claude.md",
            "f08-gastric-subgroups-clinician.md",
            "f09-lenvatinib-words-card-gemini.md",
            "f10-accepted-format-not-superior.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of(
            "f08-gastric-subgroups-clinician.md: ",
            "arguably no false error: the clinician rule set asks for the informational-only disclaimer, and the"
                    + " answer's only note (\"Clinician summary, generated with AI assistance. Verify against the primary"
                    + " sources before use.\") says it is AI-written and to check it, not that it is for information"
                    + " only; written as correct, kept as first run");

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-2", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
