package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five more correct answers in shapes models write ({@code seeded/correct-extra-12/}): short and longer answers with a
 * follow-up offer, a trial table with a caption, bold-italic headings between thematic breaks, citation ranges, the
 * accepted format with a rounded median. Written before any rule was changed for them: the rules must raise no ERROR
 * on them but the known false ones, listed with why.
 *
 * <p>First run (at {@code 5133ab5}, before any change for these): 3 errors on 3 of the 5 answers, all false. On n01, an
 * ONC-QUESTIONS-TO-ASK: its questions follow "If it helps, you could bring these to your appointment:", a lead-in
 * that does not say "ask". On n03, ONC-DISCLAIMER-MISSING for the consult-care-team kind ("your own care team is best
 * placed to say what it means for you"). On n05, an ONC-NUMBER-UNGROUNDED on "just under 14 months" beside the exact
 * 13.9 months it rounds. With a list of questions after a line that leads in to it and names the visit read as the
 * questions, a hedged rounding set off after the median it restates grounded by it ({@code Extra12ShapesTest}) and
 * "is best placed to say" as consult-care-team ({@code ParaphrasesTest}): no error.
 */
class CorrectAnswersExtra12Test {
    private static final String DIR = "correct-extra-12/";

    private static final List<String> ANSWERS = List.of(
            "n01-short-longer-answer-offer-gpt.md",
            "n02-table-caption-dash-sources-gemini.md",
            "n03-bold-italic-headings-rules-claude.md",
            "n04-citation-ranges-perplexity.md",
            "n05-accepted-format-rounded-pembrolizumab.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-12", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
