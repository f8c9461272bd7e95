package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.text.EffectStatement;

/*
 * "16% more people had their tumours shrink (28% vs 12%)": a difference of two rates in percentage points, worded as
 * a share of the people, which reads as a relative change (28% is 133% more than 12%, not 16% more). Held against the
 * pair of rates the sentence prints, else the pairs of the cited results it names by trial and endpoint: the wording
 * is flagged when its number is the pair's difference in points, to the precision printed, and not the relative
 * change as well (30% vs 20% makes "10% more" the points and "50% more" the change: only the second is a share).
 */
/** Differences of rates in percentage points worded as a percentage of people. */
final class PointsAsPercents {
    /** One such wording and the pair of rates it comes from. */
    record Contradiction(AbsoluteWordings.Wording wording, double first, double second) {
        String message() {
            double points = Math.abs(first - second);
            double change = 100 * Math.abs(first - second) / Math.min(first, second);
            return "\"" + wording.words() + "\" is the difference of " + MultipleWordings.printed(first) + "% and "
                    + MultipleWordings.printed(second)
                    + "% in percentage points, not a share of the people: as a relative change it is "
                    + MultipleWordings.printed(change) + "% "
                    + (wording.words().matches("(?is).*\\b(?:fewer|less)\\b.*") ? "fewer" : "more")
                    + " (" + MultipleWordings.printed(points) + " percentage points)";
        }
    }

    private PointsAsPercents() {}

    /**
     * The wordings "N% more people" or "N% fewer patients" in {@code words} whose N is the difference in points of
     * one of {@code pairs} (two arms' rates, in percent), or failing those of {@code cited}, and not its relative
     * change.
     */
    static List<Contradiction> contradicted(String words, List<double[]> pairs, Supplier<List<double[]>> cited) {
        List<Contradiction> out = new ArrayList<>();
        for (AbsoluteWordings.Wording w : AbsoluteWordings.of(words)) {
            boolean percent = w.words().contains("%")
                    || w.words().toLowerCase(Locale.ROOT).contains("percent");
            if (w.kind() != AbsoluteWordings.Kind.PEOPLE || w.countOf() || !percent) {
                continue;
            }
            List<double[]> against = pairs.isEmpty() ? cited.get() : pairs;
            for (double[] p : against) {
                double points = Math.abs(p[0] - p[1]);
                double change = Math.min(p[0], p[1]) > 0 ? 100 * points / Math.min(p[0], p[1]) : Double.NaN;
                double tolerance = Math.pow(10, -NumberMatch.decimals(w.words())) / 2;
                if (Math.abs(w.percent() - points) <= tolerance + 1e-9
                        && !(Math.abs(w.percent() - change) <= Math.max(1, change / 10))) {
                    out.add(new Contradiction(w, p[0], p[1]));
                    break;
                }
            }
        }
        return out;
    }

    /** The pairs of two rates, in percent, that the statements from {@code from} on print: "(28% vs 12%)". */
    static List<double[]> printedRates(List<EffectStatement> statements, int from, int to) {
        List<double[]> out = new ArrayList<>();
        for (EffectStatement st : statements) {
            if (st.start() >= from
                    && st.end() <= to
                    && st.estimate().orElse(null) instanceof Proportion a
                    && st.comparatorEstimate().orElse(null) instanceof Proportion b) {
                out.add(new double[] {a.fraction() * 100, b.fraction() * 100});
            }
        }
        return out;
    }

    /** The pairs of two rates, in percent, of {@code results}. */
    static List<double[]> ratesOf(List<TrialResult> results) {
        List<double[]> out = new ArrayList<>();
        for (TrialResult r : results) {
            if (r.estimate() instanceof Proportion a && r.comparatorEstimate().orElse(null) instanceof Proportion b) {
                out.add(new double[] {a.fraction() * 100, b.fraction() * 100});
            }
        }
        return out;
    }
}
