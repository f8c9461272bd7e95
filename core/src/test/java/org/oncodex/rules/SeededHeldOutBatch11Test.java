package org.oncodex.rules;

import java.util.List;
import java.util.Map;

/**
 * The eleventh held-out batch for the content rules (issue 12): sixty-five seeded defects ({@code
 * seeded/defects-heldout-11.txt}) and twelve correct answers ({@code seeded/correct-heldout-11/}) written before
 * any rule was changed for them and before they were first run. None of it is model output; the correct values
 * are results of the bundled evidence base or the words of a result's quote.
 *
 * <p>Counted as {@link SeededHeldOutBatch3Test} counts, on the same skeletons. The misses and false errors left
 * are listed with the reason; the test fails if another appears or a listed one goes away.
 *
 * <p>Measured once, before any rule was changed for it ({@code -Dtest=SeededHeldOutBatch11Test}, at {@code
 * f6e5cc3}): defects caught 42 of 65 (65%: misattributed 7/8, altered 8/8, significance 5/8, direction 3/8, people
 * 4/8, approval 4/9, words 4/8, median 7/8); correct answers 12, with 26 errors on 10 of them, none about a number:
 * 20 missing disclaimers said in the model's own words ("general info", "I can't give medical advice", "none of
 * this should stand in for your oncologist's advice", "a large language model, not a medical professional", "in
 * place of professional medical advice", "advice from your own medical team", "your medical team's advice", "the
 * right person to apply it to you", "your dad's care team knows his situation best") and 6 missing questions
 * sections ("Things worth asking your team:", "Before your next appointment" over a task list, "Things to raise
 * with your hepatologist", "You might ask:" over keycap-emoji lines, "Worth asking at your next visit:", "Things
 * you could ask"). One of the 26 is no false error: c01 never says to talk with the care team before deciding
 * (only a questions lead-in "Things worth asking your team"), so its CONSULT_CARE_TEAM error is right; it is kept,
 * listed below, so the file stays as first run: 25 false errors on 10 answers. In three misses an ERROR of a rule
 * that does not fit stands in the seeded sentence (said at each). This is the honest estimate for answers in
 * these shapes.
 *
 * <p>With the catalogue's paraphrases for those disclaimers ({@code ParaphrasesTest}), question headings that
 * say "things to raise", "worth asking" or "you might ask", keycap-emoji and task-list lines, and a list that only
 * asks under a heading naming the visit ({@code QuestionListsTest}): no false error (the one true error stays).
 */
class SeededHeldOutBatch11Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-11.txt";
    private static final String CORRECT_DIR = "correct-heldout-11/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.ofEntries(Map.entry(
            "c01-emoji-h3-meaning-column-gpt.md: ",
            "not false: the answer says nowhere to talk with the care team before deciding (its note says it is not a"
                    + " treatment plan, its questions lead-in is 'Things worth asking your team'), which the policy"
                    + " requires; written so in the first run and kept as it was"));

    private static final List<String> CORRECT = List.of(
            "c01-emoji-h3-meaning-column-gpt.md",
            "c02-checkbox-questions-claude.md",
            "c03-bold-numbered-breakdown-gemini.md",
            "c04-bare-url-citations-perplexity.md",
            "c05-linked-number-citations-copilot.md",
            "c06-bluf-dash-lines-clinician.md",
            "c07-accepted-format-at-a-glance-table.md",
            "c08-tldr-last-caveats-quote-gpt.md",
            "c09-named-footnotes-rules-claude.md",
            "c10-approvals-checkmark-table-gemini.md",
            "c11-caregiver-second-person-copilot.md",
            "c12-pros-cons-local-therapies-perplexity.md");

    SeededHeldOutBatch11Test() {
        super("held-out batch 11", DEFECTS, CORRECT_DIR, CORRECT, KNOWN_MISSES, KNOWN_FALSE_ERRORS);
    }
}
