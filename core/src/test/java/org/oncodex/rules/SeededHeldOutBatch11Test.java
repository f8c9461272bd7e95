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
 * With approval in a regulator's idioms and a year dated by its season ({@code ApprovalIdiomsTest}): 46 of 65
 * (approval 8/9). With direction idioms ({@link DirectionIdioms}, {@code DirectionIdiomsTest}): 51 of 65 (direction
 * 8/8). With "statistically robust", "not statistically meaningful" and "could have been due to chance" ({@code
 * WordingRuleTest}, {@link SignificanceDenialsTest}), a share of patients on a named regimen that avoided death and
 * people fewer per a clinic of 50 ({@link PeopleWordingsTest}), "just over half" and "a fifth lower risk" ({@link
 * FractionsTest}): 58 of 65. With a rate "boosted by" the points ({@link PointsAsPercentsTest}): 59 of 65 (91%:
 * misattributed 7/8, altered 8/8, significance 8/8, direction 8/8, people 7/8, approval 8/9, words 6/8, median 7/8).
 * With a frequency in words that {@link Fractions} reads no longer also read as a count by the parser ({@code
 * Batch14FixesTest}, held-out batch 14's fix): "Two in five people" stands for 36-44% only, not CheckMate 040's
 * 33%, and is caught: 60 of 65 (words 7/8).
 */
class SeededHeldOutBatch11Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-11.txt";
    private static final String CORRECT_DIR = "correct-heldout-11/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry(
                    "misattributed/regardless-of-pd-l1-given-cps-5-value",
                    "no finding: the base gives CheckMate 649's 0.70 no subgroup (its population is the trial's; 'PD-L1"
                            + " combined positive score >=5' is only in its quote), so 'everyone ... regardless of PD-L1"
                            + " status' has nothing to disagree with"),
            Map.entry(
                    "people/one-in-four-who-would-have-died",
                    "'roughly 1 in 4 people who would have died on placebo survived' (CELESTIAL's 24% read as deaths"
                            + " averted) is no form AbsoluteWordings reads; the ERROR in the sentence is"
                            + " ONC-NUMBER-MISATTRIBUTED, which takes '1 in 4 people' for a 25% rate and IMbrave150's"
                            + " response rate"),
            Map.entry(
                    "approval/traditional-for-accelerated",
                    "no finding: in the label line 'Pembrolizumab for HCC after sorafenib: FDA approval status is a"
                            + " traditional (regular) approval' the treatment stands before the colon, where the"
                            + " approval reader starts a new clause, so the clause that says 'traditional' names no"
                            + " treatment"),
            Map.entry(
                    "words/just-under-a-year",
                    "no finding: 'a year' is not read as a time in words (12 months), so 'a median of just under a"
                            + " year' is neither grounded nor held against HIMALAYA's 16.4 months"),
            Map.entry(
                    "median/time-before-worsened-comparator",
                    "no finding: 1.9 months is placebo's median only in the words of the quote of CELESTIAL's"
                            + " progression ratio ('5.2 months with cabozantinib and 1.9 months with placebo'); the base"
                            + " has no median result with arms for it, so the number is grounded and no arm is held"
                            + " against 'on cabozantinib'"));

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
