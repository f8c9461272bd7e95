package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ten more correct answers in shapes models write ({@code seeded/correct-extra-7/}), written and committed before any
 * rule was changed for them and before they were first run: the rules must raise no ERROR on them but the known false
 * ones, listed with why.
 *
 * <p>First run (at {@code cf8320b}, before any change for these): 21 errors on 8 of the 10 answers, all false (none
 * an error of the answers' writing). 19 were ONC-DISCLAIMER-MISSING on disclaimers in words the catalogue did not hold
 * ("general background", "for learning purposes", "for educational use", "not as medical advice", "not a plan for your
 * care", "a starting point for a conversation with your doctors", "your mother's doctor knows her", "bring these
 * numbers to your oncologist", "choices should be made with your care team", "the team treating you can judge"); one
 * ONC-QUESTIONS-TO-ASK on questions run as "(1) ...? (2) ...?" inside a bold lead-in paragraph; one
 * ONC-NUMBER-MISATTRIBUTED on "median OS of 13.6 and 12.3 months", whose second value is the comparator's by the
 * pair's order.
 *
 * <p>After the catalogue's new English paraphrases (disclaimers module, {@code ParaphrasesTest}): 2 errors on 2
 * answers, the two listed below, not fixed in this change.
 *
 * <p>With numbered questions run inside one paragraph after a lead-in read as the questions ({@code
 * EnumeratedQuestionsTest}) and the second value of a pair written out after one treatment credited to the other arm
 * ({@code SecondValueOfPairTest}): no error on any of the ten.
 */
class CorrectAnswersExtra7Test {
    private static final String DIR = "correct-extra-7/";

    private static final List<String> ANSWERS = List.of(
            "k01-emoji-headings-gpt.md",
            "k02-bold-leadins-no-headings-claude.md",
            "k03-comparison-table-gemini.md",
            "k04-stacked-citations-perplexity.md",
            "k05-caregiver-mother-gpt.md",
            "k06-hazard-plain-words-claude.md",
            "k07-key-takeaways-blockquote-copilot.md",
            "k08-follow-up-quoted-question-gpt.md",
            "k09-approvals-agency-year-copilot.md",
            "k10-paraphrased-disclaimers-gemini.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-7", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
