package org.oncodex.rules;

import java.util.List;
import java.util.Map;

/**
 * The ninth held-out batch for the content rules (issue 12): seventy-four seeded defects ({@code
 * seeded/defects-heldout-9.txt}) and twelve correct answers ({@code seeded/correct-heldout-9/}) written before
 * any rule was changed for them and before they were first run. None of it is model output; the correct values
 * are results of the bundled evidence base or the words of a result's quote.
 *
 * <p>Counted as {@link SeededHeldOutBatch3Test} counts, on the same skeletons. The misses and false errors left
 * are listed with the reason; the test fails if another appears or a listed one goes away.
 */
class SeededHeldOutBatch9Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-9.txt";
    private static final String CORRECT_DIR = "correct-heldout-9/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static final List<String> CORRECT = List.of(
            "c01-numbered-sub-bullets-bold-numbers-gpt.md",
            "c02-number-headings-nested-quotes-claude.md",
            "c03-pair-cells-image-gemini.md",
            "c04-footnote-note-ranges-perplexity.md",
            "c05-plain-words-emoji-copilot.md",
            "c06-german-decimal-commas-pair-cells-gpt.md",
            "c07-approval-types-semicolons-clinician.md",
            "c08-accepted-format-class-statement.md",
            "c09-split-items-drug-in-heading-gemini.md",
            "c10-points-and-out-of-100-gpt.md",
            "c11-months-in-words-claude.md",
            "c12-bold-relative-changes-perplexity.md");

    SeededHeldOutBatch9Test() {
        super("held-out batch 9", DEFECTS, CORRECT_DIR, CORRECT, KNOWN_MISSES, KNOWN_FALSE_ERRORS);
    }
}
