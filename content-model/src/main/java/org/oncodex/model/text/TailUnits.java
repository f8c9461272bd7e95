package org.oncodex.model.text;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The unit after a value, for {@link Tail}: {@code %}, months, "mo", "percentage points", "million",
 * "per 100,000", the unit a series of values shares. Each reader looks a bounded number of tokens ahead.
 */
final class TailUnits {
    /** What news counts in millions besides people: "1.8m deaths". */
    private static final Set<String> COUNTED = Set.of("deaths", "cases", "survivors", "diagnoses");

    private TailUnits() {}

    /**
     * "out of 100", "out of every 100", "per 100" after a whole value: its count out of a hundred, the way
     * Cochrane's plain-language summaries state a risk; the index after it, or {@code j}.
     */
    static int perHundred(Tokens t, int j, Tail tail, double value) {
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
     * Past the increment a ratio is given for, when an interval's bracket follows it: "per 50 Gy", "per 10
     * years", "per SD", "per unit increase", "per 1 mg/day"; {@code j} when none is there. One number and at
     * most three words and slashes.
     */
    static int increment(Tokens t, int j) {
        if (!t.at(j).isWord("per")) {
            return j;
        }
        int k = j + 1;
        if (t.at(k).is(Sym.NUM) && !t.at(k + 1).is(Sym.PCT)) {
            k++;
        }
        int words = 0;
        while (words < 3 && (t.at(k).is(Sym.WORD) || (words > 0 && t.at(k).is(Sym.SLASH)))) {
            k++;
            words++;
        }
        return k > j + 1 && (words > 0 || t.at(k - 1).is(Sym.NUM)) && Tokens.isOpener(t.at(k).type) ? k : j;
    }

    /** Whether a single lower-case letter is run on the number before {@code j}: "3.27d", "0.45a". */
    static boolean footnoteMark(Tokens t, int j) {
        Lexeme tok = t.at(j);
        return tok.is(Sym.WORD)
                && !tok.spaceBefore
                && tok.text.length() == 1
                && tok.text.charAt(0) >= 'a'
                && tok.text.charAt(0) <= 'z'
                && t.at(j - 1).is(Sym.NUM);
    }

    /** Whether a footnote mark ("*", "†") run on the number before {@code j} stands right before a bracket. */
    static boolean markBeforeBracket(Tokens t, int j) {
        Lexeme tok = t.at(j);
        return tok.is(Sym.OTHER)
                && !tok.spaceBefore
                && tok.text.length() == 1
                && Counts.FOOTNOTE_MARKS.indexOf(tok.text.charAt(0)) >= 0
                && t.at(j - 1).is(Sym.NUM)
                && Tokens.isOpener(t.at(j + 1).type);
    }

    /** A unit right after the number or its bracket: %, months, "mo", "percentage points", "million". */
    static int unit(Tokens t, int j, Tail tail) {
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
        // "a 7-percentage-point difference": the unit hyphenated to its number
        if (tok.is(Sym.DASH) && !tok.spaceBefore && t.at(j + 1).is(Sym.POINTS) && !t.at(j + 1).spaceBefore) {
            tail.unitLabel = "percentage points";
            return j + 2;
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

    /**
     * "12.3/13.6 months", "28/12%": two arms' values joined by a slash with no space, the unit printed once
     * after the second. The unit of the second (a time or a percentage) at the slash {@code j}, or null.
     * The second value is not consumed: it is read as a statement of its own, and {@link Pairs} links the two.
     */
    static @Nullable Unit slashPairUnit(Tokens t, int j) {
        Lexeme second = t.at(j + 1);
        if (t.at(j).spaceBefore
                || !second.is(Sym.NUM)
                || second.spaceBefore
                || second.spelled
                || !t.at(j - 1).is(Sym.NUM)
                || t.at(j - 2).is(Sym.SLASH)
                || t.at(j + 2).is(Sym.SLASH)) {
            return null; // "1/2/3", "12 / 2019"
        }
        Tail after = new Tail();
        unit(t, j + 2, after);
        Unit u = after.unit;
        return u != null && (u == Unit.PERCENT || u.isTime()) ? u : null;
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
    static @Nullable Unit seriesUnit(Tokens t, int j) {
        int k = TailCounts.skipGroup(t, j);
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
            k = TailCounts.skipGroup(t, k + 1);
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

    /**
     * "92.4±2.7", "12.1 ± 3.4 months": a value's plus-minus spread (a standard deviation, a standard
     * error or a half-width, which the text seldom says), which the model holds no type for. The value
     * is read without it and a diagnostic says so; returns the index after the spread, or {@code j}.
     */
    static int plusMinus(Tokens t, int j, Findings out) {
        Lexeme pm = t.at(j);
        Lexeme n = t.at(j + 1);
        if (!pm.is(Sym.PLUSMINUS) || !n.is(Sym.NUM) || n.spelled) {
            return j;
        }
        int end = j + 1;
        out.report(
                Diagnostic.Code.UNSUPPORTED,
                "\"" + t.span(j, end) + "\": a plus-minus spread (SD, SE or half-width) has no type in the model;"
                        + " the value is read without it",
                pm.start,
                t.at(end).end);
        return j + 2;
    }

    /**
     * "7.2% ( ± 3%)", "12.1 months (±3.4 months)": a plus-minus spread alone in a bracket after a value's unit,
     * passed over as {@link #plusMinus} passes over a bare one; the index after the bracket, or {@code j}.
     */
    static int bracketedPlusMinus(Tokens t, int j, Findings out) {
        if (!Tokens.isOpener(t.at(j).type) || !t.at(j + 1).is(Sym.PLUSMINUS)) {
            return j; // one look at the token after a bracket: most brackets hold no plus-minus
        }
        int k = plusMinus(t, j + 1, Findings.discarding());
        if (k == j + 1) {
            return j;
        }
        if (t.at(k).is(Sym.PCT) || Words.timeUnit(t.at(k)) != null) {
            k++;
        }
        if (!Tokens.isCloser(t.at(k).type)) {
            return j;
        }
        plusMinus(t, j + 1, out); // report the spread once it is known to fill the bracket
        return k + 1;
    }
}
