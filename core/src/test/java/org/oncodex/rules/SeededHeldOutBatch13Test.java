package org.oncodex.rules;

import java.util.List;
import java.util.Map;

/**
 * The thirteenth held-out batch for the content rules (issue 12): sixty-four seeded defects ({@code
 * seeded/defects-heldout-13.txt}) and eleven correct answers ({@code seeded/correct-heldout-13/}) written before
 * any rule was changed for them and before they were first run. None of it is model output; the correct values
 * are results of the bundled evidence base or the words of a result's quote.
 *
 * <p>Counted as {@link SeededHeldOutBatch3Test} counts, on the same skeletons. The misses and false errors left
 * are listed with the reason; the test fails if another appears or a listed one goes away.
 *
 * <p>Measured once, before any rule was changed for it: not yet run.
 */
class SeededHeldOutBatch13Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-13.txt";
    private static final String CORRECT_DIR = "correct-heldout-13/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static final List<String> CORRECT = List.of(
            "c01-emoji-headings-nested-bullets-gpt.md",
            "c02-bold-leadin-paragraphs-claude.md",
            "c03-endpoints-as-rows-arms-as-columns-gemini.md",
            "c04-adjacent-bracket-citations-perplexity.md",
            "c05-learn-more-domain-line-copilot.md",
            "c06-caregiver-tone-gpt.md",
            "c07-clinician-bluf-abbreviations.md",
            "c08-italian-english-terms-claude.md",
            "c09-very-short-gpt.md",
            "c10-blockquote-disclaimer-at-end-gemini.md",
            "c11-approvals-footer-disclaimer-copilot.md");

    SeededHeldOutBatch13Test() {
        super("held-out batch 13", DEFECTS, CORRECT_DIR, CORRECT, KNOWN_MISSES, KNOWN_FALSE_ERRORS);
    }
}
