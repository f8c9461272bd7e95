package org.oncodex.rules;

import java.util.List;
import java.util.Map;

/**
 * The tenth held-out batch for the content rules (issue 12): sixty-six seeded defects ({@code
 * seeded/defects-heldout-10.txt}) and twelve correct answers ({@code seeded/correct-heldout-10/}) written before
 * any rule was changed for them and before they were first run. None of it is model output; the correct values
 * are results of the bundled evidence base or the words of a result's quote.
 *
 * <p>Counted as {@link SeededHeldOutBatch3Test} counts, on the same skeletons. The misses and false errors left
 * are listed with the reason; the test fails if another appears or a listed one goes away.
 */
class SeededHeldOutBatch10Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-10.txt";
    private static final String CORRECT_DIR = "correct-heldout-10/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static final List<String> CORRECT = List.of(
            "c01-numbered-headings-follow-up-offer-gpt.md",
            "c02-domain-first-sources-perplexity.md",
            "c03-trials-as-columns-gemini.md",
            "c04-short-prose-claude.md",
            "c05-inline-link-citations-copilot.md",
            "c06-questions-table-gpt.md",
            "c07-p-value-column-clinician.md",
            "c08-french-nested-bold-copilot.md",
            "c09-accepted-format-numbers-first.md",
            "c10-lung-liver-mets-caveats-claude.md",
            "c11-approvals-nested-brands-gemini.md",
            "c12-relative-vs-absolute-explainer-gpt.md");

    SeededHeldOutBatch10Test() {
        super("held-out batch 10", DEFECTS, CORRECT_DIR, CORRECT, KNOWN_MISSES, KNOWN_FALSE_ERRORS);
    }
}
