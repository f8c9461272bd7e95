package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * What follows a value, read by {@link #read}: its unit, an interval or spread in brackets (or a few
 * words later), counts or a percentage in brackets, a comparator after "vs", a P value, an endpoint
 * named after it. {@link Values} decides from this and the scope what kind of statistic the value is.
 * Each reader looks a bounded number of tokens ahead.
 */
final class Tail {
    Intervals.@Nullable Group interval;

    @Nullable
    Unit unit;

    @Nullable
    String unitLabel;

    int @Nullable [] counts;

    Values.@Nullable Point comparator;

    @Nullable
    PValue p;

    double innerPercent = Double.NaN;
    String innerPrinted = "";
    boolean innerSign;

    @Nullable
    Endpoint endpoint;

    String endpointLabel = "";

    /** The total a count and its share are of, or 0. */
    int total;

    /** The count "(n=39)" a percentage stands for, or -1. */
    int count = -1;

    int next;

    /** What news counts in millions besides people: "1.8m deaths". */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("deaths", "cases", "survivors", "diagnoses");

    private Tail() {}

    static Tail read(Tokens t, int from, Scope scope, Findings out) {
        Tail tail = new Tail();
        int j = from;
        if ((afterN(t, from) || wholeCell(t, from)) && t.at(from).is(Sym.COMMA)) {
            // "(n =12, 3%)", a cell "104, 54%": a number of patients and the share they make
            Lexeme pct = t.at(from + 1);
            if (pct.is(Sym.NUM) && !pct.spelled && t.at(from + 2).is(Sym.PCT) && pct.number <= 100) {
                tail.innerPercent = pct.number;
                tail.innerPrinted = pct.digits;
                tail.innerSign = true;
                tail.next = from + 3;
                return tail;
            }
        }
        j = unit(t, j, tail);
        if (tail.unit == null && tail.unitLabel == null && (scope.median() || !Values.isRatioLabel(scope))) {
            tail.unit = seriesUnit(t, j);
            if (tail.unit == Unit.PERCENT && valueBefore(t, from) > 100) {
                tail.unit = null; // "In 2019, 54% were alive": a year before a series of one share
            }
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
            if (tail.interval == null && tail.p == null && Tokens.isOpener(t.at(j).type)) {
                // "17 metres (p=0.09; 95 % CI: -7.1, 43.0; ...)": the P first, then the named interval
                int k = pThenInterval(t, j, tail, scope, out);
                if (k > j) {
                    j = k;
                    continue;
                }
            }
            if (tail.interval == null
                    && Tokens.isOpener(t.at(j).type)
                    && t.at(j + 1).isWord("mean")) {
                // "13.0% (mean: 12.7%; range: 5.0–20.0%)": a median's bracket gives the mean, then the range
                int k = meanThenSpread(t, j, tail, scope, out);
                if (k > j) {
                    j = k;
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
            if (tail.interval == null && pass == 0 && insideBracket(t, from - 1)) {
                // "(HR 0.91, 0.81 – 1.02)", "(absolute reduction 3·8%, 1·6-6·0, 2p=0·00005)",
                // "(HR, 0.699 0.50-0.98])": an unnamed interval right after the value, inside its bracket,
                // that contains the value
                Intervals.Group g = Intervals.bare(t, t.at(j).is(Sym.COMMA) ? j + 1 : j, scope);
                if (g != null && contains(g, valueBefore(t, from))) {
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
            if (tail.unit == Unit.PERCENT && tail.count < 0 && tail.counts == null) {
                // "80% (n=39)", "in 55%, n=27": the count the percentage stands for
                int inBrackets = countInBrackets(t, j);
                boolean afterComma = t.at(j).is(Sym.COMMA)
                        && t.at(j + 1).isWord("n")
                        && t.at(j + 2).is(Sym.EQ)
                        && t.at(j + 3).isWhole()
                        && !t.at(j + 3).spelled
                        && t.at(j + 3).number < Integer.MAX_VALUE
                        && !t.at(j + 4).is(Sym.PCT);
                if (inBrackets >= 0 || afterComma) {
                    tail.count = inBrackets >= 0 ? inBrackets : (int) t.at(j + 3).number;
                    j = inBrackets >= 0 ? j + 5 : j + 4;
                    continue;
                }
            }
            if (tail.unit == Unit.PERCENT && tail.counts == null && tail.count < 0) {
                int c = countsAfterWords(t, j, tail, from);
                if (c > j) {
                    j = c;
                    continue;
                }
            }
            int c = bracketed(t, j, tail, scope, out);
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
            if (tail.counts == null && tail.unit == null) {
                // "32 (95% CI 23 to 43) out of 100", "25 (20 to 31) out of 100": a risk per hundred people
                int k = perHundred(t, j, tail, valueBefore(t, from));
                if (k > j) {
                    j = k;
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
        if (tail.endpoint == null && tail.unit == Unit.PERCENT && scope.endpoint() == null) {
            int alive = NearValue.aliveAfter(t, j);
            if (alive >= 0) {
                tail.endpoint = Endpoint.OS; // the statement ends at its value; the clause only names it
                tail.endpointLabel = t.at(alive).text;
            }
        }
        j = totalAfter(t, from, j, tail);
        tail.next = j;
        return tail;
    }

    /** "39 (41%) of these 95 indications", "102 (29.4%) out of 347 patients": the total after a count and its share. */
    private static int totalAfter(Tokens t, int from, int j, Tail tail) {
        if (Double.isNaN(tail.innerPercent) || tail.counts != null || tail.unit != null) {
            return j;
        }
        int k = j;
        if (t.at(k).isWord("out") && t.at(k + 1).isWord("of")) {
            k++;
        }
        if (!t.at(k).isWord("of")) {
            return j;
        }
        k++;
        if (t.at(k).isWord("the") || t.at(k).isWord("these") || t.at(k).isWord("all")) {
            k++;
        }
        Lexeme total = t.at(k);
        double count = valueBefore(t, from);
        if (!total.isWhole() || total.spelled || total.number < count || total.number > Integer.MAX_VALUE) {
            return j;
        }
        if (!Counts.gives(count, total.number, tail.innerPercent)) {
            return j;
        }
        tail.total = (int) total.number;
        return k + 1;
    }

    /**
     * A bracket at {@code j} that opens with a P value and goes on, after a comma or semicolon, with a
     * named interval; the index after the interval (and the bracket, when it closes there), or {@code j}.
     */
    private static int pThenInterval(Tokens t, int j, Tail tail, Scope scope, Findings out) {
        PValues.Read p = PValues.at(t, j + 1, Findings.discarding(), false);
        if (p == null || p.p() == null) {
            return j;
        }
        int k = p.next();
        if (!t.at(k).is(Sym.SEMI) && !t.at(k).is(Sym.COMMA)) {
            return j;
        }
        if (IntervalWords.descriptor(t, k + 1, Findings.discarding()) == null) {
            return j;
        }
        Intervals.Group g = Intervals.after(t, k + 1, scope, out);
        if (g == null) {
            return j;
        }
        tail.p = p.p();
        tail.interval = g;
        return Tokens.isCloser(t.at(g.next()).type) ? g.next() + 1 : g.next();
    }

    /**
     * "out of 100", "out of every 100", "per 100" after a whole value: its count out of a hundred, the way
     * Cochrane's plain-language summaries state a risk; the index after it, or {@code j}.
     */
    private static int perHundred(Tokens t, int j, Tail tail, double value) {
        int k = j;
        if (t.at(k).isWord("out") && t.at(k + 1).isWord("of")) {
            k += 2;
            if (t.at(k).isWord("every")) {
                k++;
            }
        } else if (t.at(k).isWord("per")) {
            k++;
        } else {
            return j;
        }
        Lexeme total = t.at(k);
        if (!total.isWhole()
                || total.spelled
                || total.number != 100
                || value != Math.rint(value)
                || value < 0
                || value > 100) {
            return j;
        }
        tail.counts = new int[] {(int) value, 100};
        return k + 1;
    }

    /**
     * A bracket at {@code j} that gives a mean and then, after a semicolon or comma, a named range or
     * interval; the index after the bracket, or {@code j}. The mean is passed over: the value before
     * the bracket is the statement.
     */
    private static int meanThenSpread(Tokens t, int j, Tail tail, Scope scope, Findings out) {
        int k = j + 2;
        if (t.at(k).is(Sym.COLON) || t.at(k).is(Sym.EQ) || t.at(k).is(Sym.COMMA)) {
            k++;
        }
        if (!t.at(k).is(Sym.NUM)) {
            return j;
        }
        k++;
        if (t.at(k).is(Sym.PCT) || Words.timeUnit(t.at(k)) != null) {
            k++;
        }
        if (!t.at(k).is(Sym.SEMI) && !t.at(k).is(Sym.COMMA)) {
            return j;
        }
        if (IntervalWords.descriptor(t, k + 1, Findings.discarding()) == null) {
            return j;
        }
        Intervals.Group g = Intervals.after(t, k + 1, scope, out);
        if (g == null || !Tokens.isCloser(t.at(g.next()).type)) {
            return j;
        }
        tail.interval = g;
        return g.next() + 1;
    }

    /** Whether the value whose tail starts at {@code from} is the count of "n = 12" or "N=12". */
    static boolean afterN(Tokens t, int from) {
        return t.at(from - 2).is(Sym.EQ) && t.at(from - 3).isWord("n");
    }

    /**
     * "48% of predicted events (246/515)": a few words after a percentage, the counts that give it (to
     * its rounding) in brackets; the index after them, or {@code j}.
     */
    private static int countsAfterWords(Tokens t, int j, Tail tail, int from) {
        int k = j;
        while (k < j + 4 && t.at(k).is(Sym.WORD)) {
            k++;
        }
        if (k == j || !Tokens.isOpener(t.at(k).type)) {
            return j;
        }
        int[] counts = Counts.countsAt(t, k + 1);
        if (counts == null || !Tokens.isCloser(t.at(counts[2]).type)) {
            return j;
        }
        double percent = valueBefore(t, from);
        if (!Counts.gives(counts[0], counts[1], percent)) {
            return j;
        }
        tail.counts = counts;
        return counts[2] + 1;
    }

    /** Whether the text is just a whole number, a comma and a percentage: the cell "104, 54%". */
    private static boolean wholeCell(Tokens t, int from) {
        return from == 1
                && t.size() == 4
                && t.at(0).isWhole()
                && !t.at(0).spelled
                && t.at(2).is(Sym.NUM)
                && t.at(3).is(Sym.PCT);
    }

    /** "(n=39)", "(n = 39)": the number of patients a percentage is of; the count, or -1. */
    private static int countInBrackets(Tokens t, int j) {
        Lexeme n = t.at(j + 3);
        if (Tokens.isOpener(t.at(j).type)
                && t.at(j + 1).isWord("n")
                && t.at(j + 2).is(Sym.EQ)
                && n.isWhole()
                && !n.spelled
                && n.number < Integer.MAX_VALUE
                && Tokens.isCloser(t.at(j + 4).type)) {
            return (int) n.number;
        }
        return -1;
    }

    /** Whether the token at {@code k} stands inside a bracket opened a few tokens before it. */
    private static boolean insideBracket(Tokens t, int k) {
        for (int b = k - 1; b >= 0 && b >= k - 5; b--) {
            Sym ty = t.at(b).type;
            if (Tokens.isOpener(ty)) {
                return true;
            }
            if (Tokens.isCloser(ty) || ty == Sym.STOP || ty == Sym.SEMI || ty == Sym.NUM) {
                return false;
            }
        }
        return false;
    }

    /** The value whose tail starts at {@code from} (its number, with a sign before it). */
    private static double valueBefore(Tokens t, int from) {
        int k = from - 1;
        while (k > 0 && !t.at(k).is(Sym.NUM)) {
            k--; // past a unit: "3·8%"
        }
        double v = t.at(k).number;
        return t.at(k - 1).is(Sym.MINUS) ? -v : v;
    }

    private static boolean contains(Intervals.Group g, double v) {
        return !g.lower().open()
                && !g.upper().open()
                && g.lower().value() <= v
                && v <= g.upper().value()
                && g.lower().value() < g.upper().value();
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
        // "Median 1.2 (months)": the unit in brackets of its own
        if (Tokens.isOpener(tok.type) && Words.timeUnit(t.at(j + 1)) != null && Tokens.isCloser(t.at(j + 2).type)) {
            tail.unit = Words.timeUnit(t.at(j + 1));
            return j + 3;
        }
        if (tok.isWord("m") && !t.at(j + 1).is(Sym.WORD)) {
            tail.unit = Unit.MONTHS; // "18.2 v. 17.9 m"
            return j + 1;
        }
        if (tok.isWord("million") || tok.isWord("billion") || tok.isWord("thousand")) {
            tail.unitLabel = tok.lower;
            return j + 1;
        }
        // "1.8m deaths", "2.5bn people": news prints millions and billions as a letter glued to the number
        Lexeme counted = t.at(j + 1);
        if ((tok.isWord("m") || tok.isWord("bn"))
                && !tok.spaceBefore
                && counted.is(Sym.WORD)
                && (Words.PEOPLE.contains(counted.lower) || COUNTED.contains(counted.lower))) {
            tail.unitLabel = tok.isWord("m") ? "million" : "billion";
            return j + 1;
        }
        // "31.3/100,000": a rate per a power of ten
        String per = perPowerOfTen(t, j);
        if (per != null) {
            tail.unitLabel = per;
            return j + 2;
        }
        if (tok.is(Sym.WORD) && Words.MEASURES.contains(tok.lower)) {
            tail.unitLabel = tok.text; // "26 metres", "0.4 points"
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

    /** "/100,000" at {@code j}: "per 100,000"; a denominator of 1,000 or a larger power of ten, or null. */
    static @Nullable String perPowerOfTen(Tokens t, int j) {
        Lexeme d = t.at(j + 1);
        if (!t.at(j).is(Sym.SLASH) || t.at(j).spaceBefore || !d.isWhole() || d.spelled || d.number < 1000) {
            return null;
        }
        double v = d.number;
        while (v >= 10 && v % 10 == 0) {
            v /= 10;
        }
        return v == 1 ? "per " + d.text : null;
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
            if (!t.at(k).is(Sym.NUM) || IntervalWords.descriptor(t, k, Findings.discarding()) != null) {
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
    private static int bracketed(Tokens t, int j, Tail tail, Scope scope, Findings out) {
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
            // "1095(27.7" at the end of a cell: the bracket lost its closer; read, and said
            boolean unclosed = m == t.size() && !relation;
            if (Tokens.isCloser(t.at(m).type) || unclosed) {
                if (!relation) {
                    tail.innerPercent = t.at(k).number;
                    tail.innerPrinted = t.at(k).digits;
                    tail.innerSign = m > k + 1;
                }
                if (unclosed) {
                    out.report(
                            Diagnostic.Code.UNBALANCED_BRACKET,
                            "\"" + t.span(j, m - 1) + "\" opens a bracket that the text ends before closing",
                            t.at(j).start,
                            t.at(m - 1).end);
                    return m;
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
        Values.Point c = Values.point(t, k);
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
}
