package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/** Ranges standing alone: {@code 80%-95%}, {@code 80% to 95%}, {@code 7–19%}, {@code 6-12 months}. */
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
        boolean dash = t.at(j).is(Sym.DASH)
                || t.at(j).isWord("to")
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
        boolean fold =
                t.at(j).is(Sym.DASH) && !t.at(j).spaceBefore && t.at(j + 1).isWord("fold") && !t.at(j + 1).spaceBefore;
        Unit unit = t.at(j).is(Sym.PCT) ? Unit.PERCENT : lowPercent ? null : fold ? Unit.NONE : Words.timeUnit(t.at(j));
        if (unit == null || (suspended && !fold && unit != Unit.PERCENT && !unit.isTime())) {
            return null;
        }
        if (fold) {
            j++; // "-fold": a multiple
        }
        if (lowValue >= highValue) {
            return null;
        }
        if (unit == Unit.PERCENT && lowValue < 0) {
            unit = Unit.PERCENTAGE_POINTS; // "−15% to 15%": margins of a difference, not shares
        }
        j++;
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
        if (scope.endpoint() != null
                && (scope.endpointAt() < 0 || (scope.endpointAt() < i && i - scope.endpointAt() <= reach))) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
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
}
