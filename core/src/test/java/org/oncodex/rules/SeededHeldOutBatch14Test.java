package org.oncodex.rules;

import java.util.List;
import java.util.Map;

/**
 * The fourteenth held-out batch for the content rules (issue 12): sixty-four seeded defects ({@code
 * seeded/defects-heldout-14.txt}) and ten correct answers ({@code seeded/correct-heldout-14/}) written before any
 * rule was changed for them and before they were first run. None of it is model output; the correct values are
 * results of the bundled evidence base, the words of a result's quote or an approval record.
 *
 * <p>Counted as {@link SeededHeldOutBatch3Test} counts, on the same skeletons. The misses and false errors left
 * are listed with the reason; the test fails if another appears or a listed one goes away.
 *
 * <p>Not yet run.
 */
class SeededHeldOutBatch14Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-14.txt";
    private static final String CORRECT_DIR = "correct-heldout-14/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static final List<String> CORRECT = List.of(
            "c01-faq-question-headings-gpt.md",
            "c02-tldr-top-all-bold-bullets-claude.md",
            "c03-html-details-br-gemini.md",
            "c04-inline-links-only-copilot.md",
            "c05-french-guillemets-gpt.md",
            "c06-what-happens-next-steps-gpt.md",
            "c07-two-column-comparison-gemini.md",
            "c08-label-wording-quoted-claude.md",
            "c09-footnote-markers-clinician.md",
            "c10-accepted-format-next-steps.md");

    SeededHeldOutBatch14Test() {
        super("held-out batch 14", DEFECTS, CORRECT_DIR, CORRECT, KNOWN_MISSES, KNOWN_FALSE_ERRORS);
    }
}
