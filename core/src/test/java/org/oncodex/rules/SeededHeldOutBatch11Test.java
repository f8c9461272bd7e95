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
 */
class SeededHeldOutBatch11Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-11.txt";
    private static final String CORRECT_DIR = "correct-heldout-11/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

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
