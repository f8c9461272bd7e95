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
        ConfidenceInterval ci = checked(t, g, Double.NaN, out);
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
        Bound lower = bound(t, j);
        if (lower == null) {
            return null;
        }
        j = lower.next();
        Lexeme sep = t.at(j);
        if (!(sep.is(Sym.DASH) || sep.isWord("to") || sep.is(Sym.COMMA) || sep.is(Sym.SEMI) || sep.is(Sym.MINUS))) {
            return null;
        }
        j++;
        Bound upper = bound(t, j);
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
        Bound lower = bound(t, i);
        if (lower == null) {
            return null;
        }
        int j = lower.next();
        if (!(t.at(j).is(Sym.DASH) || t.at(j).isWord("to"))) {
            return null;
        }
        Bound upper = bound(t, j + 1);
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
        Descriptor d = descriptor(t, j, out);
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
        Bound lower = bound(t, j);
        if (lower == null) {
            lower = openPair(t, j);
            if (lower == null) {
                return null;
            }
            j = lower.next - 1; // "(NE-NE)": one word for both ends; the upper is read from the same token
        } else {
            j = lower.next;
        }
        boolean comma = t.at(j).is(Sym.COMMA) || t.at(j).is(Sym.SEMI);
        Bound upper;
        if (lower.open() && lower.next == j + 1 && openPair(t, j) != null) {
            upper = lower; // "NE-NE"
        } else {
            if (t.at(j).is(Sym.DASH) || t.at(j).isWord("to") || (comma && (named || opener != null))) {
                j++;
            } else if (t.at(j).is(Sym.MINUS) && t.at(j + 1).is(Sym.NUM)) {
                // "0.44−0.87": a minus sign used as the dash; the bound after it is positive
                j++;
            } else {
                return null;
            }
            upper = bound(t, j);
        }
        if (upper == null) {
            return null;
        }
        j = upper.next;
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
        j = strayCloser(t, j, out);
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
        int afterLevel = level(t, k);
        if (afterLevel > k) {
            level = t.at(k).number / 100;
            k = afterLevel;
        }
        boolean lowerEnd = t.at(k).isWord("lower");
        if (!lowerEnd && !t.at(k).isWord("upper")) {
            return null;
        }
        k++;
        if (level == 0 && level(t, k) > k) {
            level = t.at(k).number / 100;
            k = level(t, k);
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
        Bound end = bound(t, k);
        if (end == null || end.open() || !Tokens.isCloser(t.at(end.next()).type)) {
            return null;
        }
        Bound open = new Bound(Double.NaN, "", true, false, null, end.next());
        double lvl = level > 0 ? level : ConfidenceInterval.DEFAULT_LEVEL;
        return lowerEnd
                ? new Group(end, open, lvl, level == 0, true, What.CONFIDENCE, null, true, i, end.next() + 1)
                : new Group(open, end, lvl, level == 0, true, What.CONFIDENCE, null, true, i, end.next() + 1);
    }

    static int strayCloser(Tokens t, int j, Findings out) {
        if (t.isStrayCloser(j)) {
            Lexeme stray = t.at(j);
            out.report(
                    Diagnostic.Code.UNBALANCED_BRACKET,
                    "\"" + stray.text + "\" after the interval closes nothing; ignored",
                    stray.start,
                    stray.end);
            return j + 1;
        }
        return j;
    }

    /**
     * {@code [one-sided] 95% CI}, {@code CI 95%}, {@code 95 percent confidence interval (CI)}, {@code
     * 95% UI}, {@code range}, {@code IQR}; null when no interval is named at {@code i}.
     */
    static @Nullable Descriptor descriptor(Tokens t, int i, Findings out) {
        int j = i;
        boolean oneSided = false;
        if (t.at(j).isWord("one-sided") || t.at(j).isWord("two-sided")) {
            oneSided = t.at(j).isWord("one-sided");
            j++;
        } else if ((t.at(j).isWord("one") || t.at(j).isWord("two"))
                && t.at(j + 1).is(Sym.DASH)
                && t.at(j + 2).isWord("sided")) {
            oneSided = t.at(j).isWord("one");
            j += 3;
        }
        double level = 0;
        int afterLevel = level(t, j);
        if (afterLevel > j) {
            level = t.at(j).number / 100;
            j = afterLevel;
        }
        if (t.at(j).isWord("one-sided") || t.at(j).isWord("two-sided")) {
            oneSided = t.at(j).isWord("one-sided");
            j++;
        }
        if (level > 0 && t.at(j).is(Sym.DASH) && !t.at(j).spaceBefore) {
            j++; // 95%-CI, 95%-KI
        }
        // "95% binomial confidence interval", "95% binomial-Poisson confidence interval": how it was computed
        if (level > 0
                && t.at(j).is(Sym.WORD)
                && !t.at(j).isWord("confidence")
                && (t.at(j + 1).isWord("confidence") || t.at(j + 1).isWord("credible"))) {
            j++;
        }
        int w = whatWords(t, j, out, level > 0);
        if (w == j) {
            return null;
        }
        What what = whatAt(t, j);
        j = w;
        if (level == 0) {
            int after = level(t, j);
            if (after > j) {
                level = t.at(j).number / 100;
                j = after;
            }
        }
        // [CI] or (CI) or (95% CI) after the words
        if (Tokens.isOpener(t.at(j).type) && t.at(j + 1).is(Sym.WORD) && Tokens.isCloser(t.at(j + 2).type)) {
            j += 3;
        } else if (Tokens.isOpener(t.at(j).type)
                && level(t, j + 1) == j + 3
                && t.at(j + 3).is(Sym.WORD)
                && Tokens.isCloser(t.at(j + 4).type)) {
            j += 5;
        }
        // "a 95% confidence interval of (0.12, 0.19)"
        if (t.at(j).isWord("of") && (t.at(j + 1).is(Sym.NUM) || Tokens.isOpener(t.at(j + 1).type))) {
            j++;
        }
        boolean spread = what == What.RANGE || what == What.IQR;
        if (level == 0) {
            level = ConfidenceInterval.DEFAULT_LEVEL;
        }
        return new Descriptor(spread ? 0 : level, oneSided, what, true, j);
    }

    /** {@code 95%} or {@code 95 percent} at {@code i}; the index after it, or {@code i}. */
    static int level(Tokens t, int i) {
        Lexeme num = t.at(i);
        if (!num.is(Sym.NUM) || num.spelled || num.number < 50 || num.number >= 100) {
            return i;
        }
        return t.at(i + 1).is(Sym.PCT) ? i + 2 : i;
    }

    private static int whatWords(Tokens t, int i, Findings out, boolean afterLevel) {
        Lexeme tok = t.at(i);
        switch (tok.lower) {
            case "ci", "cis", "ui", "cri", "cr", "iqr", "ic", "ki", "konfidenzintervall", "c.i" -> {
                if (tok.lower.equals("cr") && !t.at(i + 1).isWord("i")) {
                    return i;
                }
                return tok.lower.equals("cr") ? i + 2 : i + 1;
            }
            case "cl" -> {
                if (afterLevel || t.at(i + 1).is(Sym.NUM) || t.at(i + 1).is(Sym.COLON)) {
                    out.report(
                            Diagnostic.Code.TYPO_READ,
                            "\"" + tok.text + "\" read as \"CI\" (a lower-case L for the letter I)",
                            tok.start,
                            tok.end);
                    return i + 1;
                }
                return i;
            }
            case "konfidenzintervall:" -> {
                return i + 1;
            }
            case "pi" -> {
                // "95% PI": after a level only, where it cannot be the letters of a name
                return afterLevel ? i + 1 : i;
            }
            case "prediction" -> {
                return t.at(i + 1).isWord("interval") || t.at(i + 1).isWord("intervals") ? i + 2 : i;
            }
            case "c" -> {
                // "95% C.I.": the letters with their full stops
                boolean dotted = t.at(i + 1).text.equals(".")
                        && !t.at(i + 1).spaceBefore
                        && t.at(i + 2).isWord("i")
                        && !t.at(i + 2).spaceBefore;
                if (!dotted) {
                    return i;
                }
                return t.at(i + 3).text.equals(".") && !t.at(i + 3).spaceBefore ? i + 4 : i + 3;
            }
            case "confidence", "uncertainty", "credible", "credibility" -> {
                if (t.at(i + 1).isWord("interval")
                        || t.at(i + 1).isWord("intervals")
                        || t.at(i + 1).isWord("limits")
                        || t.at(i + 1).isWord("limit")) {
                    return i + 2;
                }
                return i;
            }
            case "interquartile" -> {
                return t.at(i + 1).isWord("range") ? i + 2 : i;
            }
            case "range" -> {
                return i + 1;
            }
            default -> {
                // "95% CIb": a table's footnote letter glued to CI
                String w = tok.text;
                boolean footnoted = w.length() == 3 && w.startsWith("CI") && w.charAt(2) >= 'a' && w.charAt(2) <= 'f';
                return footnoted ? i + 1 : i;
            }
        }
    }

    private static What whatAt(Tokens t, int i) {
        return switch (t.at(i).lower) {
            case "ui", "uncertainty" -> What.UNCERTAINTY;
            case "cri", "cr", "credible", "credibility" -> What.CREDIBLE;
            case "pi", "prediction" -> What.PREDICTION;
            case "iqr", "interquartile" -> What.IQR;
            case "range" -> What.RANGE;
            default -> What.CONFIDENCE;
        };
    }

    /** One end of an interval: a number with an optional sign, "+", unit, or "NR"/"NE"/"not reached". */
    static @Nullable Bound bound(Tokens t, int i) {
        int j = i;
        // "(< 0.1+ to 28.0+)": an end of a range printed as a bound, read as its number
        if ((t.at(j).is(Sym.LT)
                        || t.at(j).is(Sym.LE)
                        || t.at(j).is(Sym.GT)
                        || t.at(j).is(Sym.GE))
                && t.at(j + 1).is(Sym.NUM)
                && (t.at(j + 2).is(Sym.PLUS)
                        || t.at(j + 2).isWord("to")
                        || t.at(j + 2).is(Sym.DASH))) {
            j++;
        }
        boolean negative = false;
        if (t.at(j).is(Sym.MINUS) || (t.at(j).is(Sym.DASH) && t.at(j + 1).is(Sym.NUM) && !t.at(j + 1).spaceBefore)) {
            negative = true;
            j++;
        }
        Lexeme num = t.at(j);
        if (num.is(Sym.NUM) && PValues.lostPoint(num)) {
            return null; // "0823": a decimal point lost in extraction, not 823
        }
        if (num.is(Sym.NUM) && !num.spelled) {
            j++;
            boolean censored = false;
            if (t.at(j).is(Sym.PLUS) && !t.at(j).spaceBefore) {
                censored = true;
                j++;
            }
            Unit unit = null;
            if (t.at(j).is(Sym.PCT)) {
                unit = Unit.PERCENT;
                j++;
            } else if (Words.timeUnit(t.at(j)) != null) {
                unit = Words.timeUnit(t.at(j));
                j++;
            } else if (t.at(j).isWord("million") || t.at(j).isWord("billion")) {
                j++;
            }
            double v = negative ? -num.number : num.number;
            return new Bound(v, (negative ? "-" : "") + num.digits, false, censored, unit, j);
        }
        if (negative) {
            return null;
        }
        String open = openWord(t, j);
        if (open != null) {
            int next = openWordEnd(t, j);
            return new Bound(0, open.equals("not reached") || open.equals("NR") ? "NR" : "NE", true, false, null, next);
        }
        return null;
    }

    /** "NR" or "NE" for an abbreviation of an open value as printed, or null. */
    private static @Nullable String openWord(String text) {
        return switch (text) {
            case "NR", "nr", "Nr" -> "NR";
            case "NE", "ne", "NA", "NAv", "NC", "NEst" -> "NE";
            default -> null;
        };
    }

    /** "NE-NE", "NR-NR": both ends of an interval open, written as one hyphenated word; null otherwise. */
    private static @Nullable Bound openPair(Tokens t, int i) {
        Lexeme tok = t.at(i);
        int dash = tok.type == Sym.WORD ? tok.text.indexOf('-') : -1;
        if (dash <= 0 || dash != tok.text.lastIndexOf('-')) {
            return null;
        }
        String a = openWord(tok.text.substring(0, dash));
        String b = openWord(tok.text.substring(dash + 1));
        if (a == null || b == null || !a.equals(b)) {
            return null;
        }
        return new Bound(0, a, true, false, null, i + 1);
    }

    /** "N.A.", "N.R.", "N.E.": an open end's abbreviation printed with full stops; null otherwise. */
    private static @Nullable String dottedOpen(Tokens t, int i) {
        Lexeme n = t.at(i);
        Lexeme dot = t.at(i + 1);
        Lexeme letter = t.at(i + 2);
        if (!n.text.equals("N") || !dot.text.equals(".") || dot.spaceBefore || letter.spaceBefore) {
            return null;
        }
        return switch (letter.text) {
            case "A", "E" -> "NE";
            case "R" -> "NR";
            default -> null;
        };
    }

    /** The token index after the open value {@link #openWord} found at {@code i}. */
    static int openWordEnd(Tokens t, int i) {
        if (dottedOpen(t, i) != null) {
            // "N.A." or "N.A": the letters and their full stops
            return t.at(i + 3).text.equals(".") && !t.at(i + 3).spaceBefore ? i + 4 : i + 3;
        }
        if (!t.at(i).isWord("not")) {
            return i + 1;
        }
        int end = t.at(i + 1).isWord("yet") || t.at(i + 1).isWord("been") ? i + 3 : i + 2;
        return t.at(end).isWord("yet") ? end + 1 : end; // "not reached yet"
    }

    /** "NR", "NE", "NA", "not reached", "not estimable", "not evaluable"; null when none. */
    static @Nullable String openWord(Tokens t, int i) {
        Lexeme tok = t.at(i);
        if (tok.type != Sym.WORD) {
            return null;
        }
        String abbreviation = openWord(tok.text);
        if (abbreviation != null) {
            return abbreviation;
        }
        String dotted = dottedOpen(t, i);
        if (dotted != null) {
            return dotted;
        }
        // "not yet reached", "not been reached", "had not been reached"
        if (tok.lower.equals("not") && (t.at(i + 1).isWord("yet") || t.at(i + 1).isWord("been"))) {
            return t.at(i + 2).isWord("reached") ? "not reached" : null;
        }
        if (tok.lower.equals("not")
                && (t.at(i + 1).isWord("reached")
                        || t.at(i + 1).isWord("estimable")
                        || t.at(i + 1).isWord("evaluable")
                        || t.at(i + 1).isWord("estimated")
                        || t.at(i + 1).isWord("calculable"))) {
            return t.at(i + 1).isWord("reached") ? "not reached" : "not estimable";
        }
        if (tok.lower.equals("unreached") || tok.lower.equals("inestimable")) {
            return tok.lower.equals("unreached") ? "NR" : "NE";
        }
        return null;
    }

    /**
     * The interval as a value, or null with a diagnostic when it cannot be one; also reports a point
     * estimate {@code v} outside it.
     */
    static @Nullable ConfidenceInterval checked(Tokens t, Group g, double v, Findings out) {
        if (g.lower.open || g.upper.open || g.isSpread()) {
            return null;
        }
        int start = t.at(g.first).start;
        int end = t.at(g.next - 1).end;
        String printed = t.slice(start, end);
        if (g.lower.value >= g.upper.value) {
            out.report(
                    Diagnostic.Code.INVERTED_INTERVAL,
                    "\"" + printed + "\": lower bound " + g.lower.printed + " is not below upper bound "
                            + g.upper.printed + "; the interval was not attached",
                    start,
                    end);
            return null;
        }
        if (g.levelAssumed) {
            out.report(
                    Diagnostic.Code.LEVEL_ASSUMED,
                    "\"" + printed + "\" does not state its confidence level; 95% assumed",
                    start,
                    end);
        }
        ConfidenceInterval ci;
        try {
            ci = Estimates.interval(g);
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + printed + "\": " + e.getMessage(), start, end);
            return null;
        }
        if (!Double.isNaN(v) && !ci.contains(v)) {
            out.report(
                    Diagnostic.Code.POINT_OUTSIDE_INTERVAL,
                    "\"" + printed + "\": the estimate " + v + " lies outside its interval " + g.lower.printed + " to "
                            + g.upper.printed,
                    start,
                    end);
        }
        return ci;
    }
}
