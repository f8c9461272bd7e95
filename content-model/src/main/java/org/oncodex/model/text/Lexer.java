package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the tokens effect statements are made of, keeping each token's character span.
 *
 * <p>Typographic variants are folded here so the parser sees one form: the Unicode minus becomes
 * {@link Sym#MINUS}; hyphens, en and em dashes {@link Sym#DASH}; the Lancet mid-dot between
 * digits a decimal point; no-break and thin spaces plain space; {@code ≤ ≥ <= >=} their
 * relations.
 */
final class Lexer {

    enum Sym {
        NUM,
        PCT,
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

        Lexeme(Sym type, int start, int end, boolean spaceBefore, String text, double number, int decimals) {
            this.type = type;
            this.start = start;
            this.end = end;
            this.spaceBefore = spaceBefore;
            this.text = text;
            this.lower = type == Sym.WORD ? text.toLowerCase(Locale.ROOT) : text;
            this.number = number;
            this.decimals = decimals;
        }

        boolean is(Sym t) {
            return type == t;
        }

        boolean isWord(String lowerCase) {
            return type == Sym.WORD && lower.equals(lowerCase);
        }

        @Override
        public String toString() {
            return type + "(" + text + ")@" + start;
        }
    }

    private Lexer() {}

    static List<Lexeme> tokens(String s) {
        List<Lexeme> out = new ArrayList<>(Math.max(8, s.length() / 3));
        int n = s.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.add(new Lexeme(Sym.STOP, i, i + 1, true, "\n", 0, 0));
                space = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c) || (isDecimalPoint(c) && i + 1 < n && isDigit(s.charAt(i + 1)) && !precededByDigit(s, i))) {
                i = number(s, i, out, space);
            } else if (Character.isLetter(c)) {
                i = word(s, i);
                out.add(new Lexeme(Sym.WORD, start, i, space, s.substring(start, i), 0, 0));
            } else {
                Sym t = symbol(s, i);
                int len = (t == Sym.LE || t == Sym.GE) && (c == '<' || c == '>') ? 2 : 1;
                i += len;
                out.add(new Lexeme(t, start, i, space, s.substring(start, i), 0, 0));
            }
            space = false;
        }
        return out;
    }

    private static int number(String s, int start, List<Lexeme> out, boolean space) {
        int n = s.length();
        int i = start;
        StringBuilder digits = new StringBuilder(12);
        while (i < n && isDigit(s.charAt(i))) {
            digits.append(s.charAt(i));
            i++;
        }
        int decimals = 0;
        if (i + 1 < n && isDecimalPoint(s.charAt(i)) && isDigit(s.charAt(i + 1))) {
            digits.append('.');
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                digits.append(s.charAt(i));
                decimals++;
                i++;
            }
        }
        String text = digits.toString();
        double value;
        if (text.length() > 40) {
            // absurdly long digit runs are not statistics; keep them as words the parser ignores
            out.add(new Lexeme(Sym.WORD, start, i, space, s.substring(start, i), 0, 0));
            return i;
        }
        value = Double.parseDouble(text.startsWith(".") ? "0" + text : text);
        out.add(new Lexeme(Sym.NUM, start, i, space, s.substring(start, i), value, decimals));
        return i;
    }

    private static int word(String s, int start) {
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
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
            case '(' -> Sym.LPAREN;
            case ')' -> Sym.RPAREN;
            case '[' -> Sym.LBRACK;
            case ']' -> Sym.RBRACK;
            case ',' -> Sym.COMMA;
            case ';' -> Sym.SEMI;
            case ':' -> Sym.COLON;
            case '=' -> Sym.EQ;
            case '<' -> next == '=' ? Sym.LE : Sym.LT;
            case '>' -> next == '=' ? Sym.GE : Sym.GT;
            case '≤', '⩽' -> Sym.LE;
            case '≥', '⩾' -> Sym.GE;
            case '%', '％' -> Sym.PCT;
            case '−' -> Sym.MINUS;
            case '-', '‐', '‑', '‒', '–', '—' -> Sym.DASH;
            case '/' -> Sym.SLASH;
            case '±' -> Sym.PLUSMINUS;
            case '.', '!', '?', '|' -> Sym.STOP;
            default -> Sym.OTHER;
        };
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDecimalPoint(char c) {
        return c == '.' || c == '·' || c == '∙';
    }

    private static boolean precededByDigit(String s, int i) {
        return i > 0 && (isDigit(s.charAt(i - 1)) || Character.isLetter(s.charAt(i - 1)));
    }
}
