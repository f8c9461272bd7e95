package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The Lancet's mid-dot decimals as text extraction often leaves them, hyphens in their place: {@code
 * 23-6 million (22-2-24-9)} for {@code 23·6 million (22·2–24·9)}. Only this whole shape is read: a
 * hyphenated pair of integers, a unit of amount, and a bracket of exactly four hyphenated integers
 * whose two halves bound the value; then the hyphen inside each pair can only be a decimal point.
 * Read with a {@link Diagnostic.Code#TYPO_READ} diagnostic, never silently. Anything less ("23-6
 * million" alone, "(22-24)") is left to the other recognizers, which do not read it as decimals.
 */
final class HyphenDecimals implements Recognizer {

    /** Where it may start ({@link Recognizer#mayStartAt}): "1-5 million (1-2-1-8)": the number's hyphen comes next. */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return t.at(i + 1).is(Sym.DASH);
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        if (!pair(t, i)) {
            return null;
        }
        int j = i + 3;
        String unitWord = null;
        Lexeme u = t.at(j);
        if (u.isWord("million") || u.isWord("billion") || u.isWord("thousand")) {
            unitWord = u.lower;
            j++;
        }
        if (unitWord == null
                || !Tokens.isOpener(t.at(j).type)
                || !pair(t, j + 1)
                || !t.at(j + 4).is(Sym.DASH)
                || t.at(j + 4).spaceBefore
                || t.at(j + 5).spaceBefore
                || !pair(t, j + 5)
                || !Tokens.isCloser(t.at(j + 8).type)) {
            return null;
        }
        String value = decimal(t, i);
        String lower = decimal(t, j + 1);
        String upper = decimal(t, j + 5);
        double v = Double.parseDouble(value);
        double lo = Double.parseDouble(lower);
        double hi = Double.parseDouble(upper);
        if (!(lo <= v && v <= hi && lo < hi)) {
            return null; // the halves do not bound the value: not this shape
        }
        int next = j + 9;
        int start = t.at(i).start;
        int end = t.at(next - 1).end;
        out.report(
                Diagnostic.Code.TYPO_READ,
                "\"" + t.slice(start, end) + "\" read as " + value + " " + unitWord + " (" + lower + "–" + upper
                        + "): hyphens in place of mid-dot decimal points",
                start,
                end);
        Intervals.Bound low = new Intervals.Bound(lo, lower, false, false, null, j + 4);
        Intervals.Bound high = new Intervals.Bound(hi, upper, false, false, null, j + 8);
        Intervals.Group g = new Intervals.Group(
                low,
                high,
                ConfidenceInterval.DEFAULT_LEVEL,
                true,
                false,
                Intervals.What.CONFIDENCE,
                null,
                false,
                j,
                next);
        ConfidenceInterval ci = IntervalChecks.checked(t, g, v, out);
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.QUANTITY)
                .start(start)
                .end(end)
                .text(t.slice(start, end))
                .printedValue(value)
                .value(v)
                .unitLabel(unitWord)
                .approximate(i <= scope.approximateUntil());
        Intervals.printed(b, g);
        if (ci != null) {
            b.ci(ci);
        }
        try {
            EffectEstimate e = Estimates.of(EffectStatement.Kind.QUANTITY, v, ci, null, unitWord, "");
            if (e != null) {
                b.estimate(e);
            }
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
        }
        out.add(b.build());
        return new Step(next, scope);
    }

    /** Two integers joined by a hyphen with no space at {@code i}: "23-6". */
    private static boolean pair(Tokens t, int i) {
        Lexeme a = t.at(i);
        Lexeme dash = t.at(i + 1);
        Lexeme b = t.at(i + 2);
        return a.is(Sym.NUM)
                && b.is(Sym.NUM)
                && !a.spelled
                && !b.spelled
                && a.digits.indexOf('.') < 0
                && b.digits.indexOf('.') < 0
                && dash.is(Sym.DASH)
                && !dash.spaceBefore
                && !b.spaceBefore;
    }

    private static String decimal(Tokens t, int i) {
        return t.at(i).digits + "." + t.at(i + 2).digits;
    }
}
