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
 *
 * <p>Measured once, before any rule was changed for it ({@code ./mvnw -pl core test -Dquick
 * -Dtest=SeededHeldOutBatch10Test}, at {@code 306b145}): defects caught 43 of 66 (65%: misattributed 7/8, altered
 * 9/9, significance 2/8, direction 4/8, people 2/8, approval 5/9, words 8/8, median 6/8); correct answers 12, with
 * 21 errors on 5 of them, all false (listed below with why). One defect line is malformed:
 * {@code approval/granted-approval-wrong-line} says the FDA approved durvalumab with tremelimumab "for HCC that has
 * progressed on sorafenib", and the approval record (unresectable HCC, no line of therapy) covers that, so it is no
 * defect against the bundled base; without it, 43 of 65 (66%). It is kept, listed as a miss, so the file stays as
 * first run. In five misses an ERROR of a rule that does not fit stands in the seeded sentence, for another reason
 * (said at each). This is the honest estimate for answers in these shapes. With batch 9's fixes merged (a bare
 * number with its interval read as the ratio it prints) and {@link PointsAsPercentsTest}: still 43 of 66, and 17
 * false errors on 5 answers (the two tables' and lists' bare ratios no longer raise one). With a plain lead-in
 * line before the questions and bare "[n]" citation lines read as the sources ({@code LeadInsAndBareSourcesTest}):
 * 6 false errors on 4 answers (c04's eleven gone). With Gemini's "For medical advice or diagnosis, consult a
 * professional" and an oncologist "who can take your individual situation into account" in the catalogue's
 * paraphrases ({@code ParaphrasesTest}): 4 false errors on 3 answers. With a number set out as what a statistic
 * does not mean held as no claim ({@link DeniedMeaningsTest}): 2 false errors on 2 answers. With the questions
 * read from a table under a heading that names questions to bring ({@code QuestionTablesTest}): 1 false error.
 * With denials of significance in more words ("did not reach statistical significance", "no statistically
 * significant survival benefit", "only a trend") held against a P value below 0.05 when no interval is printed
 * ({@link SignificanceDenialsTest}): 47 of 66 (significance 6/8). With people per hundred and chances in more
 * words ({@link PeopleWordingsTest}: "for every 100 ..., 37 deaths were prevented", "if 100 people took ...", "3 out
 * of 10 more", "a better chance of staying progression-free"): 51 of 66 (people 6/8). With "FDA-indicated" as a
 * word of approval and "after liver surgery" as the setting after surgery ({@link ApprovalWordsTest}): 53 of 66
 * (approval 7/9). With "sped up recurrence" and "hastened death" as a higher risk ({@link SpedUpWordsTest}): 54 of
 * 66 (direction 5/8). With a good rate said higher or lower "with" an arm read against the pair of rates
 * ({@link RatesWithArmTest}): 55 of 66 (direction 6/8). With "N% of people ... had their cancer held back" read
 * as a share of the people spared ({@link PeopleWordingsTest}): 56 of 66 (people 7/8). With a bare "without" that
 * ends the clause after a number read as its group ({@code MisattributionRuleTest}): no false error.
 */
class SeededHeldOutBatch10Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-10.txt";
    private static final String CORRECT_DIR = "correct-heldout-10/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry(
                    "misattributed/number-first-bold-bullet-pfs-as-death",
                    "no finding: a bare '**0.44**' opening a bullet, its statistic named after the dash ('the hazard ratio"
                            + " for death'), is not read as a ratio, so it is neither grounded nor held against CELESTIAL's"
                            + " progression-free ratio"),
            Map.entry(
                    "significance/dagger-footnote-significant",
                    "no finding: 'Statistically significant' stands in a note tied to the ratio by a dagger mark, and"
                            + " significance words are checked only against estimates in their own sentence or row"),
            Map.entry(
                    "significance/statistically-superior-medians-only",
                    "no finding: 'statistically superior to' with only medians in the sentence; the claim is held"
                            + " against ratios and P values in the sentence, not against the cited result's (REFLECT OS"
                            + " 0.92, 0.79-1.06)"),
            Map.entry(
                    "direction/placebo-outlived",
                    "'outlived' is not a direction word; the ERROR in the sentence is ONC-NUMBER-MISATTRIBUTED, which"
                            + " pairs 7.9 with sorafenib (the arm nearest it) though the sentence names placebo first"),
            Map.entry(
                    "direction/responded-better-rates-lower",
                    "'responded better' of people with liver metastases is not held against the two groups' rates; the"
                            + " ERROR in the sentence is ONC-NUMBER-MISATTRIBUTED, reading the pair '58% vs 66%' as the"
                            + " group without liver metastases'"),
            Map.entry(
                    "people/clinician-nnt-from-ratio", "no finding: a number needed to treat ('NNT ≈ 4') is not read"),
            Map.entry(
                    "approval/label-expanded-first-line",
                    "no finding: 'expanded the Keytruda label to include first-line HCC' has no word of approval"
                            + " ('label', 'expanded' are not read as one)"),
            Map.entry(
                    "approval/granted-approval-wrong-line",
                    "malformed, no defect: the durvalumab-tremelimumab record (unresectable HCC) states no line of"
                            + " therapy and covers HCC after sorafenib; a facet no record states cannot disagree"),
            Map.entry(
                    "median/by-x-months-half",
                    "no finding: 'By 5.7 months, half of the people ... had seen their cancer grow' (the time first) is"
                            + " not read as a median"),
            Map.entry(
                    "median/years-with-decimal",
                    "no finding: a median in years with a decimal ('about 1.7 years') is not read as a median to match"
                            + " against months (23.7 months)"));

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
