package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A number with what follows it: a unit, an interval or spread in brackets, counts, a comparator
 * after "vs", a P value. What kind of statistic it is comes from the scope — the label before it
 * ("the hazard ratio for death ... was 0.71"), "median", the endpoint, the column header — or from
 * its unit; a number in brackets after a pair of numbers, with nothing saying what it estimates, is
 * an {@link EffectStatement.Kind#UNLABELED_ESTIMATE}. A bare number without any of these is not a
 * statistic ("phase 3", "KEYNOTE-189", "every 3 months").
 */
final class Values implements Recognizer {
    private static final int LABEL_REACH = 24;

    /** A value: a number with its sign, or "not reached"/"not estimable". */
    record Point(double value, String printed, boolean open, int first, int next) {}

    /** What a value's brackets and words after it held. */
    private static final class Tail {
        Intervals.@Nullable Group interval;

        @Nullable
        Unit unit;

        @Nullable
        String unitLabel;

        int @Nullable [] counts;

        @Nullable
        Point comparator;

        @Nullable
        PValue p;

        double innerPercent = Double.NaN;
        String innerPrinted = "";
        boolean innerSign;

        @Nullable
        Endpoint endpoint;

        String endpointLabel = "";
        int next;
    }

    /**
     * A named interval a few words after its value: "89% of the patients in the osimertinib group (95%
     * CI, 85 to 92)", "114.6 weeks for the sunitinib arm (95% CI: 100.1 - 142.9 weeks)". Only words may
     * stand between, and the interval must say what it is.
     */
    private static int lateInterval(Tokens t, int j, Tail tail, Scope scope, Findings out) {
        int k = j;
        int words = 0;
        while (words < 12
                && (t.at(k).is(Sym.WORD) || t.at(k).is(Sym.DASH))
                && !t.at(k).isWord("and")
                && !t.at(k).isWord("vs")
                && !t.at(k).isWord("versus")
                && Words.timeUnit(t.at(k)) == null) {
            if (PValues.at(t, k, Findings.discarding(), false) != null) {
                return j;
            }
            k++;
            words++;
        }
        if (words == 0 || !(Tokens.isOpener(t.at(k).type) || t.at(k).is(Sym.COMMA))) {
            return j;
        }
        Intervals.Group g = Intervals.after(t, k, scope, Findings.discarding());
        if (g == null || !g.named()) {
            return j;
        }
        Intervals.Group real = Intervals.after(t, k, scope, out);
        tail.interval = real;
        if (tail.p == null && real != null) {
            tail.p = real.p();
        }
        return real == null ? j : real.next();
    }

    /** "18% OS rate": an endpoint abbreviation right after a percentage names it. */
    private static int postfixEndpoint(Tokens t, int j, Tail tail) {
        Lexeme tok = t.at(j);
        if (!tok.is(Sym.WORD)) {
            return j;
        }
        Endpoint e = Words.ENDPOINTS.get(tok.lower);
        if (e == null
                || (e.isTimeToEvent() && !t.at(j + 1).isWord("rate"))
                || !Words.isAbbreviationAsWritten(tok)
                || tok.text.length() > 4) {
            return j;
        }
        tail.endpoint = e;
        tail.endpointLabel = tok.text;
        return t.at(j + 1).isWord("rate") || t.at(j + 1).isWord("rates") ? j + 2 : j + 1;
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Point point = point(t, i);
        if (point == null) {
            return null;
        }
        if (t.isAmbiguousComma(point.next() - 1)) {
            int next = point.next() + 2;
            Intervals.Group g = Intervals.after(t, next, scope, Findings.discarding());
            return new Step(g != null ? g.next() : next, scope.withLabelUsed(-1));
        }
        Tail tail = tail(t, point.next, scope, out);
        EffectStatement.Kind kind = kind(t, i, point, tail, scope);
        if (kind == null) {
            return null;
        }
        if (point.open() && isRatio(kind)) {
            int end = t.at(point.next() - 1).end;
            int start = scope.labelAt() >= 0 ? t.at(scope.labelAt()).start : t.at(i).start;
            out.report(
                    Diagnostic.Code.MISSING_VALUE,
                    "\"" + t.slice(start, end) + "\" has no number: a ratio that was not estimated",
                    start,
                    end);
            return new Step(point.next(), scope.withLabelUsed(point.next()));
        }
        return statement(t, i, point, tail, kind, scope, out);
    }

    static @Nullable Point point(Tokens t, int i) {
        Lexeme tok = t.at(i);
        boolean negative = false;
        int j = i;
        if (tok.is(Sym.MINUS) || (tok.is(Sym.DASH) && signPosition(t, i))) {
            if (!t.at(i + 1).is(Sym.NUM) || t.at(i + 1).spelled) {
                return null;
            }
            negative = true;
            j++;
        }
        Lexeme num = t.at(j);
        if (num.is(Sym.NUM)) {
            if (num.digits.length() > 1 && num.digits.charAt(0) == '0' && num.digits.charAt(1) != '.') {
                return null; // "017/057", "03"
            }
            double v = negative ? -num.number : num.number;
            return new Point(v, (negative ? "-" : "") + num.digits, false, i, j + 1);
        }
        String open = Intervals.openWord(t, i);
        if (open != null) {
            return new Point(
                    Double.NaN,
                    open.equals("NR") || open.equals("not reached") ? "NR" : "NE",
                    true,
                    i,
                    open.contains(" ") ? i + 2 : i + 1);
        }
        return null;
    }

    /** A dash is a minus sign only right before a number, after a separator: "MD -1.2", "= -0.5". */
    private static boolean signPosition(Tokens t, int i) {
        if (t.at(i + 1).spaceBefore) {
            return false;
        }
        Sym before = t.at(i - 1).type;
        return i == 0
                || before == Sym.EQ
                || before == Sym.COLON
                || before == Sym.LPAREN
                || before == Sym.LBRACK
                || before == Sym.COMMA
                || before == Sym.SEMI
                || (before == Sym.WORD && t.at(i).spaceBefore);
    }

    private static Tail tail(Tokens t, int from, Scope scope, Findings out) {
        Tail tail = new Tail();
        int j = from;
        j = unit(t, j, tail);
        if (tail.unit == null && tail.unitLabel == null && (scope.median() || !isRatioLabel(scope))) {
            tail.unit = seriesUnit(t, j);
        }
        for (int pass = 0; pass < 6; pass++) {
            int before = j;
            if (tail.interval == null) {
                Intervals.Group g = Intervals.after(t, j, scope, out);
                if (g != null) {
                    tail.interval = g;
                    if (tail.p == null) {
                        tail.p = g.p();
                    }
                    j = g.next();
                    if (tail.unit == null) {
                        tail.unit = g.upper().unit() != null
                                ? g.upper().unit()
                                : g.lower().unit();
                    }
                    j = unit(t, j, tail);
                    continue;
                }
            }
            if (tail.interval == null
                    && j == from
                    && Tokens.isOpener(t.at(from - 2).type)
                    && t.at(j).is(Sym.COMMA)) {
                Intervals.Group g = Intervals.inside(t, j + 1, scope);
                if (g != null) {
                    tail.interval = g;
                    j = g.next();
                    continue;
                }
            }
            if (tail.interval == null) {
                int late = lateInterval(t, j, tail, scope, out);
                if (late > j) {
                    j = late;
                    continue;
                }
            }
            if (tail.unit == null && tail.counts == null && Double.isNaN(tail.innerPercent) && j == from) {
                int n = wordsThenPercent(t, j, tail);
                if (n > j) {
                    j = n;
                    continue;
                }
            }
            int c = bracketed(t, j, tail, scope);
            if (c > j) {
                j = c;
                continue;
            }
            if (tail.endpoint == null && tail.unit == Unit.PERCENT) {
                int e = postfixEndpoint(t, j, tail);
                if (e > j) {
                    j = e;
                    continue;
                }
            }
            if (tail.comparator == null && Tokens.isOpener(t.at(j).type) && Words.VERSUS.contains(t.at(j + 1).lower)) {
                int v = versus(t, j + 1, tail, scope);
                if (v > j + 1) {
                    int words = 0;
                    while (t.at(v).is(Sym.WORD) && words < 8) {
                        v++;
                        words++;
                    }
                    j = Tokens.isCloser(t.at(v).type) ? v + 1 : v;
                    continue;
                }
            }
            if (tail.comparator == null) {
                int v = versus(t, j, tail, scope);
                if (v > j) {
                    j = v;
                    continue;
                }
            }
            if (tail.p == null) {
                PValues.Read p = PValues.tail(t, j, out);
                if (p != null) {
                    tail.p = p.p();
                    j = p.next();
                    continue;
                }
            }
            if (j == before) {
                break;
            }
        }
        if (tail.endpoint == null && t.at(j).isWord("for")) {
            Lexeme e = t.at(j + 1);
            Endpoint named = e.is(Sym.WORD) ? Words.ENDPOINTS.get(e.lower) : null;
            if (named != null && Words.isAbbreviationAsWritten(e) && !Tokens.isOpener(t.at(j + 2).type)) {
                tail.endpoint = named; // "0.85 (95% CI, 0.64 to 1.14) for DFS"
                tail.endpointLabel = e.text;
            }
        }
        tail.next = j;
        return tail;
    }

    /** A unit right after the number or its bracket: %, months, "mo", "percentage points", "million". */
    private static int unit(Tokens t, int j, Tail tail) {
        if (tail.unit != null || tail.unitLabel != null) {
            return j;
        }
        Lexeme tok = t.at(j);
        if (tok.is(Sym.PCT)) {
            tail.unit = Unit.PERCENT;
            return j + 1;
        }
        if (tok.is(Sym.POINTS) || (tok.is(Sym.PCT) && t.at(j + 1).isWord("points"))) {
            tail.unitLabel = "percentage points";
            return j + 1;
        }
        Unit time = Words.timeUnit(tok);
        boolean shortUnit = tok.lower.equals("y") || tok.lower.equals("d");
        if (time != null && (!shortUnit || !tok.spaceBefore)) {
            tail.unit = time;
            return j + 1;
        }
        if (tok.isWord("m") && !t.at(j + 1).is(Sym.WORD)) {
            tail.unit = Unit.MONTHS; // "18.2 v. 17.9 m"
            return j + 1;
        }
        if (tok.isWord("million") || tok.isWord("billion") || tok.isWord("thousand")) {
            tail.unitLabel = tok.lower;
            return j + 1;
        }
        // mg/L, ng/mL, cells/µL: a word, a slash and a word right after the number
        if (tok.is(Sym.WORD) && (!tok.spaceBefore || t.at(j + 1).is(Sym.SLASH))) {
            if (t.at(j + 1).is(Sym.SLASH) && t.at(j + 2).is(Sym.WORD) && !t.at(j + 2).spaceBefore) {
                tail.unitLabel = t.span(j, j + 2);
                return j + 3;
            }
        }
        return j;
    }

    /**
     * The unit printed after the last number of a series that starts at {@code j}: "7.3 and 5.1
     * months", "12, 18 and 24 months". Null when the series ends without a unit.
     */
    private static @Nullable Unit seriesUnit(Tokens t, int j) {
        int k = skipGroup(t, j);
        int items = 0;
        while (items < 8) {
            Lexeme sep = t.at(k);
            boolean joined = sep.is(Sym.COMMA) || sep.isWord("and") || sep.isWord("or");
            if (!joined) {
                break;
            }
            k++;
            if (t.at(k).isWord("and") || t.at(k).isWord("or")) {
                k++;
            }
            if (!t.at(k).is(Sym.NUM) || Intervals.descriptor(t, k, Findings.discarding()) != null) {
                return null;
            }
            k = skipGroup(t, k + 1);
            items++;
        }
        if (items == 0) {
            return null;
        }
        if (t.at(k).is(Sym.PCT)) {
            return Unit.PERCENT;
        }
        return Words.timeUnit(t.at(k));
    }

    /** "three deaths (5%)", "104 articles [69.8%]": one to three words, then a percentage in brackets. */
    private static int wordsThenPercent(Tokens t, int j, Tail tail) {
        int k = j;
        int words = 0;
        while (words < 3
                && t.at(k).is(Sym.WORD)
                && !t.at(k).isWord("and")
                && !t.at(k).isWord("vs")
                && Words.timeUnit(t.at(k)) == null) {
            k++;
            words++;
        }
        if (words == 0 || !Tokens.isOpener(t.at(k).type)) {
            return j;
        }
        Lexeme pct = t.at(k + 1);
        if (pct.is(Sym.NUM) && t.at(k + 2).is(Sym.PCT) && Tokens.isCloser(t.at(k + 3).type) && pct.number <= 100) {
            tail.innerPercent = pct.number;
            tail.innerPrinted = pct.digits;
            tail.innerSign = true;
            return k + 4;
        }
        return j;
    }

    /** The index after a short bracket group at {@code j} ("(46.95-50.17)"), or {@code j}. */
    private static int skipGroup(Tokens t, int j) {
        if (!Tokens.isOpener(t.at(j).type)) {
            return j;
        }
        for (int k = j + 1; k < j + 12; k++) {
            Sym ty = t.at(k).type;
            if (Tokens.isCloser(ty)) {
                return k + 1;
            }
            if (Tokens.isOpener(ty) || ty == Sym.STOP) {
                return j;
            }
        }
        return j;
    }

    /** "(3/24)", "(4 of 22)", "(<1)", "(30.0)" after a value; the index after it, or {@code j}. */
    private static int bracketed(Tokens t, int j, Tail tail, Scope scope) {
        if (!Tokens.isOpener(t.at(j).type)) {
            return j;
        }
        int[] counts = Counts.countsAt(t, j + 1);
        if (counts != null && tail.counts == null) {
            int k = counts[2];
            if (t.at(k).is(Sym.COMMA) || t.at(k).is(Sym.SEMI)) {
                Lexeme pct = t.at(k + 1);
                if (pct.is(Sym.NUM) && t.at(k + 2).is(Sym.PCT) && Tokens.isCloser(t.at(k + 3).type)) {
                    tail.innerPercent = pct.number;
                    k += 3;
                } else if (tail.interval == null) {
                    Intervals.Group g = Intervals.after(t, k, scope, Findings.discarding());
                    if (g != null && Tokens.isCloser(t.at(g.next()).type)) {
                        tail.interval = g;
                        k = g.next();
                    }
                }
            }
            if (Tokens.isCloser(t.at(k).type)) {
                tail.counts = counts;
                return k + 1;
            }
        }
        int k = j + 1;
        boolean relation = t.at(k).is(Sym.LT) || t.at(k).is(Sym.LE) || t.at(k).is(Sym.GT);
        if (relation) {
            k++;
        }
        if (t.at(k).is(Sym.NUM) && !t.at(k).spelled) {
            int m = k + 1;
            if (t.at(m).is(Sym.PCT)) {
                m++;
            }
            if (Tokens.isCloser(t.at(m).type)) {
                if (!relation) {
                    tail.innerPercent = t.at(k).number;
                    tail.innerPrinted = t.at(k).digits;
                    tail.innerSign = m > k + 1;
                }
                return m + 1;
            }
        }
        return j;
    }

    /** "vs 4.1 months", "v. 17.9 m", "versus 8.9%" and the comparator's own bracket. */
    private static int versus(Tokens t, int j, Tail tail, Scope scope) {
        int k = j;
        if (t.at(k).is(Sym.COMMA)) {
            return j;
        }
        if (!(t.at(k).is(Sym.WORD)
                && (t.at(k).isWord("vs") || t.at(k).isWord("versus") || t.at(k).isWord("v")))) {
            return j;
        }
        k++;
        if (t.at(k).is(Sym.STOP) && t.at(k).text.equals(".")) {
            k++;
        }
        Point c = point(t, k);
        if (c == null) {
            return j;
        }
        tail.comparator = c;
        int m = c.next();
        Tail own = new Tail();
        m = unit(t, m, own);
        if (tail.unit == null && own.unit != null) {
            tail.unit = own.unit;
        }
        if (tail.unitLabel == null && own.unitLabel != null) {
            tail.unitLabel = own.unitLabel;
        }
        Intervals.Group g = Intervals.after(t, m, scope, Findings.discarding());
        if (g != null && Tokens.isOpener(t.at(m).type)) {
            m = g.next();
            m = unit(t, m, own);
            if (tail.unit == null && own.unit != null) {
                tail.unit = own.unit;
            }
        }
        return m;
    }

    private static EffectStatement.@Nullable Kind kind(Tokens t, int i, Point point, Tail tail, Scope scope) {
        EffectStatement.Kind label = labelFor(t, i, scope);
        Unit unit = tail.unit != null ? tail.unit : scope.unit();
        boolean hasInterval = tail.interval != null;
        boolean percent = unit == Unit.PERCENT;
        if ("percentage points".equals(tail.unitLabel)) {
            return EffectStatement.Kind.RISK_DIFFERENCE;
        }
        if (label != null && isRatio(label) && (tail.unit == null || point.open())) {
            return label;
        }
        if (label == EffectStatement.Kind.QUANTITY && tail.unit == null && !point.open()) {
            return EffectStatement.Kind.QUANTITY;
        }
        if (label == EffectStatement.Kind.MEDIAN && !point.open()) {
            return EffectStatement.Kind.MEDIAN;
        }
        if (label == EffectStatement.Kind.MEAN_DIFFERENCE) {
            return EffectStatement.Kind.MEAN_DIFFERENCE;
        }
        if (label == EffectStatement.Kind.RISK_DIFFERENCE) {
            return percent ? EffectStatement.Kind.RISK_DIFFERENCE : EffectStatement.Kind.MEAN_DIFFERENCE;
        }
        if (percent) {
            return EffectStatement.Kind.PROPORTION;
        }
        // "n (%)" announced: "23 (34.0)" is a count and its percentage, whatever unit the header names
        if (scope.declaredCounts()
                && tail.unit == null
                && !Double.isNaN(tail.innerPercent)
                && !point.open()
                && point.value() == Math.rint(point.value())
                && tail.innerPercent <= 100) {
            return EffectStatement.Kind.PROPORTION;
        }
        boolean timed = unit != null && unit != Unit.PERCENT && unit != Unit.NONE;
        Endpoint endpoint = scope.endpoint();
        boolean timeToEvent = endpoint != null && endpoint.isTimeToEvent();
        // a range or an interquartile range goes with a median: "88 [IQR 61-140] mg/L", "51.0 (range, 44.2–60.3) mo"
        boolean spread = hasInterval && tail.interval != null && tail.interval.isSpread();
        if (timed || point.open()) {
            if (spread
                    || scope.median()
                    || label == EffectStatement.Kind.MEDIAN_TIME
                    || timeToEvent
                    || startsText(t, i)
                    || (point.open() && (hasInterval || scope.hasContextLabel()))) {
                return EffectStatement.Kind.MEDIAN_TIME;
            }
            return null;
        }
        if ((scope.median() && (hasInterval || tail.unitLabel != null)) || spread) {
            return EffectStatement.Kind.MEDIAN;
        }
        if (tail.counts != null && consistent(point.value(), tail.counts)) {
            return EffectStatement.Kind.PROPORTION;
        }
        boolean whole = point.value() == Math.rint(point.value()) && point.value() >= 0;
        if (!Double.isNaN(tail.innerPercent)
                && whole
                && (scope.declaredCounts() || tail.innerSign)
                && tail.innerPercent <= 100) {
            return EffectStatement.Kind.PROPORTION;
        }
        if (endpoint != null
                && !timeToEvent
                && (afterSeparator(t, i) || scope.hasContextLabel() || scope.endpointAt() < 0)) {
            if (point.value() >= 0
                    && point.value() <= 100
                    && (afterSeparator(t, i) || hasInterval || tail.counts != null || scope.endpointAt() < 0)) {
                return EffectStatement.Kind.PROPORTION;
            }
        }
        if (tail.unitLabel != null && hasInterval) {
            return EffectStatement.Kind.QUANTITY;
        }
        Intervals.Group g = tail.interval;
        if (g != null && !g.isSpread()) {
            return EffectStatement.Kind.UNLABELED_ESTIMATE;
        }
        return null;
    }

    /** The label in force for the number at {@code i}, or null when it is out of reach or already used. */
    private static EffectStatement.@Nullable Kind labelFor(Tokens t, int i, Scope scope) {
        EffectStatement.Kind label = scope.label();
        if (label == null) {
            return null;
        }
        if (scope.labelAt() < 0) {
            return label; // the caller's context labels every number
        }
        if (i - scope.labelAt() > LABEL_REACH) {
            return null;
        }
        if (scope.labelUsed() && !continuesSeries(t, scope.seriesUntil(), i)) {
            return null;
        }
        return label;
    }

    /** Whether only list words stand between the previous value (ending at {@code from}) and {@code i}: "0.62 and 0.71". */
    private static boolean continuesSeries(Tokens t, int from, int i) {
        if (from < 0 || i - from > 6 || i <= from) {
            return false;
        }
        // "0.85 (...) for DFS and 0.77": a few words that end in a joiner
        Lexeme last = t.at(i - 1);
        boolean endsInJoiner = last.isWord("and") || last.isWord("vs") || last.isWord("versus") || last.is(Sym.COMMA);
        if (endsInJoiner && i - from > 1) {
            for (int k = from; k < i; k++) {
                if (!(t.at(k).is(Sym.WORD) || t.at(k).is(Sym.COMMA))) {
                    return false;
                }
            }
            return true;
        }
        if (i - from > 4) {
            return false;
        }
        for (int k = from; k < i; k++) {
            Lexeme tok = t.at(k);
            boolean joiner = tok.is(Sym.COMMA)
                    || tok.is(Sym.SEMI)
                    || tok.isWord("and")
                    || tok.isWord("or")
                    || tok.isWord("vs")
                    || tok.isWord("versus")
                    || tok.isWord("v")
                    || (tok.is(Sym.STOP) && tok.text.equals("."));
            if (!joiner) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRatioLabel(Scope scope) {
        EffectStatement.Kind label = scope.label();
        return label != null && isRatio(label);
    }

    static boolean isRatio(EffectStatement.Kind k) {
        return switch (k) {
            case HAZARD_RATIO, ODDS_RATIO, RISK_RATIO, RATE_RATIO, RATIO_OF_RATIOS -> true;
            default -> false;
        };
    }

    private static boolean consistent(double percent, int[] counts) {
        if (counts[1] <= 0) {
            return false;
        }
        double implied = 100.0 * counts[0] / counts[1];
        return Math.abs(implied - percent) <= 0.051 + Math.ulp(percent) || Math.abs(implied - percent) < 0.6;
    }

    private static boolean startsText(Tokens t, int i) {
        for (int k = 0; k < i; k++) {
            Sym ty = t.at(k).type;
            if (ty == Sym.NUM || ty == Sym.WORD) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterSeparator(Tokens t, int i) {
        Sym before = t.at(i - 1).type;
        return before == Sym.EQ || before == Sym.COLON;
    }

    private static Step statement(
            Tokens t, int i, Point point, Tail tail, EffectStatement.Kind kind, Scope scope, Findings out) {
        int endTok = tail.next - 1;
        int start = t.at(i).start;
        boolean labelled = scope.labelAt() >= 0 && labelFor(t, i, scope) == kind && !scope.labelUsed();
        int first = labelled && scope.labelAt() < i ? scope.labelAt() : i;
        // "OS: HR = 0.58": an endpoint right before the label (or the value) opens the statement
        if (scope.endpointAt() >= 0 && scope.endpointAt() < first && first - scope.endpointAt() <= 3) {
            first = scope.endpointAt();
        }
        start = Math.min(start, t.at(first).start);
        start = Math.max(start, Math.min(out.lastEnd(), t.at(i).start));
        int end = t.at(endTok).end;
        Unit unit = tail.unit != null ? tail.unit : scope.unit();
        Intervals.Group g = tail.interval;
        ConfidenceInterval ci = null;
        Spread spread = null;
        if (g != null) {
            if (g.isSpread()) {
                if (!g.lower().open()
                        && !g.upper().open()
                        && g.lower().value() <= g.upper().value()) {
                    spread = Spread.of(
                            g.what() == Intervals.What.IQR ? Spread.Kind.IQR : Spread.Kind.RANGE,
                            g.lower().value(),
                            g.upper().value(),
                            g.upper().censored());
                }
            } else {
                ci = Intervals.checked(t, g, point.open() ? Double.NaN : point.value(), out);
            }
        }
        ImmutableEffectStatement.Builder b =
                EffectStatement.builder().kind(kind).start(start).end(end).text(t.slice(start, end));
        boolean countThenPercent = kind == EffectStatement.Kind.PROPORTION
                && tail.counts == null
                && !Double.isNaN(tail.innerPercent)
                && tail.unit == null;
        if (countThenPercent) {
            b.printedValue(tail.innerPrinted).value(tail.innerPercent);
        } else {
            b.printedValue(point.printed());
            if (!point.open()) {
                b.value(point.value());
            }
        }
        if (g != null) {
            Intervals.printed(b, g);
        }
        if (ci != null) {
            b.ci(ci);
        }
        if (spread != null) {
            b.spread(spread);
        }
        if (tail.p != null) {
            b.pValue(tail.p);
        }
        if (tail.unitLabel != null) {
            b.unitLabel(tail.unitLabel);
        }
        String label = scope.labelText();
        if (labelled && !label.isEmpty()) {
            b.label(label);
        }
        Endpoint endpoint = scope.endpoint();
        boolean loose = isRatio(kind) || kind == EffectStatement.Kind.MEDIAN_TIME || labelled;
        boolean adjacent = scope.endpointAt() < 0 || (scope.endpointAt() < i && i - scope.endpointAt() <= 4);
        // a rate names its endpoint earlier in the sentence: "the objective response rate ... was 62.0%",
        // "the 48-month OS rate remained higher ... at 25.2%"
        boolean rate = kind == EffectStatement.Kind.PROPORTION
                && endpoint != null
                && i - scope.endpointAt() <= LABEL_REACH
                && (!endpoint.isTimeToEvent() || scope.timePoint() != null);
        if (tail.endpoint != null) {
            b.endpoint(tail.endpoint).endpointLabel(tail.endpointLabel);
        } else if (endpoint != null && (loose || adjacent || rate)) {
            b.endpoint(endpoint).endpointLabel(scope.endpointLabel());
        }
        if (scope.timePoint() != null && kind == EffectStatement.Kind.PROPORTION) {
            b.timePoint(scope.timePoint());
        }
        if (i <= scope.approximateUntil()) {
            b.approximate(true);
        }
        EffectEstimate estimate = estimate(t, kind, point, tail, ci, g, unit, scope.labelText(), start, end, out);
        if (estimate != null) {
            b.estimate(estimate);
        }
        if (tail.comparator != null) {
            Point c = tail.comparator;
            EffectEstimate ce = quietEstimate(kind, c, unit, tail.unitLabel);
            if (ce != null) {
                b.comparatorEstimate(ce);
            }
        }
        out.add(b.build());
        Scope next = scope;
        if (labelled || (scope.labelAt() >= 0 && scope.labelUsed() && labelFor(t, i, scope) == kind)) {
            next = scope.withLabelUsed(tail.next);
        }
        if (kind == EffectStatement.Kind.PROPORTION && scope.timePoint() != null) {
            next = next.withTimePoint(null);
        }
        return new Step(tail.next, next);
    }

    private static @Nullable EffectEstimate estimate(
            Tokens t,
            EffectStatement.Kind kind,
            Point point,
            Tail tail,
            @Nullable ConfidenceInterval ci,
            Intervals.@Nullable Group g,
            @Nullable Unit unit,
            String label,
            int start,
            int end,
            Findings out) {
        try {
            if (kind == EffectStatement.Kind.MEDIAN_TIME) {
                return Medians.of(point, ci, g, unit);
            }
            if (kind == EffectStatement.Kind.PROPORTION) {
                Proportion.Builder b = Proportion.builder();
                double percent = point.value();
                int[] counts = tail.counts;
                if (Double.isNaN(percent)) {
                    return null;
                }
                if (counts == null
                        && !Double.isNaN(tail.innerPercent)
                        && point.value() == Math.rint(point.value())
                        && tail.unit == null) {
                    // n (%): 36 (30.0)
                    b.percent(tail.innerPercent).count((int) point.value());
                    return b.build();
                }
                b.percent(percent);
                if (counts != null) {
                    b.count(counts[0]).total(counts[1]);
                }
                if (ci != null) {
                    b.ci(ci);
                }
                return b.build();
            }
            if (point.open()) {
                return null;
            }
            return Estimates.of(kind, point.value(), ci, unit, tail.unitLabel, label);
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
            if (ci != null) {
                try {
                    return Estimates.of(kind, point.value(), null, unit, tail.unitLabel, label);
                } catch (IllegalArgumentException again) {
                    return null;
                }
            }
            return null;
        }
    }

    private static @Nullable EffectEstimate quietEstimate(
            EffectStatement.Kind kind, Point c, @Nullable Unit unit, @Nullable String unitLabel) {
        try {
            if (kind == EffectStatement.Kind.MEDIAN_TIME) {
                return Medians.of(c, null, null, unit);
            }
            if (c.open()) {
                return null;
            }
            return Estimates.of(kind, c.value(), null, unit, unitLabel, "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
