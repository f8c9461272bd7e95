package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * Intervals: {@code (95% CI 0.44–0.87)}, {@code ; 95% CI, 0.44 to 0.87}, {@code [0.70-0.91]}, {@code
 * CI 95% [0.78-1.04]}, {@code 95%CI: 1.025,2.173}, {@code (one-sided 95% CI 30.5 to NE)}, {@code (95%
 * UI 10·1–15·2 million)}, {@code (95% CrI ...)}, {@code (range, 44.2–60.3)}, {@code [IQR 61-140]},
 * {@code (2.2-37.9+)}, {@code 95% Cl} (a lower-case L, read with a diagnostic). After an estimate
 * {@link #after} reads one; on its own, the recognizer makes an {@link EffectStatement.Kind#INTERVAL}
 * statement.
 */
final class Intervals implements Recognizer {

    /** What the interval is. */
    enum What {
        CONFIDENCE,
        UNCERTAINTY,
        CREDIBLE,
        PREDICTION,
        RANGE,
        IQR
    }

    /** One end: a number (with its printed digits), or open ("NR", "NE"). */
    record Bound(
            double value,
            String printed,
            boolean open,
            boolean censored,
            @Nullable Unit unit,
            int next) {}

    /** An interval read from tokens {@code [first, next)}. */
    record Group(
            Bound lower,
            Bound upper,
            double level,
            boolean levelAssumed,
            boolean oneSided,
            What what,
            @Nullable PValue p,
            boolean named,
            int first,
            int next) {

        /** Both ends are numbers and the lower is not below the upper: no interval, whatever was printed. */
        boolean isInverted() {
            return !lower.open()
                    && !upper.open()
                    && !lower.printed().isEmpty()
                    && !upper.printed().isEmpty()
                    && lower.value() >= upper.value();
        }

        boolean isSpread() {
            return what == What.RANGE || what == What.IQR;
        }
    }

    /** The words that name an interval, read at a token index. */
    record Descriptor(double level, boolean oneSided, What what, boolean named, int next) {}

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        boolean rangeColumn = scope.label() == EffectStatement.Kind.RANGE && scope.labelAt() < 0;
        boolean column = (scope.label() == EffectStatement.Kind.INTERVAL || rangeColumn) && scope.labelAt() < 0;
        // "−4.59 to 5.99" under "95% CI of the difference": a cell may start with its lower bound's minus
        boolean starts = tok.is(Sym.NUM)
                || tok.is(Sym.WORD)
                || Tokens.isOpener(tok.type)
                || (column && (tok.is(Sym.MINUS) || tok.is(Sym.DASH)));
        if (!starts) {
            return null;
        }
        Group g = column ? cell(t, i, scope) : read(t, i, scope, out, true);
        if (g == null) {
            return null;
        }
        if (rangeColumn || g.isSpread()) {
            // "(range 0.94–1.49)" standing alone, or "25–80" under a "Range" header
            return range(t, i, g, scope, out);
        }
        int j = g.next;
        PValues.Read p = PValues.tail(t, j, out);
        PValue pv = g.p;
        if (p != null) {
            j = p.next();
            pv = p.p();
        }
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.INTERVAL)
                .start(t.at(i).start)
                .end(t.at(j - 1).end)
                .text(t.span(i, j - 1));
        printed(b, g);
        if (column && scope.endpoint() != null) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        ConfidenceInterval ci = IntervalChecks.checked(t, g, Double.NaN, out);
        if (ci != null) {
            b.ci(ci);
        }
        if (pv != null) {
            b.pValue(pv);
        }
        out.add(b.build());
        return new Step(j, scope);
    }

    /** A named range or interquartile range standing alone, or a cell of a range column, as a RANGE statement. */
    private static @Nullable Step range(Tokens t, int i, Group g, Scope scope, Findings out) {
        if (g.lower().open()
                || g.upper().open()
                || g.lower().value() >= g.upper().value()) {
            return null;
        }
        int end = t.at(g.next() - 1).end;
        Unit unit = g.upper().unit() != null ? g.upper().unit() : scope.unit() != null ? scope.unit() : Unit.NONE;
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.RANGE)
                .start(t.at(i).start)
                .end(end)
                .text(t.slice(t.at(i).start, end))
                .printedValue(g.lower().printed() + "-" + g.upper().printed());
        printed(b, g);
        if (scope.endpoint() != null && scope.endpointAt() < 0) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        try {
            b.estimate(ValueRange.between(g.lower().value(), g.upper().value(), unit));
        } catch (IllegalArgumentException e) {
            out.report(
                    Diagnostic.Code.INVALID_VALUE,
                    "\"" + t.slice(t.at(i).start, end) + "\": " + e.getMessage(),
                    t.at(i).start,
                    end);
            return new Step(g.next(), scope);
        }
        out.add(b.build());
        return new Step(g.next(), scope);
    }

    /** A cell under a "95% CI" header: {@code 0.85-0.99}, {@code (7.4–NE)}, {@code [−2.00; 9.39]}, {@code 0·48, 0·82}. */
    private static @Nullable Group cell(Tokens t, int i, Scope scope) {
        int j = i;
        boolean opener = Tokens.isOpener(t.at(j).type);
        if (opener) {
            j++;
        }
        Bound lower = IntervalBounds.bound(t, j);
        if (lower == null) {
            return null;
        }
        j = lower.next();
        Lexeme sep = t.at(j);
        if (!(sep.is(Sym.DASH) || sep.isWord("to") || sep.is(Sym.COMMA) || sep.is(Sym.SEMI) || sep.is(Sym.MINUS))) {
            return null;
        }
        j++;
        Bound upper = IntervalBounds.bound(t, j);
        if (upper == null) {
            return null;
        }
        j = upper.next();
        if (opener && Tokens.isCloser(t.at(j).type)) {
            j++;
        }
        double level = scope.declaredLevel() > 0 ? scope.declaredLevel() : ConfidenceInterval.DEFAULT_LEVEL;
        return new Group(lower, upper, level, false, false, What.CONFIDENCE, null, true, i, j);
    }

    /**
     * The interval inside the value's own bracket after a comma: {@code (1.12, 1.09 to 1.14)}, {@code
     * (0·93, 0·69-1·27)}; the bracket must close right after it. Its level is assumed unless declared.
     */
    static @Nullable Group inside(Tokens t, int i, Scope scope) {
        return unnamed(t, i, scope, true);
    }

    /**
     * "0.81 – 1.02" with no bracket or name of its own, ending at a bracket, a comma, a semicolon or
     * the end: an interval of the assumed (or declared) level, for a caller that checks it fits.
     */
    static @Nullable Group bare(Tokens t, int i, Scope scope) {
        return unnamed(t, i, scope, false);
    }

    /** "lower-upper" with no name: up to a closing bracket, or (unless {@code closed}) a comma, semicolon or end. */
    private static @Nullable Group unnamed(Tokens t, int i, Scope scope, boolean closed) {
        Bound lower = IntervalBounds.bound(t, i);
        if (lower == null) {
            return null;
        }
        int j = lower.next();
        if (!(t.at(j).is(Sym.DASH) || t.at(j).isWord("to"))) {
            return null;
        }
        Bound upper = IntervalBounds.bound(t, j + 1);
        if (upper == null) {
            return null;
        }
        Sym after = t.at(upper.next()).type;
        boolean ends =
                Tokens.isCloser(after) || (!closed && (after == Sym.COMMA || after == Sym.SEMI || after == Sym.STOP));
        if (!ends) {
            return null;
        }
        int next = upper.next();
        if (!closed && Tokens.isCloser(after) && t.isStrayCloser(next)) {
            next++;
        }
        boolean declared = scope.declaredLevel() > 0;
        double level = declared ? scope.declaredLevel() : ConfidenceInterval.DEFAULT_LEVEL;
        return new Group(lower, upper, level, !declared, false, What.CONFIDENCE, null, false, i, next);
    }

    static void printed(ImmutableEffectStatement.Builder b, Group g) {
        if (g.isInverted()) {
            // reported and not attached ("40% (60%, 12-18)"): a statement without its interval prints no bounds
            return;
        }
        // a one-sided bound prints one end
        if (!g.lower.printed.isEmpty()) {
            b.printedLower(g.lower.printed);
        }
        if (!g.upper.printed.isEmpty()) {
            b.printedUpper(g.upper.printed);
        }
    }

    /**
     * An interval starting at token {@code i}. With {@code alone}, it must name itself ("95% CI");
     * after an estimate a bracketed pair of numbers is enough (its level assumed 95% unless the scope
     * declared one).
     */
    static @Nullable Group after(Tokens t, int i, Scope scope, Findings out) {
        return read(t, i, scope, out, false);
    }

    private static @Nullable Group read(Tokens t, int i, Scope scope, Findings out, boolean alone) {
        int j = i;
        if (!alone && (t.at(j).is(Sym.COMMA) || t.at(j).is(Sym.SEMI))) {
            j++;
        }
        Sym opener = null;
        boolean doubled = false;
        if (Tokens.isOpener(t.at(j).type)) {
            opener = t.at(j).type;
            j++;
            if (Tokens.isOpener(t.at(j).type)
                    && (t.at(j + 1).is(Sym.NUM) || t.at(j + 1).is(Sym.WORD))) {
                doubled = true; // "((95% CI 0.55-0.90)": a bracket typed twice
                j++;
            }
        }
        if (opener != null && !doubled) {
            Group one = confidenceBound(t, i, j);
            if (one != null) {
                return one;
            }
        }
        Descriptor d = IntervalWords.descriptor(t, j, out);
        // "59 years (from 20 to 85)": a range spelled with "from" inside the bracket after a value
        if (d == null && opener != null && t.at(j).isWord("from") && t.at(j + 1).is(Sym.NUM)) {
            d = new Descriptor(0, false, What.RANGE, true, j + 1);
        }
        boolean named = d != null;
        if (d == null) {
            if (alone || opener == null) {
                return null;
            }
            What what = scope.declaredSpread() == Spread.Kind.IQR
                    ? What.IQR
                    : scope.declaredSpread() == Spread.Kind.RANGE ? What.RANGE : What.CONFIDENCE;
            double level = scope.declaredLevel() > 0 ? scope.declaredLevel() : ConfidenceInterval.DEFAULT_LEVEL;
            d = new Descriptor(level, false, what, false, j);
        }
        j = d.next;
        // "95% CI: 0.5", "95% CI, 0.5", "95% CI = 0.5", "95 % CI; -2.4, 47.8", and "95 % CI: : -7.1" typed twice
        if (named
                && (t.at(j).is(Sym.SEMI) || t.at(j).is(Sym.COLON))
                && t.at(j + 1).is(Sym.COLON)) {
            j++;
        }
        if (t.at(j).is(Sym.COLON)
                || t.at(j).is(Sym.COMMA)
                || t.at(j).is(Sym.EQ)
                || (named && t.at(j).is(Sym.SEMI))) {
            j++;
        }
        boolean inner = false;
        if (named && Tokens.isOpener(t.at(j).type)) {
            inner = true;
            j++;
        }
        Bound lower = IntervalBounds.bound(t, j);
        if (lower == null) {
            lower = IntervalBounds.openPair(t, j);
            if (lower == null) {
                return null;
            }
            j = lower.next - 1; // "(NE-NE)": one word for both ends; the upper is read from the same token
        } else {
            j = lower.next;
        }
        boolean comma = t.at(j).is(Sym.COMMA) || t.at(j).is(Sym.SEMI);
        Bound upper;
        if (lower.open() && lower.next == j + 1 && IntervalBounds.openPair(t, j) != null) {
            upper = lower; // "NE-NE"
        } else {
            if (t.at(j).is(Sym.DASH)
                    || t.at(j).isWord("to")
                    || (comma && (named || opener != null))
                    || (t.at(j).is(Sym.SLASH) && d.what == What.IQR && named)) {
                j++; // "(quartiles 66/201)": quartiles parted by a slash
            } else if (t.at(j).is(Sym.MINUS) && t.at(j + 1).is(Sym.NUM)) {
                // "0.44−0.87": a minus sign used as the dash; the bound after it is positive
                j++;
            } else {
                return null;
            }
            upper = IntervalBounds.bound(t, j);
            if (upper == null && (comma || t.at(j - 1).isWord("to"))) {
                upper = IntervalBounds.dashForOpen(t, j); // "18 (15.3, –)": the upper end not estimable
            }
        }
        if (upper == null) {
            return null;
        }
        j = upper.next;
        if (comma && !named && t.at(j).is(Sym.DASH) && t.at(j + 1).is(Sym.NUM)) {
            return null; // "(60%, 12-18)": a number and a range after it, not the two ends of an interval
        }
        if (inner && Tokens.isCloser(t.at(j).type)) {
            j++;
        }
        boolean levelAssumed = !named && d.what == What.CONFIDENCE && scope.declaredLevel() <= 0;
        PValue p = null;
        if (opener != null) {
            PValues.Read tail = PValues.tail(t, j, out);
            if (tail != null) {
                p = tail.p();
                j = tail.next();
            }
            if (Tokens.isCloser(t.at(j).type)) {
                j++;
                if (doubled && Tokens.isCloser(t.at(j).type)) {
                    j++;
                } else if (doubled) {
                    out.report(
                            Diagnostic.Code.UNBALANCED_BRACKET,
                            "\"" + t.span(i, j - 1) + "\" opens two brackets and closes one; read as one",
                            t.at(i).start,
                            t.at(j - 1).end);
                }
            } else if (!t.at(j).is(Sym.SEMI) && !t.at(j).is(Sym.COMMA)) {
                out.report(
                        Diagnostic.Code.UNBALANCED_BRACKET,
                        "\"" + t.span(i, j - 1) + "\" opens a bracket that does not close after the interval",
                        t.at(i).start,
                        t.at(j - 1).end);
            }
        }
        j = IntervalChecks.strayCloser(t, j, out);
        return new Group(lower, upper, d.level, levelAssumed, d.oneSided, d.what, p, named, i, j);
    }

    /**
     * "(95% lower confidence bound 78.2%)", "(75% upper confidence bound 71.0%)", "(lower 95% confidence
     * limit, 0.61)": one end of a one-sided interval, the other open; {@code j} is just inside the
     * bracket opened at {@code i}. The model's intervals have two finite ends, so the statement keeps
     * the printed end without an interval.
     */
    private static @Nullable Group confidenceBound(Tokens t, int i, int j) {
        int k = j;
        double level = 0;
        int afterLevel = IntervalWords.level(t, k);
        if (afterLevel > k) {
            level = IntervalWords.fraction(t.at(k));
            k = afterLevel;
        }
        boolean lowerEnd = t.at(k).isWord("lower");
        if (!lowerEnd && !t.at(k).isWord("upper")) {
            return null;
        }
        k++;
        if (level == 0 && IntervalWords.level(t, k) > k) {
            level = IntervalWords.fraction(t.at(k));
            k = IntervalWords.level(t, k);
        }
        if (t.at(k).isWord("confidence")) {
            k++;
        }
        if (!t.at(k).isWord("bound") && !t.at(k).isWord("limit")) {
            return null;
        }
        k++;
        if (t.at(k).is(Sym.COLON)
                || t.at(k).is(Sym.COMMA)
                || t.at(k).is(Sym.EQ)
                || t.at(k).isWord("of")) {
            k++;
        }
        Bound end = IntervalBounds.bound(t, k);
        if (end == null || end.open() || !Tokens.isCloser(t.at(end.next()).type)) {
            return null;
        }
        Bound open = new Bound(Double.NaN, "", true, false, null, end.next());
        double lvl = level > 0 ? level : ConfidenceInterval.DEFAULT_LEVEL;
        return lowerEnd
                ? new Group(end, open, lvl, level == 0, true, What.CONFIDENCE, null, true, i, end.next() + 1)
                : new Group(open, end, lvl, level == 0, true, What.CONFIDENCE, null, true, i, end.next() + 1);
    }
}
