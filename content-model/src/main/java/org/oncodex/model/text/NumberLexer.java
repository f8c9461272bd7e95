package org.oncodex.model.text;

import java.util.List;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The numbers of the {@link Lexer}: digits with a decimal point, mid-dot or (where it can only be one)
 * a decimal comma, thousands groups, scientific notation ({@code 2.3×10-9}, {@code 1.2e-5}, {@code
 * 10−4}). Each number keeps its printed text and its digits with '.' as the decimal sign. Every loop
 * reads each character once or looks a bounded distance ahead.
 */
final class NumberLexer {
    private NumberLexer() {}

    static int number(String s, int start, List<Lexeme> out, boolean space, int[] pointDecimals) {
        int plain = plainNumber(s, start, out, space);
        if (plain > start) {
            return plain;
        }
        int n = s.length();
        int i = start;
        StringBuilder digits = new StringBuilder(12);
        while (i < n && Lexer.isDigit(s.charAt(i)) && digits.length() <= Lexer.MAX_DIGITS) {
            digits.append(s.charAt(i));
            i++;
        }
        boolean decimalComma = false;
        // thousands groups between spaces: "17 500", and "25 512 (59.1)" (see spaceGroup)
        while (i < n && digits.length() <= Lexer.MAX_DIGITS && spaceGroup(s, start, i)) {
            for (int k = 2; k <= 4; k++) {
                digits.append(s.charAt(i + k - 1));
            }
            i += 4;
        }
        // thousands groups: 1,025
        while (i < n
                && s.charAt(i) == ','
                && digits.length() > 0
                && digits.length() <= Lexer.MAX_DIGITS
                && groupOfThree(s, i + 1)
                && !(digits.length() == 1 && digits.charAt(0) == '0')) {
            for (int k = 1; k <= 3; k++) {
                digits.append(s.charAt(i + k));
            }
            i += 4;
        }
        int decimals = 0;
        if (i + 1 < n && Lexer.isDecimalPoint(s.charAt(i)) && Lexer.isDigit(s.charAt(i + 1))) {
            digits.append('.');
            i++;
            while (i < n && Lexer.isDigit(s.charAt(i)) && digits.length() <= Lexer.MAX_DIGITS) {
                digits.append(s.charAt(i));
                decimals++;
                i++;
            }
        } else if (i + 1 < n
                && s.charAt(i) == ','
                && Lexer.isDigit(s.charAt(i + 1))
                && digits.indexOf(".") < 0
                && isDecimalComma(s, start, i, digits, pointDecimals)) {
            digits.append('.');
            i++;
            while (i < n && Lexer.isDigit(s.charAt(i)) && digits.length() <= Lexer.MAX_DIGITS) {
                digits.append(s.charAt(i));
                decimals++;
                i++;
            }
            decimalComma = true;
        }
        if (digits.length() > Lexer.MAX_DIGITS || (i < n && Lexer.isDigit(s.charAt(i)))) {
            // absurdly long digit runs are not statistics; keep them as a word the parser ignores
            while (i < n && (Lexer.isDigit(s.charAt(i)) || Lexer.isDecimalPoint(s.charAt(i)))) {
                i++;
            }
            out.add(new Lexeme(Sym.WORD, start, i, space, s.substring(start, i), 0, 0));
            return i;
        }
        String text = digits.toString();
        // "10−4", "10⁻⁵": a power of ten written with a minus sign (never a hyphen, which makes a range)
        if (text.equals("10")
                && i + 1 < n
                && (s.charAt(i) == '−' || s.charAt(i) == '⁻')
                && (Lexer.isDigit(s.charAt(i + 1)) || isSuperscriptDigit(s.charAt(i + 1)))) {
            int j = i + 1;
            StringBuilder e = new StringBuilder();
            while (j < n && e.length() < 3 && (Lexer.isDigit(s.charAt(j)) || isSuperscriptDigit(s.charAt(j)))) {
                e.append(Lexer.isDigit(s.charAt(j)) ? s.charAt(j) : (char) ('0' + superscriptValue(s.charAt(j))));
                j++;
            }
            int exp = -Integer.parseInt(e.toString());
            out.add(new Lexeme(
                    Sym.NUM,
                    start,
                    j,
                    space,
                    s.substring(start, j),
                    Double.parseDouble("1e" + exp),
                    0,
                    "1e" + exp,
                    false,
                    false));
            return j;
        }
        double value = value(text, decimals);
        int exponentEnd = exponent(s, i);
        if (exponentEnd > i) {
            int exp = exponentValue(s, i, exponentEnd);
            if (exp != Integer.MIN_VALUE) {
                value = Double.parseDouble((text.startsWith(".") ? "0" + text : text) + "e" + exp);
                text = text + "e" + exp;
                i = exponentEnd;
            }
        }
        String digitsText = text.startsWith(".") ? "0" + text : text;
        String raw = s.substring(start, i);
        out.add(new Lexeme(
                Sym.NUM,
                start,
                i,
                space,
                raw,
                value,
                decimals,
                raw.equals(digitsText) ? raw : digitsText,
                decimalComma,
                false));
        return i;
    }

