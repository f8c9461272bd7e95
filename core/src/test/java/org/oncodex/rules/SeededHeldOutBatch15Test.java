package org.oncodex.rules;

import java.util.List;
import java.util.Map;

/**
 * The fifteenth held-out batch for the content rules (issue 12): sixty-four seeded defects ({@code
 * seeded/defects-heldout-15.txt}) and ten correct answers ({@code seeded/correct-heldout-15/}) written before any
 * rule was changed for them and before they were first run. None of it is model output; the correct values are
 * results of the bundled evidence base, the words of a result's quote or an approval record.
 *
 * <p>Counted as {@link SeededHeldOutBatch3Test} counts, on the same skeletons. The misses and false errors left
 * are listed with the reason; the test fails if another appears or a listed one goes away.
 *
 * <p>Measured once, before any rule was changed for it ({@code /tmp/r12q-mvn -o -pl core test -Dquick
 * -Dtest=SeededHeldOutBatch15Test}, at {@code f0f8e6e}): defects caught 56 of 64 (88%: misattributed 7/8, altered
 * 8/8, significance 6/8, direction 6/8, people 8/8, approval 7/8, words 6/8, median 8/8); correct answers 10, with
 * 5 errors on 3 of them, all false: c01 (voice assistant, no Markdown) ONC-QUESTIONS-TO-ASK, its questions being
 * spoken sentences after "You might want to ask your doctor a few things." with no heading, and
 * ONC-SOURCE-MALFORMED, its one "Sources:" line naming two sources so the second web address was left in the
 * first source's title; c02 two ONC-NUMBER-UNGROUNDED on "1 of 2" and "2 of 2" in the message labels "Part 1 of 2"
 * and "Part 2 of 2"; c04 (patient-portal nurse bot) ONC-DISCLAIMER-MISSING for consult-care-team, "Your care team
 * will go over what is right for you." not being read as that disclaimer.
 */
class SeededHeldOutBatch15Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-15.txt";
    private static final String CORRECT_DIR = "correct-heldout-15/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static final List<String> CORRECT = List.of(
            "c01-voice-assistant-plain-text-gpt.md",
            "c02-part-1-part-2-claude.md",
            "c03-confidence-lines-gemini.md",
            "c04-patient-portal-nurse-bot.md",
            "c05-question-quoted-back-claude.md",
            "c06-typed-bullets-and-arrows-copilot.md",
            "c07-all-caps-headings-gpt.md",
            "c08-restarting-numbered-lists-perplexity.md",
            "c09-evidence-level-clinician.md",
            "c10-accepted-format-arrows.md");

    SeededHeldOutBatch15Test() {
        super("held-out batch 15", DEFECTS, CORRECT_DIR, CORRECT, KNOWN_MISSES, KNOWN_FALSE_ERRORS);
    }
}
