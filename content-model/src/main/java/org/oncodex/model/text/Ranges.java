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
        Lexeme low = t.at(i);
        if (!low.is(Sym.NUM) || low.spelled) {
            return null;
        }
        int j = i + 1;
        boolean lowPercent = t.at(j).is(Sym.PCT);
        if (lowPercent) {
            j++;
        }
        if (!(t.at(j).is(Sym.DASH) || t.at(j).isWord("to"))) {
            return null;
        }
        j++;
        Lexeme high = t.at(j);
        if (!high.is(Sym.NUM) || high.spelled) {
            return null;
        }
        j++;
        Unit unit = t.at(j).is(Sym.PCT) ? Unit.PERCENT : lowPercent ? null : Words.timeUnit(t.at(j));
        if (unit == null) {
            return null;
        }
        if (low.number >= high.number) {
            return null;
        }
        j++;
        int start = t.at(i).start;
        int end = t.at(j - 1).end;
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.RANGE)
                .start(start)
                .end(end)
                .text(t.slice(start, end))
                .printedValue(low.digits + "-" + high.digits)
                .printedLower(low.digits)
                .printedUpper(high.digits)
                .approximate(i <= scope.approximateUntil());
        if (scope.endpoint() != null
                && (scope.endpointAt() < 0 || (scope.endpointAt() < i && i - scope.endpointAt() <= 5))) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        try {
            b.estimate(ValueRange.between(low.number, high.number, unit));
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
