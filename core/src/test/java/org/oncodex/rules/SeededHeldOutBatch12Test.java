package org.oncodex.rules;

import java.util.List;
import java.util.Map;

/**
 * The twelfth held-out batch for the content rules (issue 12): sixty-four seeded defects ({@code
 * seeded/defects-heldout-12.txt}) and eleven correct answers ({@code seeded/correct-heldout-12/}) written before
 * any rule was changed for them and before they were first run. None of it is model output; the correct values
 * are results of the bundled evidence base or the words of a result's quote.
 *
 * <p>Counted as {@link SeededHeldOutBatch3Test} counts, on the same skeletons. The misses and false errors left
 * are listed with the reason; the test fails if another appears or a listed one goes away.
 */
class SeededHeldOutBatch12Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-12.txt";
    private static final String CORRECT_DIR = "correct-heldout-12/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static final List<String> CORRECT = List.of(
            "c01-long-sections-summary-table-last-gpt.md",
            "c02-spanish-english-terms-caregiver-claude.md",
            "c03-unicode-superscript-citations-claude.md",
            "c04-html-sup-learn-more-copilot.md",
            "c05-roughly-nearly-prose-numbers-gemini.md",
            "c06-quoted-source-text-clinician.md",
            "c07-accepted-format-summary-table.md",
            "c08-french-resume-table-gpt.md",
            "c09-faq-q-a-claude.md",
            "c10-related-after-sources-perplexity.md",
            "c11-english-with-german-summary-gemini.md");

    SeededHeldOutBatch12Test() {
        super("held-out batch 12", DEFECTS, CORRECT_DIR, CORRECT, KNOWN_MISSES, KNOWN_FALSE_ERRORS);
    }
}
