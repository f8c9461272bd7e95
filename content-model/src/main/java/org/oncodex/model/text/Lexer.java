package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits text into the tokens effect statements are made of, keeping each token's character span.
 *
 * <p>Typographic variants are folded here so the recognizers see one form: the Unicode minus becomes
 * {@link Sym#MINUS}; hyphens, figure, en and em dashes {@link Sym#DASH}; the Lancet mid-dot (and the
 * dot operator) between digits a decimal point; no-break and thin spaces plain space; {@code ≤ ≥ <=
 * >=} their relations; "percent" and "per cent" {@link Sym#PCT}; "percentage points" {@link
 * Sym#POINTS}. Numbers keep their printed text and decimals. A number written in words ("thirty-eight
 * percent", "nine months", "one in 10", "three million") becomes a number only before a percent sign, a
 * unit of time, "million" or "billion", or a frequency's "in" or "out of" and digits. Thousands
 * groups ({@code 1,025}) and scientific notation ({@code 2.3×10-9}, {@code 1.2e-5}) are one number. A
 * decimal comma is read where it cannot be a list or a thousands group (see {@link #tokens}); the
 * token remembers it so the parser can say so.
 *
 * <p>Every loop advances by at least one character and looks ahead a bounded distance: linear time.
 */
final class Lexer {

    enum Sym {
        NUM,
        PCT,
        POINTS,
        WORD,
        LPAREN,
        RPAREN,
        LBRACK,
        RBRACK,
        COMMA,
        SEMI,
        COLON,
        EQ,
        LT,
        GT,
        LE,
        GE,
        DASH,
        MINUS,
        PLUS,
        SLASH,
        PLUSMINUS,
        STOP,
        OTHER
    }

    /** One token: its type, span and, for words, its text as written and lower-cased. */
    static final class Lexeme {
        final Sym type;
        final int start;
        final int end;
        final boolean spaceBefore;
        final String text;
        final String lower;
        final double number;
        final int decimals;
        /** For numbers: the digits with '.' as decimal point, as printed ("0.010", "2.3e-9"). */
        final String digits;
        /** For numbers: written with a decimal comma, in words, or in scientific notation. */
        final boolean decimalComma;

        final boolean spelled;

        Lexeme(Sym type, int start, int end, boolean spaceBefore, String text, double number, int decimals) {
            this(type, start, end, spaceBefore, text, number, decimals, text, false, false);
        }

        Lexeme(
                Sym type,
                int start,
                int end,
                boolean spaceBefore,
                String text,
                double number,
                int decimals,
                String digits,
                boolean decimalComma,
                boolean spelled) {
            this.type = type;
            this.start = start;
            this.end = end;
            this.spaceBefore = spaceBefore;
            this.text = text;
            this.lower = type == Sym.WORD ? lowerCase(text) : text;
            this.number = number;
            this.decimals = decimals;
            this.digits = digits;
            this.decimalComma = decimalComma;
            this.spelled = spelled;
        }

        boolean is(Sym t) {
            return type == t;
        }

        /** The word in lower case; the same instance when it has no upper-case letter. */
        private static String lowerCase(String text) {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (Character.isUpperCase(c) || c > 0x7F) {
                    return text.toLowerCase(Locale.ROOT);
                }
            }
            return text;
        }

        boolean isWord(String lowerCase) {
            return type == Sym.WORD && lower.equals(lowerCase);
        }

        boolean isWhole() {
            return type == Sym.NUM && decimals == 0 && digits.indexOf('.') < 0 && digits.indexOf('e') < 0;
        }

        @Override
        public String toString() {
            return type + "(" + text + ")@" + start;
        }
    }

    static final int MAX_DIGITS = 40;

    /** The text of one-character ASCII symbols, shared rather than cut out of the input each time. */
    private static final String[] ONE_CHAR = oneChar();
    /** How many of one mark or line break in a row are read as one token. */
    static final int LONG_RUN = 8;

    private static String[] oneChar() {
        String[] out = new String[128];
        for (char c = 0; c < 128; c++) {
            out[c] = String.valueOf(c).intern();
        }
        return out;
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);

    private Lexer() {}

    /**
     * The tokens of {@code s}. A comma between digits is a decimal comma when the integer part is 0
     * ({@code 0,62}), or when the text has no decimal point anywhere and the comma is followed by other
     * than exactly three digits ({@code 1,25 (1,02-1,53)}); three digits after it make a thousands
     * group ({@code 1,025}) unless the number before it has a decimal point ({@code 1.025,2.173} is two
     * numbers).
     */
    static List<Lexeme> tokens(String s) {
        List<Lexeme> out = new ArrayList<>(Math.max(8, s.length() / 3));
        int[] pointDecimals = {-1}; // whether the text has a decimal point anywhere: found once, when first asked
        int n = s.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = endOfRun(s, i);
                out.add(new Lexeme(Sym.STOP, i, end, true, "\n", 0, 0));
                space = true;
                i = end;
                continue;
            }
            if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c) || (isDecimalPoint(c) && i + 1 < n && isDigit(s.charAt(i + 1)) && !precededByDigit(s, i))) {
                i = NumberLexer.number(s, i, out, space, pointDecimals);
            } else if (isAsciiLetter(c) || Character.isLetter(c)) {
                i = joinedConnector(s, i);
                if (i == start) {
                    i = word(s, start);
                }
                String w = s.substring(start, i);
                i = wordToken(s, start, i, w, out, space);
            } else {
                Sym t = symbol(s, i);
                int len = (t == Sym.LE || t == Sym.GE) && (c == '<' || c == '>') ? 2 : 1;
                if (len == 2 && s.charAt(i + 1) == '/') {
                    len = 3; // ">/=", "</=": how MEDLINE's plain text prints ≥ and ≤
                }
                i += len;
                String text = len == 1 && c < ONE_CHAR.length ? ONE_CHAR[c] : s.substring(start, i);
                if (len == 1) {
                    i = endOfRun(s, start);
                }
                out.add(new Lexeme(t, start, i, space, text, 0, 0));
            }
            space = false;
        }
        return out;
    }

    /**
     * The end of the run of the character at {@code i}: {@code i + 1}, or past a run of at least
     * {@link #LONG_RUN} of it, which is read as one token of that character. No statistic is written
     * with that many of one mark in a row, and a token for each (a line of commas, dots or blank
     * lines) made the parse of a long run allocate a token per character.
     */
    private static int endOfRun(String s, int i) {
        char c = s.charAt(i);
        int end = i + 1;
        while (end < s.length() && s.charAt(end) == c && end - i < LONG_RUN) {
            end++;
        }
        if (end - i < LONG_RUN) {
            return i + 1;
        }
        while (end < s.length() && s.charAt(end) == c) {
            end++;
        }
        return end;
    }

    private static int wordToken(String s, int start, int end, String w, List<Lexeme> out, boolean space) {
        Lexeme word = new Lexeme(Sym.WORD, start, end, space, w, 0, 0);
        String lower = word.lower;
        switch (lower) {
            case "percent", "pct" -> {
                out.add(new Lexeme(Sym.PCT, start, end, space, w, 0, 0));
                return end;
            }
            case "per" -> {
                int next = skipSpaces(s, end);
                if (s.regionMatches(true, next, "cent", 0, 4) && !letterAt(s, next + 4)) {
                    out.add(new Lexeme(Sym.PCT, start, next + 4, space, s.substring(start, next + 4), 0, 0));
                    return next + 4;
                }
                out.add(word);
                return end;
            }
            case "percentage", "pp" -> {
                if (lower.equals("pp")) {
                    out.add(new Lexeme(Sym.POINTS, start, end, space, w, 0, 0));
                    return end;
                }
                int next = skipSpaces(s, end);
                if (s.regionMatches(true, next, "point", 0, 5)) {
                    int e = next + 5;
                    if (e < s.length() && (s.charAt(e) == 's' || s.charAt(e) == 'S')) {
                        e++;
                    }
                    if (!letterAt(s, e)) {
                        out.add(new Lexeme(Sym.POINTS, start, e, space, s.substring(start, e), 0, 0));
                        return e;
                    }
                }
                out.add(word);
                return end;
            }
            default -> {
                int spelled = spelledNumber(lower);
                if (spelled > 0) {
                    long compound = compound(s, end, spelled);
                    if (compound >= 0) {
                        // "One hundred ninety-three", "one thousand ninety-two": one number, many words
                        int e = (int) (compound >>> 32);
                        int v = (int) compound;
                        if (beforeUnit(s, e) || beforeShare(s, e)) {
                            String text = s.substring(start, e);
                            out.add(new Lexeme(Sym.NUM, start, e, space, text, v, 0, Integer.toString(v), false, true));
                            return e;
                        }
                        out.add(word); // "one" of "one hundred ..." is not a number of its own
                        return end;
                    }
                }
                int value = spelled >= 0
                                && (beforeUnit(s, end)
                                        || beforeFrequency(s, end)
                                        || beforeMillions(s, end)
                                        || (beforeShare(s, end) && !partOfLargerNumber(out))
                                        // "in four of 22 people": after "in" too, a count before its total
                                        || (beforeTotal(s, end) && !afterLargerNumber(out)))
                        ? spelled
                        : -1;
                if (value >= 0) {
                    String v = Integer.toString(value);
                    out.add(new Lexeme(Sym.NUM, start, end, space, w, value, 0, v, false, true));
                    return end;
                }
                out.add(word);
                return end;
            }
        }
    }

    /** "nine", "thirty-eight", "forty two" is read word by word: only single words and hyphenated pairs. */
    private static int spelledNumber(String lower) {
        // every number word starts with one of these letters: most words need no lookup
        if (lower.isEmpty() || "otfsenz".indexOf(lower.charAt(0)) < 0) {
            return -1;
        }
        Integer unit = UNITS.get(lower);
        if (unit != null) {
            return unit;
        }
        Integer tens = TENS.get(lower);
        if (tens != null) {
            return tens;
        }
        int dash = lower.indexOf('-');
        if (dash < 0) {
            dash = Math.max(lower.indexOf('‐'), lower.indexOf('‑')); // "Eighty‐seven" with a Unicode hyphen
        }
        if (dash > 0) {
            Integer t = TENS.get(lower.substring(0, dash));
            Integer u = UNITS.get(lower.substring(dash + 1));
            if (t != null && u != null && u > 0 && u < 10) {
                return t + u;
            }
        }
        return -1;
    }

    /**
     * A number in words that goes on after its first word ({@code first}, ending at {@code end}) with
     * "hundred" or "thousand": "one hundred ninety-three", "one hundred and forty-one", "two thousand
     * and five". Returns the end of the last word in the high 32 bits and the value in the low ones, or
     * -1 when no "hundred" or "thousand" follows. At most eight words are read.
     */
    private static long compound(String s, int end, int first) {
        long total = 0;
        long current = first;
        int at = end;
        int last = -1;
        boolean scaled = false;
        boolean afterScale = false;
        for (int words = 0; words < 8; words++) {
            int w = skipSpaces(s, at);
            int e = word(s, w);
            if (e == w) {
                break;
            }
            String lower = s.substring(w, e).toLowerCase(Locale.ROOT);
            if (lower.equals("hundred") && current > 0 && current < 10) {
                current *= 100;
            } else if (lower.equals("thousand") && current > 0 && current < 1000) {
                total += current * 1000;
                current = 0;
            } else if (lower.equals("and") && afterScale) {
                at = e;
                afterScale = false;
                continue;
            } else {
                int n = spelledNumber(lower);
                if (n <= 0 || !scaled || current % 100 != 0) {
                    break;
                }
                current += n;
                at = e;
                last = e;
                afterScale = false;
                continue;
            }
            scaled = true;
            afterScale = true;
            at = e;
            last = e;
        }
        if (!scaled || last < 0) {
            return -1;
        }
        long value = total + current;
        return value > Integer.MAX_VALUE ? -1 : ((long) last << 32) | value;
    }

    /**
     * "One hundred ninety-three", "one hundred and forty-one": the last word is not the whole number;
     * "two in three people": the number is a denominator.
     */
    private static boolean partOfLargerNumber(List<Lexeme> out) {
        if (out.isEmpty()) {
            return false;
        }
        Lexeme before = out.get(out.size() - 1);
        if (before.isWord("in") || before.isWord("of") || before.isWord("every")) {
            return true; // "two in three people (67.2%)": a denominator, not a count
        }
        return afterLargerNumber(out);
    }

    /** "one hundred and four": the word is the end of a larger number. */
    private static boolean afterLargerNumber(List<Lexeme> out) {
        if (out.isEmpty()) {
            return false;
        }
        Lexeme before = out.get(out.size() - 1);
        if (before.isWord("and") && out.size() > 1) {
            before = out.get(out.size() - 2);
        }
        return before.isWord("hundred") || before.isWord("thousand") || before.isWord("million");
    }

    /**
     * "Three deaths (5%)", "Forty-three patients (65%)", "eleven articles (84.6%)": up to two words,
     * then a percentage in brackets, after a number in words; the number is the count of that share.
     */
    private static boolean beforeShare(String s, int end) {
        int i = end;
        for (int words = 0; words <= 2; words++) {
            i = skipSpaces(s, i);
            if (i < s.length() && s.charAt(i) == '(') {
                int k = skipSpaces(s, i + 1);
                int digits = k;
                while (k < s.length() && (isDigit(s.charAt(k)) || s.charAt(k) == '.' || s.charAt(k) == ',')) {
                    k++;
                }
                k = skipSpaces(s, k);
                return k > digits && k < s.length() && (s.charAt(k) == '%' || s.charAt(k) == '％');
            }
            if (words == 2) {
                return false;
            }
            int w = i;
            while (w < s.length() && w - i < 20 && (Character.isLetter(s.charAt(w)) || s.charAt(w) == '-')) {
                w++;
            }
            if (w == i) {
                return false;
            }
            i = w;
        }
        return false;
    }

    /** "four of 22 patients", "three out of 48": a count in words before "of" and a total in digits. */
    private static boolean beforeTotal(String s, int end) {
        int i = skipSpaces(s, end);
        if (s.startsWith("out", i)) {
            i = skipSpaces(s, i + 3);
        }
        if (!s.startsWith("of", i)) {
            return false;
        }
        int k = skipSpaces(s, i + 2);
        return k > i + 2 && k < s.length() && isDigit(s.charAt(k));
    }

    /** "one in 10", "two out of 3": a number in words before "in" or "out of" and digits. */
    private static boolean beforeFrequency(String s, int end) {
        int next = skipSpaces(s, end);
        int after;
        if (s.regionMatches(true, next, "in ", 0, 3)) {
            after = next + 3;
        } else if (s.regionMatches(true, next, "out of ", 0, 7)) {
            after = next + 7;
        } else {
            return false;
        }
        return after < s.length() && isDigit(s.charAt(after));
    }

    private static boolean beforeUnit(String s, int end) {
        int next = skipSpaces(s, end);
        if (next >= s.length()) {
            return false;
        }
        char first = s.charAt(next);
        if (first == '%' || first == '％') {
            return true;
        }
        if ("pPmMyYwWdD".indexOf(first) < 0) {
            return false;
        }
        int e = next;
        while (e < s.length() && Character.isLetter(s.charAt(e)) && e - next < 12) {
            e++;
        }
        String w = s.substring(next, e).toLowerCase(Locale.ROOT);
        return switch (w) {
            case "percent", "per", "percentage", "month", "months", "year", "years", "week", "weeks", "day", "days" ->
                true;
            default -> false;
        };
    }

    /** "three million men": a number in words before "million" or "billion" is a number. */
    private static boolean beforeMillions(String s, int end) {
        int next = skipSpaces(s, end);
        return next > end
                && (s.regionMatches(true, next, "million", 0, 7) || s.regionMatches(true, next, "billion", 0, 7))
                && !letterAt(s, next + 7);
    }

    /**
     * "vs29.9", "to21·4%": a connector run into the number after it, as text extraction leaves it. The
     * end of the connector, or {@code start} when the word is something else.
     */
    private static int joinedConnector(String s, int start) {
        if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
            return start;
        }
        for (String connector : JOINED_CONNECTORS) {
            int end = start + connector.length();
            if (end < s.length() && isDigit(s.charAt(end)) && lowerCaseEquals(s, start, connector)) {
                return end;
            }
        }
        return start;
    }

    private static final String[] JOINED_CONNECTORS = {
        "vs", "to", "and", "versus", "about", "approximately", "nearly", "almost", "than", "only"
    };

    /** Whether {@code s} holds {@code lower} at {@code start}, ignoring the case of ASCII letters. */
    private static boolean lowerCaseEquals(String s, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ((s.charAt(start + k) | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int word(String s, int start) {
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (isAsciiLetter(c) || isDigit(c) || (c > 0x7F && Character.isLetterOrDigit(c))) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '‐' || c == '‑')
                    && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i + 1))
                    && !(isDigit(s.charAt(i + 1)) && followsNumberTail(s, i + 1))) {
                i++;
            } else if (c == '+' && i > start && (i + 1 >= n || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++; // CD8+, HER2+
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether the digits at {@code i} continue as a decimal number ("HR-0.5"), not as a name ("KEYNOTE-189"). */
    private static boolean followsNumberTail(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j + 1 < s.length() && isDecimalPoint(s.charAt(j)) && isDigit(s.charAt(j + 1));
    }

    private static Sym symbol(String s, int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        return switch (c) {
            case '(', '（' -> Sym.LPAREN;
            case ')', '）' -> Sym.RPAREN;
            case '[', '{' -> Sym.LBRACK;
            case ']', '}' -> Sym.RBRACK;
            case ',', '，' -> Sym.COMMA;
            case ';' -> Sym.SEMI;
            case ':' -> Sym.COLON;
            case '=' -> Sym.EQ;
            case '<', '‹' -> next == '=' || slashEquals(s, i) ? Sym.LE : Sym.LT;
            case '>', '›' -> next == '=' || slashEquals(s, i) ? Sym.GE : Sym.GT;
            case '≤', '⩽' -> Sym.LE;
            case '≥', '⩾' -> Sym.GE;
            case '%', '％' -> Sym.PCT;
            case '−', '﹣', '－' -> Sym.MINUS;
            case '-', '‐', '‑', '‒', '–', '—', '―' -> Sym.DASH;
            case '+' -> Sym.PLUS;
            case '/' -> Sym.SLASH;
            case '±' -> Sym.PLUSMINUS;
            case '.', '!', '?', '|' -> Sym.STOP;
            default -> Sym.OTHER;
        };
    }

    /** {@code >/=} at {@code i}: the sign, a slash and an equals sign. */
    private static boolean slashEquals(String s, int i) {
        return i + 2 < s.length() && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '=';
    }

    private static boolean isAsciiLetter(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDecimalPoint(char c) {
        return c == '.' || c == '·' || c == '∙' || c == '⋅';
    }

    private static boolean precededByDigit(String s, int i) {
        return i > 0 && (isDigit(s.charAt(i - 1)) || Character.isLetter(s.charAt(i - 1)));
    }

    private static int skipSpaces(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 4 && (s.charAt(j) == ' ' || Character.isSpaceChar(s.charAt(j)))) {
            j++;
        }
        return j;
    }

    private static boolean letterAt(String s, int i) {
        return i < s.length() && Character.isLetter(s.charAt(i));
    }
}
