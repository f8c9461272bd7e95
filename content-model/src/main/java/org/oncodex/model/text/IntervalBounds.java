package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Intervals.Bound;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * One end of an interval, for {@link Intervals}: a number with its sign, censoring mark and unit, or an
 * open end printed as {@code NR}, {@code NE}, {@code N.A.} or "not reached". Each reader looks a bounded
 * number of tokens ahead.
 */
final class IntervalBounds {
    private IntervalBounds() {}

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
            return new Bound(v, negative ? "-" + num.digits : num.digits, false, censored, unit, j);
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

    /**
     * "(15.3, –)", "(8.3 to –)": a dash alone where the upper end stands, the way tables print an end that could
     * not be estimated; read as an open end ("NE"), or null.
     */
    static @Nullable Bound dashForOpen(Tokens t, int i) {
        Lexeme tok = t.at(i);
        if ((tok.is(Sym.DASH) || tok.is(Sym.MINUS)) && Tokens.isCloser(t.at(i + 1).type)) {
            return new Bound(0, "NE", true, false, null, i + 1);
        }
        return null;
    }

    /** "NR" or "NE" for an abbreviation of an open value as printed, or null. */
    static @Nullable String openWord(String text) {
        // every abbreviation below starts with N or n and has two to four letters: most words need no hashing
        if (text.length() < 2 || text.length() > 4 || (text.charAt(0) | 0x20) != 'n') {
            return null;
        }
        return switch (text) {
            case "NR", "nr", "Nr" -> "NR";
            case "NE", "ne", "NA", "NAv", "NC", "NEst" -> "NE";
            default -> null;
        };
    }

    /** "NE-NE", "NR-NR": both ends of an interval open, written as one hyphenated word; null otherwise. */
    static @Nullable Bound openPair(Tokens t, int i) {
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
    static @Nullable String dottedOpen(Tokens t, int i) {
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
}
