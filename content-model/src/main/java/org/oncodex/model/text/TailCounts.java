package org.oncodex.model.text;

import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * Counts and shares after a value, for {@link Tail}: "(3/24)", "(4 of 22)", "(n=39)", "(<1)", "three
 * deaths (5%)", "39 (41%) of these 95 indications". Each reader looks a bounded number of tokens ahead.
 */
final class TailCounts {
    private TailCounts() {}

    /** "39 (41%) of these 95 indications", "102 (29.4%) out of 347 patients": the total after a count and its share. */
    static int totalAfter(Tokens t, int from, int j, Tail tail) {
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
        double count = TailComparisons.valueBefore(t, from);
        if (!total.isWhole() || total.spelled || total.number < count || total.number > Integer.MAX_VALUE) {
            return j;
        }
        if (!Counts.gives(count, total.number, tail.innerPercent)) {
            return j;
        }
        tail.total = (int) total.number;
        return k + 1;
    }

    /** Whether the value whose tail starts at {@code from} is the count of "n = 12" or "N=12". */
    static boolean afterN(Tokens t, int from) {
        return t.at(from - 2).is(Sym.EQ) && t.at(from - 3).isWord("n");
    }

    /**
     * "48% of predicted events (246/515)": a few words after a percentage, the counts that give it (to
     * its rounding) in brackets; the index after them, or {@code j}.
     */
    static int countsAfterWords(Tokens t, int j, Tail tail, int from) {
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
        double percent = TailComparisons.valueBefore(t, from);
        if (!Counts.gives(counts[0], counts[1], percent)) {
            return j;
        }
        tail.counts = counts;
        return counts[2] + 1;
    }

    /** Whether the text is just a whole number, a comma and a percentage: the cell "104, 54%". */
    static boolean wholeCell(Tokens t, int from) {
        return from == 1
                && t.size() == 4
                && t.at(0).isWhole()
                && !t.at(0).spelled
                && t.at(2).is(Sym.NUM)
                && t.at(3).is(Sym.PCT);
    }

    /** "(n=39)", "(n = 39)": the number of patients a percentage is of; the count, or -1. */
    static int countInBrackets(Tokens t, int j) {
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

    /**
     * "57% (39)": a whole number alone in round brackets after a percentage, the count it stands for;
     * the count, or -1. Not when the share is not one of people (above 100%), when the number could be
     * a year, or when more follows inside the bracket.
     */
    static int bareCountInBrackets(Tokens t, int j, double percent) {
        Lexeme n = t.at(j + 1);
        if (!t.at(j).is(Sym.LPAREN)
                || !n.is(Sym.NUM)
                || !n.isWhole()
                || n.spelled
                || n.number < 1
                || n.number >= 1900
                || n.text.indexOf(',') >= 0
                || !t.at(j + 2).is(Sym.RPAREN)
                || !(percent > 0 && percent <= 100)
                || t.at(j + 3).is(Sym.PCT)
                || (t.at(j + 3).is(Sym.NUM) && !t.at(j + 3).spaceBefore)) {
            return -1;
        }
        return (int) n.number;
    }

    /** Whether the token at {@code k} stands inside a bracket opened a few tokens before it. */
    static boolean insideBracket(Tokens t, int k) {
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

    /** "three deaths (5%)", "104 articles [69.8%]": one to three words, then a percentage in brackets. */
    static int wordsThenPercent(Tokens t, int j, Tail tail) {
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
    static int skipGroup(Tokens t, int j) {
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

    /**
     * "(3/24)", "(4 of 22)", "(n=114/286)", "(<1)", "(30.0)" after a value; the index after it, or {@code j}.
     */
    static int bracketed(Tokens t, int j, Tail tail, Scope scope, Findings out) {
        if (!Tokens.isOpener(t.at(j).type)) {
            return j;
        }
        // "(n=114/286)": the counts named as the patients' number, read as "(114/286)"
        int first = t.at(j + 1).isWord("n") && t.at(j + 2).is(Sym.EQ) ? j + 3 : j + 1;
        int[] counts = Counts.countsAt(t, first);
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
}
