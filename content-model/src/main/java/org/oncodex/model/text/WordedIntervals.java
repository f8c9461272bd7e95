package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * An interval named in words and given after a verb, with no point: "the 95% confidence interval for the
 * hazard ratio, which is 1.09 to 1.73, does not include 1.00", "the 95% CI was 0.61 to 0.93". The words
 * between the name and the verb say what the interval is of ("for the hazard ratio"); the numbers after
 * the verb are its bounds, not that statistic's value. The verb must stand right before the bounds, so
 * that "the 95% CI was not reported, and survival was 10 to 12 months" is no interval.
 */
final class WordedIntervals implements Recognizer {
    /** The most words between the interval's name and its verb: "for the hazard ratio, which". */
    private static final int MAX_OF_WORDS = 8;

    /** Where it may start ({@link Recognizer#mayStartAt}): an interval named in words starts with a word, or with a level ("95% confidence interval was"): a number that is no level starts none. */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return !t.at(i).is(Sym.NUM) || t.at(i).spelled || IntervalWords.level(t, i) > i;
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Intervals.Descriptor d = IntervalWords.descriptor(t, i, Findings.discarding());
        if (d == null || !d.named() || d.what() != Intervals.What.CONFIDENCE) {
            return null;
        }
        int j = d.next();
        if (t.at(j).isWord("for") || t.at(j).isWord("of")) {
            int words = 0;
            while (words <= MAX_OF_WORDS && (t.at(j).is(Sym.WORD) || t.at(j).is(Sym.COMMA)) && !copula(t.at(j))) {
                words++;
                j++;
            }
        }
        if (!copula(t.at(j))) {
            return null;
        }
        int k = Words.isApproximate(t.at(j + 1)) ? j + 2 : j + 1;
        Intervals.Group bare = Intervals.bare(t, k, scope);
        if (bare == null
                || bare.isInverted()
                || bare.lower().open()
                || bare.upper().open()) {
            return null;
        }
        Intervals.Group g = new Intervals.Group(
                bare.lower(), bare.upper(), d.level(), false, d.oneSided(), d.what(), null, true, i, bare.next());
        int end = t.at(bare.upper().next() - 1).end;
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.INTERVAL)
                .start(t.at(i).start)
                .end(end)
                .text(t.slice(t.at(i).start, end));
        Intervals.printed(b, g);
        ConfidenceInterval ci = IntervalChecks.checked(t, g, Double.NaN, out);
        if (ci != null) {
            b.ci(ci);
        }
        out.add(b.build());
        return new Step(bare.upper().next(), scope);
    }

    private static boolean copula(Lexeme tok) {
        return tok.isWord("is") || tok.isWord("was") || tok.isWord("were") || tok.isWord("are");
    }
}
