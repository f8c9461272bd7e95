package org.oncodex.rules;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five more correct answers in shapes models write ({@code seeded/correct-extra-9/}), written before any rule was
 * changed for them: the rules must raise no ERROR on them but the known false ones, listed with why.
 *
 * <p>First run (at {@code 18a2dc8}, before any change for these): 13 errors on 3 of the 5 answers, all false. Eleven
 * on k03, whose sources are a Markdown table (read as content, so no source was listed: every number ungrounded,
 * every "[n]" unresolved); one on k04, whose questions sit under "💬 Talk to your care team"; one
 * ONC-NUMBER-MISATTRIBUTED on k02's "REFLECT (lenvatinib vs sorafenib): ... mOS 13.6 mo", where the lone number was
 * credited to the treatment named nearest before it, the comparator. With a sources table read a row a source, a
 * heading that names the conversation with the care team over a list of questions read as the questions ({@code
 * Extra9ShapesTest}) and the first of an "A vs B" pair credited with a lone number after it, a slash's side naming
 * the arm of a number joined to another ({@code VersusPairNamesArmsTest}): no error.
 */
class CorrectAnswersExtra9Test {
    private static final String DIR = "correct-extra-9/";

    private static final List<String> ANSWERS = List.of(
            "k01-task-list-questions-gpt.md",
            "k02-abbreviated-results-clinician.md",
            "k03-sources-as-table-claude.md",
            "k04-one-line-ai-disclaimer-gemini.md",
            "k05-numbered-options-brands-perplexity.md");

    /** Errors the rules raise on these correct answers today, each with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors("extra-9", DIR, ANSWERS, KNOWN_FALSE_ERRORS);
    }
}
