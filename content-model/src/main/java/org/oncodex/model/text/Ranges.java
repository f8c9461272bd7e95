package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * Ranges standing alone: {@code 80%-95%}, {@code 80% to 95%}, {@code between 80% and 95%}, {@code 7–19%},
 * {@code 6-12 months}, and
 * plain numbers where words say they are a range ({@code ranging from 0.74 to 0.86}); a range followed by
 * its median in brackets ({@code ranged from 1.0 to 5.8 months (median 2.7 months)}) is that median.
 */
final class Ranges implements Recognizer {

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        // "(−15% to 15%)": a negative lower end
        boolean negativeLow = t.at(i).is(Sym.MINUS) && !t.at(i + 1).spaceBefore;
        int l = negativeLow ? i + 1 : i;
        Lexeme low = t.at(l);
        if (!low.is(Sym.NUM) || low.spelled) {
            return null;
        }
        int j = l + 1;
        boolean lowPercent = t.at(j).is(Sym.PCT);
        if (lowPercent) {
            j++;
        }
        // "2.1- to 4.2-fold": the low end's hyphen is suspended until the unit after the high end
        boolean suspended = !lowPercent
                && t.at(j).is(Sym.DASH)
                && !t.at(j).spaceBefore
                && t.at(j + 1).isWord("to");
        if (suspended) {
            j++;
        }
        // "12%−20%": a minus sign between two percentages, with no space, is their dash
        // "between 80% and 95%": "and" is the dash of a range that "between" opens
        boolean dash = t.at(j).is(Sym.DASH)
                || t.at(j).isWord("to")
                || (t.at(j).isWord("and") && betweenOpensRange(t, l - 1))
                || (lowPercent && t.at(j).is(Sym.MINUS) && !t.at(j).spaceBefore && !t.at(j + 1).spaceBefore);
        if (!dash) {
            return null;
        }
        j++;
        boolean negativeHigh = t.at(j).is(Sym.MINUS) && t.at(j - 1).isWord("to") && !t.at(j + 1).spaceBefore;
        if (negativeHigh) {
            j++;
        }
        Lexeme high = t.at(j);
        if (!high.is(Sym.NUM) || high.spelled) {
            return null;
        }
        j++;
        double lowValue = negativeLow ? -low.number : low.number;
        double highValue = negativeHigh ? -high.number : high.number;
        boolean dashFold =
                t.at(j).is(Sym.DASH) && !t.at(j).spaceBefore && t.at(j + 1).isWord("fold") && !t.at(j + 1).spaceBefore;
        // "by 1.3-3.4 times", "2-3 fold": a multiple as well, but not "2-3 times a day"
        boolean wordFold = (t.at(j).isWord("times") || t.at(j).isWord("fold")) && !Multiples.dosing(t, j + 1);
        boolean fold = dashFold || wordFold;
        Unit unit = t.at(j).is(Sym.PCT) ? Unit.PERCENT : lowPercent ? null : fold ? Unit.NONE : Words.timeUnit(t.at(j));
        boolean unitToken = unit != null;
        // "ranging from 0.74 to 0.86", "12-450 (median=120)": a range of plain numbers where words say so
        if (unit == null && !lowPercent && !suspended && (rangingBefore(t, i) || medianInBrackets(t, j) >= 0)) {
            unit = Unit.NONE;
        }
        if (unit == null || (suspended && !fold && unit != Unit.PERCENT && !unit.isTime())) {
            return null;
        }
        if (dashFold) {
            j++; // "-fold": a multiple
        }
        if (lowValue >= highValue) {
            return null;
        }
        if (unit == Unit.PERCENT && lowValue < 0) {
            unit = Unit.PERCENTAGE_POINTS; // "−15% to 15%": margins of a difference, not shares
        }
        if (unitToken) {
            j++;
        }
        int median = medianInBrackets(t, j);
        if (median >= 0 && !negativeLow && !negativeHigh) {
            return median(t, i, median, low, high, unit, scope, out);
        }
        int start = t.at(i).start;
        int end = t.at(j - 1).end;
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.RANGE)
                .start(start)
                .end(end)
                .text(t.slice(start, end))
                .printedValue((negativeLow ? "-" : "") + low.digits + "-" + (negativeHigh ? "-" : "") + high.digits)
                .printedLower((negativeLow ? "-" : "") + low.digits)
                .printedUpper((negativeHigh ? "-" : "") + high.digits)
                .approximate(i <= scope.approximateUntil());
        if (fold) {
            b.unitLabel("fold");
        }
        // "response rates ... range from 30 to 50%": a range of rates names its endpoint earlier in the sentence
        int reach = unit == Unit.PERCENT ? 24 : 5;
        Endpoint after = NearValue.endpointForAfter(t, j);
        if (scope.endpoint() != null
                && (scope.endpointAt() < 0 || (scope.endpointAt() < i && i - scope.endpointAt() <= reach))) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        } else if (after != null) {
            b.endpoint(after); // "0.74 to 0.86 in the HR for OS"
        }
        try {
            b.estimate(ValueRange.between(lowValue, highValue, unit));
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
            return new Step(j, scope);
        }
        PValues.Read p = PValues.tail(t, j, out);
        if (p != null && p.p() != null) {
            b.pValue(p.p()).end(t.at(p.next() - 1).end).text(t.slice(start, t.at(p.next() - 1).end));
            j = p.next();
        }
        out.add(b.build());
        return new Step(j, scope);
    }

    /** "ranging from", "ranged from", "range from", "ranges from" before the low end at {@code i}. */
    private static boolean rangingBefore(Tokens t, int i) {
        Lexeme verb = t.at(i - 2);
        return t.at(i - 1).isWord("from")
                && (verb.isWord("ranging") || verb.isWord("ranged") || verb.isWord("range") || verb.isWord("ranges"));
    }

    /**
     * "(median 2.7 months)", "(median=120)" at {@code j}: the token index of the median's number when
     * the bracket holds only the median, or -1.
     */
    private static int medianInBrackets(Tokens t, int j) {
        if (!Tokens.isOpener(t.at(j).type) || !t.at(j + 1).isWord("median")) {
            return -1;
        }
        int k = j + 2;
        if (t.at(k).is(Sym.EQ) || t.at(k).is(Sym.COLON) || t.at(k).is(Sym.COMMA)) {
            k++;
        }
        Lexeme num = t.at(k);
        if (!num.is(Sym.NUM) || num.spelled) {
            return -1;
        }
        int close = Words.timeUnit(t.at(k + 1)) != null || t.at(k + 1).is(Sym.PCT) ? k + 2 : k + 1;
        return Tokens.isCloser(t.at(close).type) ? k : -1;
    }

    /**
     * "ranged from 1.0 to 5.8 months (median 2.7 months)": a median with the range printed before it,
     * a time when it has a unit of time.
     */
    private static Step median(
            Tokens t, int i, int at, Lexeme low, Lexeme high, Unit rangeUnit, Scope scope, Findings out) {
        Lexeme num = t.at(at);
        Unit own = Words.timeUnit(t.at(at + 1));
        Unit unit = own != null ? own : t.at(at + 1).is(Sym.PCT) ? Unit.PERCENT : rangeUnit;
        int close = own != null || t.at(at + 1).is(Sym.PCT) ? at + 2 : at + 1;
        int start = t.at(i).start;
        int end = t.at(close).end;
        boolean time = unit.isTime();
        EffectStatement.Kind kind = time ? EffectStatement.Kind.MEDIAN_TIME : EffectStatement.Kind.MEDIAN;
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(kind)
                .start(start)
                .end(end)
                .text(t.slice(start, end))
                .printedValue(num.digits)
                .value(num.number)
                .printedLower(low.digits)
                .printedUpper(high.digits)
                .approximate(i <= scope.approximateUntil());
        try {
            b.estimate(time ? MedianTime.of(num.number, unit) : Quantity.of(num.number));
            if (low.number <= high.number) {
                b.spread(Spread.of(Spread.Kind.RANGE, low.number, high.number, false));
            }
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
        }
        if (scope.endpoint() != null
                && (scope.endpointAt() < 0 || (scope.endpointAt() < i && i - scope.endpointAt() <= 5))) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        out.add(b.build());
        return new Step(close + 1, scope);
    }

    /**
     * Whether the token at {@code b} is a "between" that opens a range: not the one of a comparison ("the
     * difference between 50% and 65%", "to differentiate between 50% and 65% survival"), which names two values.
     */
    private static boolean betweenOpensRange(Tokens t, int b) {
        if (!t.at(b).isWord("between")) {
            return false;
        }
        Lexeme before = t.at(b - 1);
        for (String w : COMPARING) {
            if (before.isWord(w)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.List<String> COMPARING = java.util.List.of(
            "differentiate",
            "distinguish",
            "difference",
            "differences",
            "compare",
            "comparing",
            "comparison",
            "choose",
            "gap",
            "contrast",
            "discriminate");
}
