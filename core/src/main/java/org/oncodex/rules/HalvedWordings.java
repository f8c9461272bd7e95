package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.RelativeChange;

/*
 * "Lenvatinib roughly halved the risk of progression (HR 0.66)", "a one-half reduction in the hazard of death": a
 * risk said to be halved is a relative change of 50%, which the ratio's own change (1 - HR, 34% for 0.66) must be
 * near, as a fraction after "by" must ("cut the risk by half", read through Fractions): within 6 points or an
 * eighth of the change, "nearly halved" a little less, "more than halved" anything from half up.
 */
/** Risks said to be halved, and the relative changes the words may stand for. */
final class HalvedWordings {
    /** One halving: where its words stand, what they say, and the least and the most change (in %) they stand for. */
    record Halving(int start, int end, String words, double least, double most) {
        boolean standsFor(double change) {
            return change >= least - 1e-9 && change <= most + 1e-9;
        }
    }

    /** "a one-half reduction": a halving the parser reads no statistic in. */
    private static final Pattern ONE_HALF = Pattern.compile("(?i)\\b(?:a\\s+)?(?:one[\\s-])?half\\s+reduction\\b");

    /** The words of a halving, as against "reduced ... by half", which {@link Fractions} reads. */
    private static final Pattern HALVING_WORDS = Pattern.compile("(?i)\\bhalv|\\bin\\s+half\\b");

    /** Words before a halving that round it: "roughly halved", "about halved". */
    private static final Pattern ROUGHLY =
            Pattern.compile("(?i)\\b(?:roughly|about|around|approximately|more\\s+or\\s+less|effectively)\\s+$");

    private static final Pattern DENIED =
            Pattern.compile("(?i)(?:\\b(?:not|no|never|nor|without)|n't|n’t)(?:\\s+\\w+){0,2}\\s*$");

    private HalvedWordings() {}

    /**
     * The halvings {@code sentence} says, in order, as the parser reads them ("halved the risk of death", "the
     * risk was cut in half", "cut in half the risk of relapse") and "a one-half reduction"; none that a "not"
     * before it denies.
     */
    static List<Halving> of(String sentence) {
        // most sentences halve nothing: no parse for them
        if (!HALVING_WORDS.matcher(sentence).find()
                && !ONE_HALF.matcher(sentence).find()) {
            return List.of();
        }
        return of(sentence, ParsedStatements.of(sentence));
    }

    /** The halvings {@code sentence} says, given the statements the parser read in it. */
    static List<Halving> of(String sentence, List<EffectStatement> statements) {
        List<int[]> spans = new ArrayList<>();
        for (EffectStatement st : statements) {
            if (isHalving(st)) {
                spans.add(new int[] {st.start(), st.end()});
            }
        }
        Matcher m = ONE_HALF.matcher(sentence);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        spans.sort(java.util.Comparator.comparingInt(span -> span[0]));
        List<Halving> out = new ArrayList<>();
        for (int[] span : spans) {
            String before = sentence.substring(Math.max(0, span[0] - 20), span[0]);
            if (DENIED.matcher(before).find()) {
                continue;
            }
            Matcher above = Fractions.ABOVE.matcher(before);
            Matcher nearly = Fractions.NEARLY.matcher(before);
            int start = span[0];
            double least = 50 - Math.max(6, 50 / 8.0);
            double most = 50 + Math.max(6, 50 / 8.0);
            if (above.find()) {
                start = start - before.length() + above.start();
                least = 50;
                most = 100;
            } else if (nearly.find()) {
                start = start - before.length() + nearly.start();
                least = 40;
                most = 50.5;
            } else {
                Matcher roughly = ROUGHLY.matcher(before);
                if (roughly.find()) {
                    start = start - before.length() + roughly.start();
                }
            }
            out.add(new Halving(start, span[1], sentence.substring(start, span[1]), least, most));
        }
        return out;
    }

    /** A 50% lower risk in words, not digits, told by "halve" or "in half" (not "by half"). */
    static boolean isHalving(EffectStatement st) {
        return st.kind() == EffectStatement.Kind.RELATIVE_CHANGE
                && st.relativeChange()
                        .filter(c -> c.percent() == 50 && c.direction() == RelativeChange.Direction.LOWER)
                        .isPresent()
                && st.text().chars().noneMatch(Character::isDigit)
                && HALVING_WORDS.matcher(st.text()).find();
    }

    /** A halving that the ratios it is held against do not give, with why. */
    record Contradiction(Halving halving, String message) {}

    /**
     * The halvings in {@code words} (the sentence at {@code sentence} of {@code unit}) that the sentence's own ratios,
     * or failing those the ratios of the cited results it names by trial and endpoint, do not give.
     */
    static List<Contradiction> contradicted(
            TextUnit unit,
            int[] sentence,
            String words,
            List<RatioEstimate> ratios,
            List<TrialResult> citedResults,
            Supplier<TrialNames> names) {
        List<Halving> halvings = of(words);
        if (halvings.isEmpty()) {
            return List.of();
        }
        List<Double> values = new ArrayList<>();
        ratios.forEach(r -> values.add(r.value()));
        if (values.isEmpty()) {
            for (TrialResult r : MultipleWordings.resultsAbout(unit, sentence, words, citedResults, names.get())) {
                if (r.estimate() instanceof RatioEstimate ratio) {
                    values.add(ratio.value());
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (Halving h : halvings) {
            if (!values.isEmpty() && values.stream().noneMatch(v -> h.standsFor(100 * (1 - v)))) {
                long change = Math.round(100 * (1 - values.get(0)));
                out.add(new Contradiction(
                        h,
                        "\"" + h.words() + "\" says a 50% lower risk, but the ratio " + values.get(0) + " is a "
                                + Math.abs(change) + "% " + (change >= 0 ? "lower" : "higher") + " one"));
            }
        }
        return out;
    }
}
