package org.oncodex.model.text;

import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * What compares or qualifies a value, for {@link Tail}: a comparator after "vs", a P value and an
 * interval after it, a mean's spread, an interval a few words later, an endpoint named after a
 * percentage. Each reader looks a bounded number of tokens ahead.
 */
final class TailComparisons {
    private TailComparisons() {}

    /**
     * A bracket at {@code j} that opens with a P value and goes on, after a comma or semicolon, with a
     * named interval; the index after the interval (and the bracket, when it closes there), or {@code j}.
     */
    static int pThenInterval(Tokens t, int j, Tail tail, Scope scope, Findings out) {
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
     * A bracket at {@code j} that gives a mean and then, after a semicolon or comma, a named range or
     * interval; the index after the bracket, or {@code j}. The mean is passed over: the value before
     * the bracket is the statement.
     */
    static int meanThenSpread(Tokens t, int j, Tail tail, Scope scope, Findings out) {
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

    /** The value whose tail starts at {@code from} (its number, with a sign before it). */
    static double valueBefore(Tokens t, int from) {
        int k = from - 1;
        while (k > 0 && !t.at(k).is(Sym.NUM)) {
            k--; // past a unit: "3·8%"
        }
        double v = t.at(k).number;
        return t.at(k - 1).is(Sym.MINUS) ? -v : v;
    }

    static boolean contains(Intervals.Group g, double v) {
        return !g.lower().open()
                && !g.upper().open()
                && g.lower().value() <= v
                && v <= g.upper().value()
                && g.lower().value() < g.upper().value();
    }

    /** "vs 4.1 months", "v. 17.9 m", "versus 8.9%" and the comparator's own bracket. */
    static int versus(Tokens t, int j, Tail tail, Scope scope) {
        int k = j;
        int compared = comparedWith(t, j);
        if (compared > j) {
            k = compared;
        } else if (t.at(k).is(Sym.COMMA)) {
            return j;
        } else if (!(t.at(k).is(Sym.WORD)
                && (t.at(k).isWord("vs") || t.at(k).isWord("versus") || t.at(k).isWord("v")))) {
            return j;
        } else {
            k++;
        }
        if (t.at(k).is(Sym.STOP) && t.at(k).text.equals(".")) {
            k++;
        }
        Values.Point c = Values.point(t, k);
        if (c == null || (compared > j && !sameUnit(t, c.next(), tail))) {
            return j;
        }
        tail.comparator = c;
        int m = TailUnits.plusMinus(t, c.next(), Findings.discarding());
        Tail own = new Tail();
        m = TailUnits.unit(t, m, own);
        if (tail.unit == null && own.unit != null) {
            tail.unit = own.unit;
        }
        if (tail.unitLabel == null && own.unitLabel != null) {
            tail.unitLabel = own.unitLabel;
        }
        Intervals.Group g = Intervals.after(t, m, scope, Findings.discarding());
        if (g != null && Tokens.isOpener(t.at(m).type)) {
            m = g.next();
            m = TailUnits.unit(t, m, own);
            if (tail.unit == null && own.unit != null) {
                tail.unit = own.unit;
            }
        }
        return m;
    }

    /**
     * "7.3 months compared with 4.1 months", "18%, compared with 9%": the index of the other arm's value after
     * "compared with" or "compared to" (a comma and "as" before, "the" after, allowed) or "as opposed to", or {@code
     * j}.
     */
    private static int comparedWith(Tokens t, int j) {
        int k = t.at(j).is(Sym.COMMA) ? j + 1 : j;
        if (t.at(k).isWord("as")) {
            k++;
            if (t.at(k).isWord("opposed") && t.at(k + 1).isWord("to")) {
                // "23.4 months as opposed to 16.8 months": the same comparison in other words
                k += 2;
                return t.at(k).isWord("the") ? k + 1 : k;
            }
        }
        if (!t.at(k).isWord("compared")
                || !(t.at(k + 1).isWord("with") || t.at(k + 1).isWord("to"))) {
            return j;
        }
        k += 2;
        return t.at(k).isWord("the") ? k + 1 : k;
    }

    /** Whether the other arm's value, ending before {@code k}, is printed in the value's own unit. */
    private static boolean sameUnit(Tokens t, int k, Tail tail) {
        if (tail.unit == null) {
            return false;
        }
        Lexer.Lexeme u = t.at(k);
        return tail.unit == Unit.PERCENT ? u.is(Sym.PCT) : Words.timeUnit(u) == tail.unit;
    }

    /**
     * A named interval a few words after its value: "89% of the patients in the osimertinib group (95%
     * CI, 85 to 92)", "114.6 weeks for the sunitinib arm (95% CI: 100.1 - 142.9 weeks)". Only words may
     * stand between, and the interval must say what it is.
     */
    static int lateInterval(Tokens t, int j, Tail tail, Scope scope, Findings out) {
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
    static int postfixEndpoint(Tokens t, int j, Tail tail) {
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
