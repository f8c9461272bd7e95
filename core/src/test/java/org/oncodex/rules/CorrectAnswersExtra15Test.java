package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five more correct answers in shapes models write ({@code seeded/correct-extra-15/}): reference-style links whose
 * definitions are the sources, an emoji "talking points" heading for the questions, "1)" headings with intervals in
 * square brackets, a caregiver's text-message lines, and the accepted format naming a regimen by its brands. Written
 * before any rule was changed for them: the rules must raise no ERROR on them but the known false ones, listed with
 * why.
 *
 * <p>First run (at {@code 5fc6397}, before any change for these): 1 error on 1 of the 5 answers, false: on q02, an
 * ONC-DISCLAIMER-MISSING for the consult-care-team disclaimer, stated as "Your oncologist knows your situation and is the
 * right person to guide your decisions", where the catalogue's "is the right person to" paraphrase allowed no words
 * between the doctor and the claim. With a gap allowed there ({@code CareTeamRightPersonTest}): no error.
 */
class CorrectAnswersExtra15Test {
    private static final String DIR = "correct-extra-15/";

    private static final List<String> ANSWERS = List.of(
            "q01-reference-style-links-gpt.md",
            "q02-talking-points-emoji-claude.md",
            "q03-numbered-paren-headings-brackets-gemini.md",
            "q04-text-message-caregiver-copilot.md",
            "q05-accepted-format-brands-approval-month.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-15", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
