package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A change from one value to another: "improved from 70.3% to 84.9%", "reduced the 15-year risk of
 * breast cancer death from 25·2% to 21·4%", "median survival rose from 7 to 8 months", "deaths
 * increased from 0·89 million (95% UI 0·86-0·94) to 1·45 million (1·38-1·54)". The value reached is
 * the statement, with its interval; the value it started from is its comparator. Without a verb of change
 * before "from" ("ranging from 4% to 20%"), the numbers are a range, read by {@link Ranges}.
 */
final class FromTo implements Recognizer {
    private static final int VERB_REACH = 10;

    /**
     * Words of change that are neither a verb of reduction or rise nor a gain in time: other verbs, and
     * the nouns of a change ("a significant reduction in 10-year mortality from 8% to 4%", "would fall
     * from 1.22 percent to 0.84 percent").
     */
    private static final java.util.Set<String> OTHER_CHANGES = java.util.Set.of(
            // "more than doubles 5-year survival from 10% to 25%": a multiple is a change too
            "doubled",
            "doubles",
            "doubling",
            "tripled",
            "triples",
            "halved",
            "worsened",
            "went",
            "changed",
            "grew",
            "climbed",
            "fall",
            "rise",
            "drop",
            "jump",
            "jumped",
            "reduction",
            "reductions",
            "improvement",
            "improvements",
            "change",
            "shift",
            "shifted");

    /** Words that make "from X to Y" a range even after a word of change: "risk reductions ranged from". */
    private static final java.util.Set<String> SPANS =
            java.util.Set.of("ranged", "ranging", "range", "ranges", "varied", "varying", "varies", "vary");

