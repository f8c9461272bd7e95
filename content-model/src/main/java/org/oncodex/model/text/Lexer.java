package org.oncodex.model.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into the tokens effect statements are made of, keeping each token's character span.
 *
 * <p>Typographic variants are folded here so the recognizers see one form: the Unicode minus becomes
 * {@link Sym#MINUS}; hyphens, figure, en and em dashes, and a tilde between digits ({@code 6.3~39.4})
 * {@link Sym#DASH}; the Lancet mid-dot (and the
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

        /** For words: the word as the parser knows it, or null (see {@link KnownWords}). */
        final KnownWords.@Nullable Entry known;

        /** For words: {@link #mayBeListed()}, found once; the recognizers ask it of a word again and again. */
        private final boolean listed;

        Lexeme(Sym type, int start, int end, boolean spaceBefore, String text, double number, int decimals) {
            this(type, start, end, spaceBefore, text, number, decimals, text, false, false);
        }

        /** A known word: its text and lower case are the table's. */
        Lexeme(int start, int end, boolean spaceBefore, KnownWords.Entry known) {
            this.type = Sym.WORD;
            this.start = start;
            this.end = end;
            this.spaceBefore = spaceBefore;
            this.text = known.text;
            this.lower = known.lower;
            this.number = 0;
            this.decimals = 0;
            this.digits = known.text;
            this.decimalComma = false;
            this.spelled = false;
            this.known = known;
            this.listed = true;
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
            this.number = number;
            this.decimals = decimals;
            this.digits = digits;
            this.decimalComma = decimalComma;
            this.spelled = spelled;
            this.known = null;
            if (type != Sym.WORD) {
                this.lower = text;
                this.listed = false;
                return;
            }
            // one pass over the word for both: whether it has an upper-case letter, and which cases it mixes
            boolean upper = false;
            boolean upperAfterFirst = false;
            boolean lowerAnywhere = false;
            boolean beyondAscii = false;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c > 0x7F) {
                    beyondAscii = true;
                    break;
                }
                if (c >= 'A' && c <= 'Z') {
                    upper = true;
                    upperAfterFirst |= k > 0;
                }
                lowerAnywhere |= c >= 'a' && c <= 'z';
            }
            this.lower = upper || beyondAscii ? text.toLowerCase(Locale.ROOT) : text;
            this.listed = beyondAscii || text.length() > KnownWords.MAX_LENGTH || (upperAfterFirst && lowerAnywhere);
        }

        boolean is(Sym t) {
            return type == t;
        }

        /**
         * Whether a word the parser does not know may still be in one of the sets of lower-case words it
         * looks words up in: only a word in mixed case ("CIs", "mOS", "rPFS") or beyond ASCII may be. Every word of
         * those sets is known in lower case, capitalised and upper case ({@link KnownWords}).
         */
        boolean mayBeListed() {
            return type == Sym.WORD ? listed : known != null || mixedCaseOrLong(text);
        }

        private static boolean mixedCaseOrLong(String text) {
            if (text.length() > KnownWords.MAX_LENGTH) {
                return true;
            }
            // known in lower case, capitalised and upper case: any other mix of cases ("rPFS", "CIs") may be listed
            boolean upperAfterFirst = false;
            boolean lowerAnywhere = false;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c > 0x7F) {
                    return true;
                }
                if (k > 0) {
                    upperAfterFirst |= c >= 'A' && c <= 'Z';
                }
                lowerAnywhere |= c >= 'a' && c <= 'z';
            }
            return upperAfterFirst && lowerAnywhere;
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

    /**
     * The tokens as the lexer appends them: a list whose array {@link Tokens} takes as it stands, where an
     * {@link java.util.ArrayList} would be copied into an array once more for every text.
     */
    static final class Buffer extends AbstractList<Lexeme> implements RandomAccess {
        private Lexeme[] items;
        private int size;

        Buffer(int capacity) {
            this.items = new Lexeme[capacity];
        }

        @Override
        public boolean add(Lexeme l) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size + (size >> 1) + 1);
            }
            items[size++] = l;
            return true;
        }

        @Override
        public Lexeme get(int index) {
            Objects.checkIndex(index, size);
            return items[index];
        }

        @Override
        public int size() {
            return size;
        }

        /** The array the tokens are in, from 0 to {@link #size()}; longer than that as a rule. */
        Lexeme[] array() {
            return items;
        }
    }

    static final int MAX_DIGITS = 40;

    /** The text of one-character ASCII symbols, shared rather than cut out of the input each time. */
    private static final String[] ONE_CHAR = oneChar();
    /** How many of one mark or line break in a row are read as one token. */
    static final int LONG_RUN = 8;

    /** The text of a one-character symbol beyond ASCII: shared for the dashes, signs and brackets the lexer folds. */
    private static String oneSymbol(char c) {
        int k = SYMBOLS.indexOf(c);
        return k >= 0 ? SYMBOL_TEXTS[k] : String.valueOf(c);
    }

    private static final String SYMBOLS = "–—‒―‐‑−﹣－≤≥⩽⩾±·∙⋅％，（）‹›≈×";
    private static final String[] SYMBOL_TEXTS = symbolTexts();

    private static String[] symbolTexts() {
        String[] out = new String[SYMBOLS.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = String.valueOf(SYMBOLS.charAt(k));
        }
        return out;
    }

    private static String[] oneChar() {
        String[] out = new String[128];
        for (char c = 0; c < 128; c++) {
            out[c] = String.valueOf(c).intern();
        }
        return out;
    }

    private Lexer() {}

    /**
     * The tokens of {@code s}. A comma between digits is a decimal comma when the integer part is 0
     * ({@code 0,62}), or when the text has no decimal point anywhere and the comma is followed by other
     * than exactly three digits ({@code 1,25 (1,02-1,53)}); three digits after it make a thousands
     * group ({@code 1,025}) unless the number before it has a decimal point ({@code 1.025,2.173} is two
     * numbers).
     */
    static Buffer tokens(String s) {
        Buffer out = new Buffer(Math.max(8, s.length() / 2 + 2)); // a table cell holds about a token in 2.5 characters
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
            // no printable ASCII character is a space: only the others need the Unicode tables
            if (c == ' '
                    || ((c < '!' || c > '~')
                            && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'))) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c) || (isDecimalPoint(c) && i + 1 < n && isDigit(s.charAt(i + 1)) && !precededByDigit(s, i))) {
                i = NumberLexer.number(s, i, out, space, pointDecimals);
            } else if (isAsciiLetter(c) || Character.isLetter(c)) {
                // a connector run into its number ("vs29.9") is letters with a digit right after them
                int letters = asciiLetters(s, start);
                i = letters < n && isDigit(s.charAt(letters)) ? joinedConnector(s, start) : start;
                if (i == start) {
                    i = word(s, start, letters);
                }
                KnownWords.Entry known = KnownWords.find(s, start, i);
                String w = known != null ? known.text : s.substring(start, i);
                i = wordToken(s, start, i, w, known, out, space);
            } else {
                Sym t = symbol(s, i);
                int len = (t == Sym.LE || t == Sym.GE) && (c == '<' || c == '>') ? 2 : 1;
                if (len == 2 && s.charAt(i + 1) == '/') {
                    len = 3; // ">/=", "</=": how MEDLINE's plain text prints ≥ and ≤
                }
                i += len;
                String text = len != 1 ? s.substring(start, i) : c < ONE_CHAR.length ? ONE_CHAR[c] : oneSymbol(c);
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

    private static int wordToken(
            String s, int start, int end, String w, KnownWords.@Nullable Entry known, List<Lexeme> out, boolean space) {
        Lexeme word =
                known != null ? new Lexeme(start, end, space, known) : new Lexeme(Sym.WORD, start, end, space, w, 0, 0);
        String lower = word.lower;
        if (lower.isEmpty() || lower.charAt(0) != 'p') {
            return otherWord(s, start, end, w, lower, word, out, space); // every word the switch names starts with p
        }
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
            case "percentage", "pp", "percentage-point", "percentage-points" -> {
                // "a 7-percentage-point difference": the hyphenated unit is one word
                if (lower.equals("pp") || lower.startsWith("percentage-")) {
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
                return otherWord(s, start, end, w, lower, word, out, space);
            }
        }
    }

    /** A word that is no percent or percentage points: a number in words where it can be one, or the word. */
    private static int otherWord(
            String s, int start, int end, String w, String lower, Lexeme word, List<Lexeme> out, boolean space) {
        int e = SpelledNumbers.read(s, start, end, w, lower, out, space);
        if (e > 0) {
            return e;
        }
        out.add(word);
        return end;
    }

    /**
     * "vs29.9", "to21·4%": a connector run into the number after it, as text extraction leaves it. The
     * end of the connector, or {@code start} when the word is something else.
     */
    private static int joinedConnector(String s, int start) {
        if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
            return start;
        }
        // only letters run into a digit can be a connector run into its number: most words are not
        int letters = start;
        while (letters < s.length() && letters - start < 14 && isAsciiLetter(s.charAt(letters))) {
            letters++;
        }
        if (letters >= s.length() || !isDigit(s.charAt(letters))) {
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

    /** The end of the run of ASCII letters at {@code start}. */
    private static int asciiLetters(String s, int start) {
        int i = start;
        while (i < s.length() && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int word(String s, int start) {
        return word(s, start, start);
    }

    /** {@link #word(String, int)} when the characters from {@code start} to {@code from} are known ASCII letters. */
    private static int word(String s, int start, int from) {
        int n = s.length();
        int i = from;
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
            // "6.321~39.355": tables set in East Asian typography join a range's bounds with a tilde; a
            // tilde with a space on either side ("~21 months") means "about", and stays a mark
            case '~', '～', '〜' -> i > 0 && isDigit(s.charAt(i - 1)) && isDigit(next) ? Sym.DASH : Sym.OTHER;
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

    static int skipSpaces(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 4 && (s.charAt(j) == ' ' || Character.isSpaceChar(s.charAt(j)))) {
            j++;
        }
        return j;
    }

    static boolean letterAt(String s, int i) {
        return i < s.length() && Character.isLetter(s.charAt(i));
    }
}
