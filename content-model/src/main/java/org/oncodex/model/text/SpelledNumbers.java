package org.oncodex.model.text;

import static org.oncodex.model.text.Lexer.isDigit;
import static org.oncodex.model.text.Lexer.letterAt;
import static org.oncodex.model.text.Lexer.skipSpaces;
import static org.oncodex.model.text.Lexer.word;

import java.util.List;
import java.util.Locale;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/*
 * Numbers written in words, for the lexer ("nine", "thirty-eight", "one hundred ninety-three"), as
 * NumberLexer reads numbers in digits. A number word is read as a number only where the words around
 * it make it one: before a unit, a share, "in"/"out of" and digits, "of" and a total, "million"; else
 * it stays a word ("one of the trials").
 */
final class SpelledNumbers {
    private SpelledNumbers() {}

    /**
     * Reads the word {@code w} (lower case {@code lower}, at {@code [start, end)}) as a number in words
     * where the words around it make it one, adding its token to {@code out}; returns the end of what
     * was read, or -1 when the word is no number here.
     */
    static int read(String s, int start, int end, String w, String lower, List<Lexeme> out, boolean space) {
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
                return -1; // "one" of "one hundred ..." is not a number of its own
            }
        }
        int half = spelled >= 0 ? andAHalf(s, end) : -1;
        if (half > 0 && beforeUnit(s, half)) {
            // "eight and a half months": one number, 8.5, before its unit
            String d = spelled + ".5";
            out.add(new Lexeme(
                    Sym.NUM, start, half, space, s.substring(start, half), spelled + 0.5, 1, d, false, true));
            return half;
        }
        int value = spelled >= 0
                        && (beforeUnit(s, end)
                                || beforeFrequency(s, end)
                                || beforeMillions(s, end)
                                || (beforeShare(s, end) && !partOfLargerNumber(out))
                                // "one in four women", "two out of every three": the total of a frequency
                                || afterFrequency(out, spelled)
                                // "in four of 22 people": after "in" too, a count before its total
                                || (beforeTotal(s, end) && !afterLargerNumber(out)))
                ? spelled
                : -1;
        if (value >= 0) {
            String v = Integer.toString(value);
            out.add(new Lexeme(Sym.NUM, start, end, space, w, value, 0, v, false, true));
            return end;
        }
        return -1;
    }

    /** "nine", "thirty-eight", "forty two" is read word by word: only single words and hyphenated pairs. */
    private static int spelledNumber(String lower) {
        // every number word starts with one of these letters and has three letters or more: most words
        // need no lookup
        if (lower.length() < 3 || "otfsenz".indexOf(lower.charAt(0)) < 0 || !numberPrefix(lower)) {
            return -1;
        }
        return NumberWords.smallNumber(lower);
    }

    /** Whether the word starts as a number word does: "ze", "on", "tw", "th", "fo", "fi", "si", "se", "ei", "ni", "te", "el". */
    private static boolean numberPrefix(String lower) {
        return switch (lower.charAt(0)) {
            case 'z' -> lower.charAt(1) == 'e';
            case 'o' -> lower.charAt(1) == 'n';
            case 't' -> lower.charAt(1) == 'w' || lower.charAt(1) == 'h' || lower.charAt(1) == 'e';
            case 'f' -> lower.charAt(1) == 'o' || lower.charAt(1) == 'i';
            case 's' -> lower.charAt(1) == 'i' || lower.charAt(1) == 'e';
            case 'e' -> lower.charAt(1) == 'i' || lower.charAt(1) == 'l';
            case 'n' -> lower.charAt(1) == 'i';
            default -> false;
        };
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
        if ((before.isWord("in") || before.isWord("of") || before.isWord("every"))
                && afterNumber(out, out.size() - 1)) {
            return true; // "two in three people (67.2%)": a denominator, not a count
        }
        return afterLargerNumber(out);
    }

    /**
     * Whether the connector at {@code k} ("in", "of", "every") follows a number, as in "two in three" or
     * "one in every four": only then is the number after it a denominator ("observed in nine patients
     * (16%)" is a count).
     */
    private static boolean afterNumber(List<Lexeme> out, int k) {
        int j = k - 1;
        if (j >= 0 && out.get(k).isWord("every") && out.get(j).isWord("in")) {
            j--;
        }
        return j >= 0 && (out.get(j).type == Sym.NUM || spelledNumber(out.get(j).lower) >= 0);
    }

    /**
     * Whether the word comes after a number and "in" or "out of", with "every" or not: "one in four", "1 in
     * eight", "two out of three", "one in every five" (the number before was read as one for this word), and is
     * larger than that number: a total.
     */
    private static boolean afterFrequency(List<Lexeme> out, int total) {
        int k = out.size() - 1;
        if (k >= 0 && out.get(k).isWord("every")) {
            k--;
        }
        if (k >= 1 && out.get(k).isWord("of") && out.get(k - 1).isWord("out")) {
            k--;
        } else if (k < 0 || !out.get(k).isWord("in")) {
            return false;
        }
        return k >= 1 && out.get(k - 1).type == Sym.NUM && out.get(k - 1).number < total;
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
        if (s.regionMatches(true, after, "every ", 0, 6)) {
            after = skipSpaces(s, after + 6); // "one in every four"
        }
        if (after < s.length() && isDigit(s.charAt(after))) {
            return true;
        }
        // "one in four", "two out of three": a total in words
        int w = word(s, after);
        return w > after && spelledNumber(s.substring(after, w).toLowerCase(Locale.ROOT)) >= 2;
    }

    /** The end of " and a half" right after {@code end}, or -1. */
    private static int andAHalf(String s, int end) {
        int and = skipSpaces(s, end);
        if (!s.startsWith("and", and)) {
            return -1; // the usual case, looked at with one comparison
        }
        int a = skipSpaces(s, and + 3);
        if (a == and + 3 || !s.startsWith("a", a)) {
            return -1;
        }
        int half = skipSpaces(s, a + 1);
        int e = half + 4;
        if (half == a + 1
                || !s.regionMatches(true, half, "half", 0, 4)
                || (e < s.length() && Character.isLetter(s.charAt(e)))) {
            return -1;
        }
        return e;
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
}