    /** Where it may start ({@link Recognizer#mayStartAt}): "from 30% to 20%", "from about 30% to 20%": the word from one or two tokens before. */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return t.at(i - 1).isWord("from") || t.at(i - 2).isWord("from");
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        // "extended from ~26.9 to 40.7 months", "fell from about 30% to 20%": the first value approximate
        boolean approx = approximating(t.at(i - 1));
        int f = approx ? i - 2 : i - 1;
        Lexeme from = t.at(f);
        Lexeme start = t.at(i);
        if (!from.isWord("from") || !start.is(Sym.NUM) || (start.spelled && !unitAfter(t, i + 1))) {
            return null; // "from one year to six years", but not "from one to three lines of therapy"
        }
        Side before = side(t, i + 1, null, null, scope);
        // without a verb of change, "from 4% to 20%" is a range; two values each with its interval are not
        if (!changeBefore(t, f) && before.group() == null) {
            return null;
        }
        int j = before.next();
        // "from 50% in 1975 to 66% today", "from 14% advanced to 90% localized": words between the sides
        int between = before.unit() != null && before.group() == null ? between(t, j) : j;
        j = between;
        if (!t.at(j).isWord("to")) {
            return null;
        }
        Lexeme end = t.at(j + 1);
        if (!end.is(Sym.NUM) || (end.spelled && !unitAfter(t, j + 2))) {
            return null;
        }
        Side after = side(t, j + 2, before.unit(), before.label(), scope);
        if (between > before.next() && after.unit() != before.unit()) {
            return null; // words between the sides: both must say what they are, alike
        }
        if (!changeBefore(t, f) && after.group() == null) {
            return null;
        }
        Unit unit = after.unit() != null ? after.unit() : before.unit();
        String label = after.label() != null ? after.label() : before.label();
        if (unit == null && label == null) {
            return null; // "from 2007 to 2008": years, not a change of a statistic
        }
        // "from 0·89 million (95% UI 0·86-0·94) to 1·45 million (1·38-1·54)": the second bracket is the first's kind
        Intervals.Group reachedGroup = after.group();
        if (reachedGroup != null
                && before.group() != null
                && reachedGroup.levelAssumed()
                && !before.group().levelAssumed()) {
            Intervals.Group g = before.group();
            reachedGroup = new Intervals.Group(
                    reachedGroup.lower(),
                    reachedGroup.upper(),
                    g.level(),
                    false,
                    g.oneSided(),
                    g.what(),
                    reachedGroup.p(),
                    reachedGroup.named(),
                    reachedGroup.first(),
                    reachedGroup.next());
        }
        int k = after.next();
        EffectEstimate reached;
        EffectEstimate started;
        EffectStatement.Kind kind;
        ConfidenceInterval reachedCi =
                reachedGroup == null ? null : IntervalChecks.checked(t, reachedGroup, end.number, out);
        ConfidenceInterval startCi = before.group() == null
                ? null
                : IntervalChecks.checked(t, before.group(), start.number, Findings.discarding());
        try {
            if (label != null) {
                kind = EffectStatement.Kind.QUANTITY;
                reached = Estimates.of(kind, end.number, reachedCi, null, label, "");
                started = Estimates.of(kind, start.number, startCi, null, label, "");
            } else if (unit == Unit.PERCENT) {
                kind = EffectStatement.Kind.PROPORTION;
                reached = Estimates.of(kind, end.number, reachedCi, unit, null, "");
                started = Estimates.of(kind, start.number, startCi, unit, null, "");
            } else {
                kind = EffectStatement.Kind.MEDIAN_TIME;
                reached = Estimates.of(kind, end.number, reachedCi, unit, null, "");
                started = Estimates.of(kind, start.number, startCi, unit, null, "");
            }
        } catch (IllegalArgumentException e) {
            return null; // "from 120% to 140%": not a share; read as numbers elsewhere
        }
        if (reached == null || started == null) {
            return null;
        }
        int first = f;
        int last = k - 1;
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(kind)
                .start(t.at(first).start)
                .end(t.at(last).end)
                .text(t.span(first, last))
                .printedValue(end.digits)
                .value(end.number)
                .estimate(reached)
                .comparatorEstimate(started)
                .approximate(approx || i <= scope.approximateUntil());
        if (label != null) {
            b.unitLabel(label);
        }
        if (reachedGroup != null) {
            Intervals.printed(b, reachedGroup);
            if (reachedCi != null) {
                b.ci(reachedCi);
            }
        }
        if (scope.endpoint() != null && (scope.endpointAt() < 0 || i - scope.endpointAt() <= 24)) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        if (unit == Unit.PERCENT && scope.timePoint() != null) {
            b.timePoint(scope.timePoint());
        }
        PValues.Read p = PValues.tail(t, k, out);
        if (p != null && p.p() != null) {
            b.pValue(p.p()).end(t.at(p.next() - 1).end).text(t.span(first, p.next() - 1));
            k = p.next();
        }
        out.add(b.build());
        return new Step(k, scope);
    }

    /**
     * One side of the change, after its number at {@code j}: its unit (%, a unit of time, or "million"
     * kept as a label) and an interval in brackets. A side without a unit takes the other side's.
     */
    private record Side(@Nullable Unit unit, @Nullable String label, Intervals.@Nullable Group group, int next) {}

    private static Side side(Tokens t, int j, @Nullable Unit otherUnit, @Nullable String otherLabel, Scope scope) {
        Unit unit = null;
        String label = null;
        Lexeme tok = t.at(j);
        if (tok.is(Sym.PCT)) {
            unit = Unit.PERCENT;
            j++;
        } else if (tok.isWord("million") || tok.isWord("billion") || tok.isWord("thousand")) {
            label = tok.lower;
            j++;
        } else if (Words.timeUnit(tok) != null) {
            unit = Words.timeUnit(tok);
            j++;
        } else if (TailUnits.perPowerOfTen(t, j) != null) {
            label = TailUnits.perPowerOfTen(t, j); // "from 31.3/100,000 to 20.7/100,000": rates
            j += 2;
        }
        Intervals.Group g = null;
        if (Tokens.isOpener(t.at(j).type)
                && (unit != null || label != null || otherUnit != null || otherLabel != null)) {
            g = Intervals.after(t, j, scope, Findings.discarding());
            if (g != null && !g.isSpread()) {
                j = g.next();
            } else {
                g = null;
            }
        }
        return new Side(unit, label, g, j);
    }

    /** The most words (or years) read between the two sides of a change. */
    private static final int MAX_BETWEEN = 4;

    /**
     * Past the words between the two sides of a change, up to "to": a few words, and years ("in
     * 1975"), with no punctuation, numbers or units; {@code j} when there is no "to" within reach.
     */
    private static int between(Tokens t, int j) {
        for (int k = j; k <= j + MAX_BETWEEN; k++) {
            Lexeme tok = t.at(k);
            if (tok.isWord("to")) {
                return k;
            }
            boolean year = tok.is(Sym.NUM)
                    && tok.isWhole()
                    && !tok.spelled
                    && tok.number >= 1900
                    && tok.number <= 2100
                    && !t.at(k + 1).is(Sym.PCT);
            if (!(tok.is(Sym.WORD) && !tok.isWord("and") && !tok.isWord("from") && Words.timeUnit(tok) == null)
                    && !year) {
                return j;
            }
        }
        return j;
    }

    /** A tilde or a word that makes the number after it approximate: "from ~26.9", "from about 30%". */
    private static boolean approximating(Lexeme tok) {
        return tok.text.equals("~") || tok.text.equals("≈") || tok.text.equals("∼") || Words.isApproximate(tok);
    }

    /** A percent sign or a unit of time at {@code k}. */
    private static boolean unitAfter(Tokens t, int k) {
        return t.at(k).is(Sym.PCT) || Words.timeUnit(t.at(k)) != null;
    }

    /**
     * A word of change a few words before "from": "improved", "fell", "reduced the ... risk", "an
     * increase in the 10-year rate of overall survival, from"; a comma may stand right before "from".
     */
    private static boolean changeBefore(Tokens t, int from) {
        int last = t.at(from - 1).is(Sym.COMMA) ? from - 2 : from - 1;
        for (int k = last; k >= 0 && k >= from - 1 - VERB_REACH; k--) {
            Lexeme w = t.at(k);
            if (!w.is(Sym.WORD) && !w.is(Sym.NUM) && !w.is(Sym.DASH)) {
                return false;
            }
            if (SPANS.contains(w.lower)) {
                return false;
            }
            if (RelativeChanges.VERBS.containsKey(w.lower)
                    || RelativeChanges.GAINS.contains(w.lower)
                    || OTHER_CHANGES.contains(w.lower)) {
                return true;
            }
        }
        return false;
    }
}
