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
 *
 * <p>Measured once, before any rule was changed for it ({@code -Dtest=SeededHeldOutBatch12Test}, at {@code
 * 8c199ef}): defects caught 50 of 64 (78%: misattributed 8/8, altered 7/8, significance 5/8, direction 3/8, people
 * 6/8, approval 6/8, words 8/8, median 7/8); correct answers 11, with 7 errors on 3 of them. Six are false: three
 * ONC-CONTENT-MISSING on c06's "##" trial sections, whose content is a "Source text:" paragraph quoting the source
 * and a "Reading:" paragraph; two ONC-NUMBER-MISATTRIBUTED in c08's French, where "28 % avec atezolizumab plus
 * bevacizumab contre 12 % avec le sorafenib" and "78 % avec ... et de 65 % en surveillance active" credit the
 * comparator's value to the combination (the French "contre" and "avec le" are not read as arm words); one
 * ONC-QUESTIONS-TO-ASK on c10, whose questions sit under "## Before you decide" (and whose "## Related" follow-ups
 * come after the sources). One is no false error: c06 (a clinician tool) says only "AI-generated evidence summary
 * for clinicians; verify against the full publications before use", which says nowhere that it is for information
 * only, so its INFORMATIONAL_ONLY error is right; kept, listed below. In one miss (people/kept-cancer-free) an ERROR
 * of a rule that does not fit stands in the seeded sentence. This is the honest estimate for answers in these
 * shapes.
 *
 * <p>With a "Source text:" label read as content rather than the sources and questions under a heading that names
 * the decision ({@code Batch12ShapesTest}), French and Spanish articles and "en" before a comparator's name and no
 * arm credited when the only treatment named before a number is set against ({@code Batch12WordingsTest}): no false
 * error (the one true error stays). With direction idioms ("trailed", "came out behind", "worked better", "was
 * protective", "favoured control") and significance idioms ("beyond chance", "held up statistically", "a real one,
 * not noise") ({@link DirectionIdioms}, {@link SignificanceIdioms}, {@code Batch12WordingsTest}), "standard
 * approval" and "at any AFP level" ({@code Batch12ApprovalsTest}): 60 of 64 (94%: misattributed 8/8, altered 7/8,
 * significance 8/8, direction 8/8, people 6/8, approval 8/8, words 8/8, median 7/8).
 */
class SeededHeldOutBatch12Test extends HeldOutBatch {
    private static final String DEFECTS = "defects-heldout-12.txt";
    private static final String CORRECT_DIR = "correct-heldout-12/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry(
                    "altered/german-comparator-median",
                    "no finding: in 'bei 10.7 gegenüber 7.4 Monaten (months) mit Placebo' the German 'Monaten' is no"
                            + " unit the parser reads, so 7.4 is a bare number and no median is held against SHARP's"
                            + " 7.9"),
            Map.entry(
                    "median/german-comparator-median",
                    "no finding: '3.7 Monaten' is not read as a time (the parser knows no German unit), so REFLECT's"
                            + " sorafenib median credited to lenvatinib is a bare number"),
            Map.entry(
                    "people/clinician-survivor-per-3-treated",
                    "no finding: '1 extra survivor for every 3 treated' beside a bare ratio (a number needed to treat"
                            + " in words) is no form AbsoluteWordings reads; 'NNT' is"),
            Map.entry(
                    "people/kept-cancer-free-otherwise-relapsed",
                    "'28 percent of patients were kept cancer-free who otherwise would have relapsed' (IMbrave050's"
                            + " 0.72 read as recurrences averted) is no form AbsoluteWordings reads; the ERROR in the"
                            + " sentence is ONC-NUMBER-MISATTRIBUTED, which takes '28 percent' for IMbrave150's response"
                            + " rate"));

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.ofEntries(Map.entry(
            "c06-quoted-source-text-clinician.md: ",
            "not false: the clinician tool's note ('AI-generated evidence summary for clinicians; verify against the"
                    + " full publications before use') says nowhere that it is for information only or no substitute"
                    + " for judgment, which the policy requires; written so in the first run and kept as it was"));

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
