package org.oncodex.rules;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.text.EffectStatement;

/*
 * The wording rule's checks of words held against two arms' values or a ratio's change: multiples ("about four times
 * as long"), halvings ("roughly halved the risk") and differences in points worded as a share of the people ("16% more
 * people"). Each reads its words in the sentence's own words and reports through the rule's flag.
 */
/** Multiples, halvings and points worded as a share, held against the values they come from. */
final class ArmWordings {
    /** A multiple of a chance ("twice as likely to die"): in a sentence with a ratio, the ratio's. */
    private static final Pattern CHANCE_MULTIPLE = Pattern.compile("(?i)\\b(?:likely|often)\\b");

    /** Where the wording rule reports: the unit's offsets, the message, the words at fault and what to do. */
    @FunctionalInterface
    interface Flag {
        void at(int from, int to, String message, String words, String fix);
    }

    private ArmWordings() {}

    /**
     * Checks the sentence at {@code sentence} of {@code unit}, whose own words are {@code words}, against the pairs
     * and ratios it prints ({@code parsed}, {@code ratios}), else against the {@code citedResults} it names by trial
     * and endpoint.
     */
    static void check(
            TextUnit unit,
            int[] sentence,
            String words,
            List<EffectStatement> parsed,
            List<RatioEstimate> ratios,
            List<TrialResult> citedResults,
            Supplier<TrialNames> names,
            Flag flag) {
        // "about four times as long (5.2 vs 1.9 months)": a multiple the two arms' values do not give
        for (MultipleWordings.Contradiction c : MultipleWordings.contradicted(
                words,
                MultipleWordings.printedPairs(parsed, sentence[0]),
                () -> MultipleWordings.pairsAbout(unit, sentence, words, citedResults, names.get()))) {
            MultipleWordings.Multiple m = c.multiple();
            if (!ratios.isEmpty() && CHANCE_MULTIPLE.matcher(m.words()).find()) {
                continue;
            }
            flag.at(
                    sentence[0] + m.start(),
                    sentence[0] + m.end(),
                    c.message(),
                    m.words(),
                    "give the two values, or the multiple they make");
        }
        // "roughly halved the risk (HR 0.66)": a halving the ratio's change does not give
        for (HalvedWordings.Contradiction c :
                HalvedWordings.contradicted(unit, sentence, words, ratios, citedResults, names)) {
            HalvedWordings.Halving h = c.halving();
            flag.at(
                    sentence[0] + h.start(),
                    sentence[0] + h.end(),
                    c.message(),
                    h.words(),
                    "give the relative change the ratio gives: 1 minus the ratio");
        }
        // "16% more people (28% vs 12%)": a difference in points worded as a share of the people
        for (PointsAsPercents.Contradiction c : PointsAsPercents.contradicted(
                words,
                PointsAsPercents.printedRates(parsed, sentence[0], sentence[1]),
                () -> PointsAsPercents.ratesOf(
                        MultipleWordings.resultsAbout(unit, sentence, words, citedResults, names.get())))) {
            AbsoluteWordings.Wording w = c.wording();
            flag.at(
                    sentence[0] + w.start(),
                    sentence[0] + w.end(),
                    c.message(),
                    w.words(),
                    "say \"percentage points\" for a difference of two rates, or give the relative change");
        }
    }
}