    /**
     * The common case in one pass: ASCII digits with an optional '.' and more digits, followed by
     * nothing that could continue the number (a comma, a mid-dot, another point, an exponent or a
     * minus sign). The end of the number, or {@code start} when the general path must read it.
     */
    static int plainNumber(String s, int start, List<Lexeme> out, boolean space) {
        int n = s.length();
        int i = start;
        while (i < n && i - start < 15 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return start; // ".04": printed as "0.04" by the general path
        }
        int decimals = 0;
        if (i + 1 < n && s.charAt(i) == '.' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
            int d = i + 1;
            while (d < n && d - start < 16 && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
                d++;
            }
            decimals = d - i - 1;
            i = d;
        }
        if (i < n && mayContinue(s, i)) {
            return start; // thousands groups, decimal commas, exponents, "10−4": the general path
        }
        if (s.charAt(start) == '0' && i - start > 1 && s.charAt(start + 1) != '.') {
            return start; // "017": kept as printed by the general path
        }
        String raw = i - start <= 2 && decimals == 0 ? small(s, start, i) : s.substring(start, i);
        out.add(new Lexeme(Sym.NUM, start, i, space, raw, value(raw, decimals), decimals, raw, false, false));
        return i;
    }

    /** "0" to "99", shared: "95% CI", "12 months" print them all the time. */
    private static final String[] SMALL = small();

    private static String[] small() {
        String[] out = new String[100];
        for (int k = 0; k < out.length; k++) {
            out[k] = Integer.toString(k);
        }
        return out;
    }

    /** The shared text of the one or two digits from {@code start} to {@code end} (no leading zero). */
    private static String small(String s, int start, int end) {
        int v = 0;
        for (int k = start; k < end; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return SMALL[v];
    }

    private static boolean mayContinue(String s, int i) {
        char c = s.charAt(i);
        boolean digitAfter = i + 1 < s.length() && Lexer.isDigit(s.charAt(i + 1));
        if (isGroupSpace(c) && digitAfter) {
            return true; // "17 500": perhaps a thousands group; the general path decides
        }
        // "1,025", "0,62": a comma with a digit after it may continue the number; "0.71, 95% CI" ends it
        if (c == ',') {
            return digitAfter;
        }
        if (c == 'e' || c == 'E' || c == '−' || c == '⁻' || "×xX*⋅".indexOf(c) >= 0 || Lexer.isDigit(c)) {
            return true;
        }
        if (Lexer.isDecimalPoint(c)) {
            return i + 1 < s.length() && Lexer.isDigit(s.charAt(i + 1));
        }
        // "2.3 ×10-9": a space, then a times sign
        return c == ' ' && i + 1 < s.length() && "×xX*⋅".indexOf(s.charAt(i + 1)) >= 0;
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    /**
     * The value of plain digits with an optional decimal point. Up to 15 digits the quotient of two
     * exactly representable numbers is correctly rounded, so it equals {@link Double#parseDouble}.
     */
    private static double value(String text, int decimals) {
        int digits = text.length() - (text.indexOf('.') >= 0 ? 1 : 0);
        if (digits > 15 || decimals > 22) {
            return Double.parseDouble(text.startsWith(".") ? "0" + text : text);
        }
        long m = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != '.') {
                m = m * 10 + (c - '0');
            }
        }
        return m / POWERS_OF_TEN[decimals];
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    /**
     * Whether the space at {@code i}, inside the number that starts at {@code start}, separates
     * thousands: three digits follow it and end the group, and the digits before it are a group of one
     * to three (or earlier groups of three) with no leading zero. A no-break or thin space says so by
     * itself; an ordinary space separates numbers too often ("at 12 100 patients"), so it groups only a
     * count printed before its share in brackets, as tables print "25 512 (59.1)". Looks a bounded
     * distance ahead.
     */
    private static boolean spaceGroup(String s, int start, int i) {
        char c = s.charAt(i);
        if (!isGroupSpace(c) || !groupOfThree(s, i + 1) || s.charAt(start) == '0') {
            return false;
        }
        // the digits since the last space: one to three in the first group, three in later ones
        int group = 0;
        int k = i - 1;
        while (k >= start && Lexer.isDigit(s.charAt(k))) {
            group++;
            k--;
        }
        boolean first = k < start;
        if (group == 0 || group > 3 || (!first && group != 3) || (start > 0 && Lexer.isDigit(s.charAt(start - 1)))) {
            return false;
        }
        if (c != ' ') {
            return true;
        }
        // an ordinary space: the last group must be followed by " (" and a digit, or by another group
        int after = i + 4;
        if (after + 3 < s.length() && s.charAt(after) == ' ' && groupOfThree(s, after + 1)) {
            return true;
        }
        int j = after < s.length() && s.charAt(after) == ' ' ? after + 1 : after;
        return j + 1 < s.length() && s.charAt(j) == '(' && Lexer.isDigit(s.charAt(j + 1));
    }

    /** Exactly three digits at {@code i}, not followed by another digit or a decimal separator and digit. */
    private static boolean groupOfThree(String s, int i) {
        if (i + 3 > s.length()) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            if (!Lexer.isDigit(s.charAt(i + k))) {
                return false;
            }
        }
        int after = i + 3;
        if (after < s.length() && Lexer.isDigit(s.charAt(after))) {
            return false;
        }
        // "1,025,2.173": a group followed by a comma and a decimal number is the first number of a list
        return !(after + 1 < s.length() && s.charAt(after) == ',' && followedByDecimal(s, after + 1));
    }

