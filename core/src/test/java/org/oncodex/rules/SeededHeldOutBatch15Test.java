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
 *
 * <p>With a part label's count ("Part 1 of 2") not read as a number to ground and a care team that "will go over"
 * what fits you read as consult-care-team ({@code Batch15ShapesTest}, {@code CareTeamGoesOverTest}), run with the
 * other batches ({@code -Dtest='Seeded*Test,HeldOut*Test,NaturalWordingsTest,*Rule*Test,*Wording*Test,
 * org.oncodex.lint.*Test,CorrectAnswers*Test,Batch1*Test,*Arm*Test'}): defects caught 56 of 64 (unchanged; no fix
 * aimed at the misses yet); 2 errors on 1 correct answer (c01), false and listed below. The misses left are listed
 * below with their likely reason (read from the text and the rules' patterns, not traced through the code).
 */
class SeededHeldOutBatch15Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-15.txt";
    private static final String CORRECT_DIR = "correct-heldout-15/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry(
                    "approval/clinician-wrong-year",
                    "no finding: the terse 'FDA approval 16 Aug 2019' (day, abbreviated month, year) is not held against"
                            + " the record's 2018-08-16"),
            Map.entry(
                    "direction/more-likely-to-come-back",
                    "no finding: 'more likely to come back' is no direction wording the rules read for a recurrence"
                            + " ratio below 1"),
            Map.entry(
                    "direction/voice-grew-back-faster",
                    "no finding: 'grew back faster on lenvatinib' is no direction wording the rules read for a PFS"
                            + " ratio below 1"),
            Map.entry(
                    "misattributed/clinician-orr-arms-swapped",
                    "no finding: 12% and 28% are both in IMbrave150's quote and the arm 'atezo-bev' (an abbreviation)"
                            + " is not matched to the intervention"),
            Map.entry(
                    "significance/clinician-ns",
                    "no finding: a bare 'NS' is not read as a denial of significance for an interval below 1"),
            Map.entry(
                    "significance/confidence-with-statistical-significance",
                    "no finding: 'beat ... with statistical significance' is no significance claim the rules read"),
            Map.entry(
                    "words/about-a-year-and-a-half",
                    "no finding: 'about a year and a half' is no duration in words the rules read (CheckMate 9DW's"
                            + " median is 23.7 months)"),
            Map.entry(
                    "words/voice-spoken-ratio",
                    "no finding: a decimal spoken in words ('zero point six six') is not read as a number"));

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.ofEntries(
            Map.entry(
                    "c01-voice-assistant-plain-text-gpt.md: ",
                    "false: the questions are spoken sentences after 'You might want to ask your doctor a few things.'"
                            + " in a paragraph of their own, with no heading or list, and are not read as the questions"
                            + " section (ONC-QUESTIONS-TO-ASK)"),
            Map.entry(
                    "c01-voice-assistant-plain-text-gpt.md: http://cancer.gov/news-events/cancer-currents-blog/2020/"
                            + "fda-atezolizumab-bevacizumab-liver-cancer.",
                    "false: one 'Sources:' line names two sources, so the second's web address is left in the first's"
                            + " title (ONC-SOURCE-MALFORMED)"));

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
