package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A change from one value to another: "improved from 70.3% to 84.9%", "reduced the 15-year risk of
 * breast cancer death from 25·2% to 21·4%", "median survival rose from 7 to 8 months". The value
 * reached is the statement; the value it started from is its comparator. Without a verb of change
 * before "from" ("ranging from 4% to 20%"), the numbers are a range, read by {@link Ranges}.
 */
final class FromTo implements Recognizer {
    private static final int VERB_REACH = 10;

    /** Verbs of change that are neither a reduction, a rise nor a gain in time. */
    private static final java.util.Set<String> OTHER_CHANGES =
            java.util.Set.of("worsened", "went", "changed", "grew", "climbed");

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme from = t.at(i - 1);
        Lexeme start = t.at(i);
        if (!from.isWord("from") || !start.is(Sym.NUM) || start.spelled || !changeBefore(t, i - 1)) {
            return null;
        }
        int j = i + 1;
        boolean startPercent = t.at(j).is(Sym.PCT);
        if (startPercent) {
            j++;
        }
        if (!t.at(j).isWord("to")) {
            return null;
        }
        Lexeme end = t.at(j + 1);
        if (!end.is(Sym.NUM) || end.spelled) {
            return null;
        }
        int k = j + 2;
        Unit unit;
        if (t.at(k).is(Sym.PCT)) {
            unit = Unit.PERCENT;
            k++;
        } else if (startPercent) {
            unit = Unit.PERCENT;
        } else {
            Unit time = Words.timeUnit(t.at(k));
            if (time == null) {
                return null;
            }
            unit = time;
            k++;
        }
        EffectEstimate reached;
        EffectEstimate before;
        EffectStatement.Kind kind;
        try {
            if (unit == Unit.PERCENT) {
                kind = EffectStatement.Kind.PROPORTION;
                reached = Proportion.ofPercent(end.number);
                before = Proportion.ofPercent(start.number);
            } else {
                kind = EffectStatement.Kind.MEDIAN_TIME;
                reached = MedianTime.of(end.number, unit);
                before = MedianTime.of(start.number, unit);
            }
        } catch (IllegalArgumentException e) {
            return null; // "from 120% to 140%": not a share; read as numbers elsewhere
        }
        int first = i - 1;
        int last = k - 1;
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(kind)
                .start(t.at(first).start)
                .end(t.at(last).end)
                .text(t.span(first, last))
                .printedValue(end.digits)
                .value(end.number)
                .estimate(reached)
                .comparatorEstimate(before)
                .approximate(i <= scope.approximateUntil());
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

    /** A verb of change a few words before "from": "improved", "fell", "reduced the ... risk". */
    private static boolean changeBefore(Tokens t, int from) {
        for (int k = from - 1; k >= 0 && k >= from - VERB_REACH; k--) {
            Lexeme w = t.at(k);
            if (!w.is(Sym.WORD) && !w.is(Sym.NUM) && !w.is(Sym.DASH)) {
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