    private static boolean followedByDecimal(String s, int i) {
        int j = i;
        while (j < s.length() && Lexer.isDigit(s.charAt(j))) {
            j++;
        }
        return j > i && j + 1 < s.length() && s.charAt(j) == '.' && Lexer.isDigit(s.charAt(j + 1));
    }

    private static boolean isDecimalComma(String s, int start, int comma, CharSequence digits, int[] pointDecimals) {
        int j = comma + 1;
        while (j < s.length() && Lexer.isDigit(s.charAt(j))) {
            j++;
        }
        int fraction = j - comma - 1;
        boolean zero = digits.length() == 1 && digits.charAt(0) == '0';
        if (zero) {
            return true;
        }
        if (fraction == 3) {
            return false;
        }
        if (pointDecimals[0] < 0) {
            pointDecimals[0] = hasDecimalPoint(s) ? 1 : 0;
        }
        if (pointDecimals[0] == 1) {
            return false;
        }
        // "1,2,3" and "(1,2)" are lists, not decimals
        boolean listAfter =
                j < s.length() && s.charAt(j) == ',' && j + 1 < s.length() && Lexer.isDigit(s.charAt(j + 1));
        boolean listBefore = start > 0 && s.charAt(start - 1) == ',';
        return !listAfter && !listBefore && digits.length() <= 3;
    }

    /** The end of {@code ×10-9}, {@code x 10^-5}, {@code x 10(-10)}, {@code e-9}, {@code ·10−3} at {@code i}, or {@code i}. */
    private static int exponent(String s, int i) {
        int n = s.length();
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '−' || s.charAt(j) == '+')) {
                j++;
            }
            int d = j;
            while (j < n && Lexer.isDigit(s.charAt(j)) && j - d < 4) {
                j++;
            }
            return j > d && !(j < n && Character.isLetterOrDigit(s.charAt(j))) ? j : i;
        }
        int j = i;
        if (j < n && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= n || "×xX*⋅".indexOf(s.charAt(j)) < 0) {
            return i;
        }
        j++;
        if (j < n && s.charAt(j) == ' ') {
            j++;
        }
        if (!(j + 1 < n && s.charAt(j) == '1' && s.charAt(j + 1) == '0')) {
            return i;
        }
        j += 2;
        if (j < n && s.charAt(j) == '^') {
            j++;
        }
        // "1.3 x 10(-10)": the exponent in brackets, as PubMed's plain text prints a superscript
        boolean bracket = j < n && s.charAt(j) == '(';
        if (bracket) {
            j++;
        }
        if (j < n && "-−–‒⁻".indexOf(s.charAt(j)) >= 0) {
            j++;
        } else {
            return i;
        }
        int d = j;
        while (j < n && (Lexer.isDigit(s.charAt(j)) || isSuperscriptDigit(s.charAt(j))) && j - d < 4) {
            j++;
        }
        if (bracket) {
            return j > d && j < n && s.charAt(j) == ')' ? j + 1 : i;
        }
        return j > d ? j : i;
    }

    private static int exponentValue(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        boolean negative = false;
        int i = from;
        if (s.charAt(i) == 'e' || s.charAt(i) == 'E') {
            i++;
        } else {
            i = s.indexOf('0', i) + 1; // after "10"
            if (i < to && s.charAt(i) == '^') {
                i++;
            }
        }
        for (; i < to; i++) {
            char c = s.charAt(i);
            if ("-−–‒⁻".indexOf(c) >= 0) {
                negative = true;
            } else if (Lexer.isDigit(c)) {
                b.append(c);
            } else if (isSuperscriptDigit(c)) {
                b.append(superscriptValue(c));
            }
        }
        if (b.length() == 0) {
            return Integer.MIN_VALUE;
        }
        int v = Integer.parseInt(b.toString());
        return negative ? -v : v;
    }

    private static boolean isSuperscriptDigit(char c) {
        return superscriptValue(c) >= 0;
    }

    private static int superscriptValue(char c) {
        return switch (c) {
            case '⁰' -> 0;
            case '¹' -> 1;
            case '²' -> 2;
            case '³' -> 3;
            case '⁴' -> 4;
            case '⁵' -> 5;
            case '⁶' -> 6;
            case '⁷' -> 7;
            case '⁸' -> 8;
            case '⁹' -> 9;
            default -> -1;
        };
    }

    private static boolean hasDecimalPoint(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (Lexer.isDecimalPoint(s.charAt(i)) && Lexer.isDigit(s.charAt(i - 1)) && Lexer.isDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
