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
 * The readers live by what they read: {@link TailUnits}, {@link TailCounts}, {@link TailComparisons}; each
 * looks a bounded number of tokens ahead.
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

    Tail() {}

    static Tail read(Tokens t, int from, Scope scope, Findings out) {
        Tail tail = new Tail();
        int j = from;
        if ((TailCounts.afterN(t, from) || TailCounts.wholeCell(t, from))
                && t.at(from).is(Sym.COMMA)) {
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
        j = TailUnits.plusMinus(t, j, out);
        // "3.27d" under "OR": a ratio has no unit, so a letter run on it is a footnote mark, not days
        if (TailUnits.footnoteMark(t, j) && Values.isRatioLabel(scope)) {
            j++;
        }
        // "1.20* (1.13 to 1.28)", "HR 0.72† (0.61–0.85)": a footnote mark between a value and its bracket
        if (TailUnits.markBeforeBracket(t, j)) {
            j++;
        }
        j = TailUnits.unit(t, j, tail);
        j = TailUnits.bracketedPlusMinus(t, j, out);
        if (tail.unit == null && tail.unitLabel == null && t.at(j).is(Sym.SLASH)) {
            tail.unit = TailUnits.slashPairUnit(t, j);
        }
        if (tail.unit == null && tail.unitLabel == null && (scope.median() || !Values.isRatioLabel(scope))) {
            tail.unit = TailUnits.seriesUnit(t, j);
            if (tail.unit == Unit.PERCENT && TailComparisons.valueBefore(t, from) > 100) {
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
                    j = TailUnits.unit(t, j, tail);
                    continue;
                }
            }
            if (tail.interval == null && pass == 0 && Values.isRatioLabel(scope)) {
                int k = TailUnits.increment(t, j);
                if (k > j) {
                    j = k; // "odds ratio 1.5 per 50 Gy [95% CI: 1.1–2.0]": the ratio's increment, then its interval
                    continue;
                }
            }
            if (tail.interval == null && tail.p == null && Tokens.isOpener(t.at(j).type)) {
                // "17 metres (p=0.09; 95 % CI: -7.1, 43.0; ...)": the P first, then the named interval
                int k = TailComparisons.pThenInterval(t, j, tail, scope, out);
                if (k > j) {
                    j = k;
                    continue;
                }
            }
            if (tail.interval == null
                    && Tokens.isOpener(t.at(j).type)
                    && t.at(j + 1).isWord("mean")) {
                // "13.0% (mean: 12.7%; range: 5.0–20.0%)": a median's bracket gives the mean, then the range
                int k = TailComparisons.meanThenSpread(t, j, tail, scope, out);
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
            if (tail.interval == null && pass == 0 && TailCounts.insideBracket(t, from - 1)) {
                // "(HR 0.91, 0.81 – 1.02)", "(absolute reduction 3·8%, 1·6-6·0, 2p=0·00005)",
                // "(HR, 0.699 0.50-0.98])": an unnamed interval right after the value, inside its bracket,
                // that contains the value
                Intervals.Group g = Intervals.bare(t, t.at(j).is(Sym.COMMA) ? j + 1 : j, scope);
                if (g != null && TailComparisons.contains(g, TailComparisons.valueBefore(t, from))) {
                    tail.interval = g;
                    j = g.next();
                    continue;
                }
            }
            if (tail.interval == null) {
                int late = TailComparisons.lateInterval(t, j, tail, scope, out);
                if (late > j) {
                    j = late;
                    continue;
                }
            }
            if (tail.unit == null && tail.counts == null && Double.isNaN(tail.innerPercent) && j == from) {
                int n = TailCounts.wordsThenPercent(t, j, tail);
                if (n > j) {
                    j = n;
                    continue;
                }
            }
            if (tail.unit == Unit.PERCENT && tail.count < 0 && tail.counts == null) {
                // "80% (n=39)", "in 55%, n=27": the count the percentage stands for
                int inBrackets = TailCounts.countInBrackets(t, j);
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
            if (tail.unit == Unit.PERCENT && tail.count < 0 && tail.counts == null) {
                // "57% (39)": a whole number alone in brackets after a share is its count
                int bare = TailCounts.bareCountInBrackets(t, j, TailComparisons.valueBefore(t, from));
                if (bare >= 0) {
                    tail.count = bare;
                    j += 3;
                    continue;
                }
            }
            if (tail.unit == Unit.PERCENT && tail.counts == null && tail.count < 0) {
                int c = TailCounts.countsAfterWords(t, j, tail, from);
                if (c > j) {
                    j = c;
                    continue;
                }
            }
            int c = TailCounts.bracketed(t, j, tail, scope, out);
            if (c > j) {
                j = c;
                continue;
            }
            if (tail.endpoint == null && tail.unit == Unit.PERCENT) {
                int e = TailComparisons.postfixEndpoint(t, j, tail);
                if (e > j) {
                    j = e;
                    continue;
                }
            }
            if (tail.comparator == null && Tokens.isOpener(t.at(j).type) && Words.VERSUS.contains(t.at(j + 1).lower)) {
                int v = TailComparisons.versus(t, j + 1, tail, scope);
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
                int v = TailComparisons.versus(t, j, tail, scope);
                if (v == j) {
                    v = TimesAsLong.comparator(t, j, tail); // "11.0 months, three times as long as the 3.9 months"
                }
                if (v > j) {
                    j = v;
                    continue;
                }
            }
            if (tail.counts == null && tail.unit == null) {
                // "32 (95% CI 23 to 43) out of 100", "25 (20 to 31) out of 100": a risk per hundred people
                int k = TailUnits.perHundred(t, j, tail, TailComparisons.valueBefore(t, from));
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
        // "0.85 (0.74–0.98); 0.02" under "HR (95% CI); P value": a number alone after the interval, last in the
        // cell, is the cell's P value, not another ratio
        if (tail.p == null && tail.interval != null && scope.hasContextLabel()) {
            PValues.Read p = PValues.lastInCell(t, j);
            if (p != null) {
                tail.p = p.p();
                j = p.next();
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
        if (tail.endpoint == null && tail.unit == Unit.PERCENT) {
            EndpointAfter.Named after = EndpointAfter.read(t, j);
            if (after != null) {
                tail.endpoint = after.endpoint(); // "33.1% 5-year progression-free survival"
                tail.endpointLabel = after.text();
            }
        }
        if (tail.endpoint == null && tail.unit == Unit.PERCENT && scope.endpoint() == null) {
            int alive = NearValue.aliveAfter(t, j);
            if (alive >= 0) {
                // the statement ends at its value; the clause only names it
                tail.endpoint = NearValue.aliveEndpoint(t, alive);
                tail.endpointLabel = t.at(alive).text;
            }
        }
        j = TailCounts.totalAfter(t, from, j, tail);
        tail.next = j;
        return tail;
    }
}
