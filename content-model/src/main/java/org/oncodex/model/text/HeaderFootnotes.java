package org.oncodex.model.text;

/**
 * A table's footnote letter run on the last word of a column header: "Relative reductionb", "Hazard
 * ratioa,b (95% CI)", "Survivalc". The letter is dropped when the word with it is no word the parser
 * knows and the word without it is one; a word the parser knows as printed ("increased") keeps its last
 * letter, and abbreviations ("ORb", "CIb") are read where they are looked up. A letter b to f standing alone
 * between two words is a footnote mark too: "95% Confidence b interval" is "95% Confidence interval" ("a" is
 * left, being a word).
 */
final class HeaderFootnotes {
    /** The shortest word a footnote letter is looked for after: "ratio" is the shortest label word it follows. */
    private static final int MIN_STEM = 4;

    private HeaderFootnotes() {}

    /** The header with a footnote letter dropped from each word that carries one; the header itself when none does. */
    static String strip(String header) {
        StringBuilder out = null;
        int n = header.length();
        int k = 0;
        int copied = 0;
        while (k < n) {
            if (!isLetter(header.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            while (k < n && isLetter(header.charAt(k))) {
                k++;
            }
            if (footnoted(header, start, k)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(header, copied, k - 1);
                copied = k;
            } else if (alone(header, start, k)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(header, copied, start - 1); // the letter and the space before it
                copied = k;
            }
        }
        return out == null ? header : out.append(header, copied, n).toString();
    }

    /**
     * Whether the word from {@code start} to {@code end} ends in a footnote letter (a to f after lower-case
     * letters): unknown as printed, known without its last letter.
     */
    private static boolean footnoted(String s, int start, int end) {
        if (end - start - 1 < MIN_STEM) {
            return false;
        }
        char last = s.charAt(end - 1);
        if (last < 'a' || last > 'f') {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            char c = s.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return KnownWords.find(s, start, end) == null && KnownWords.find(s, start, end - 1) != null;
    }

    /**
     * Whether the word from {@code start} to {@code end} is one letter b to f between two lower-case words:
     * "Confidence b interval", not "Arm B", "group b," or "(b)".
     */
    private static boolean alone(String s, int start, int end) {
        if (end - start != 1 || s.charAt(start) < 'b' || s.charAt(start) > 'f') {
            return false;
        }
        return start >= 2
                && end + 1 < s.length()
                && s.charAt(start - 1) == ' '
                && s.charAt(end) == ' '
                && isLetter(s.charAt(start - 2))
                && s.charAt(end + 1) >= 'a'
                && s.charAt(end + 1) <= 'z';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
