package org.oncodex.model.text;

/**
 * Text whose UTF-8 bytes were decoded as Latin-1 or Windows-1252 ("mojibake"): "â‰¥5%" for "≥5%", "P"‰<"‰0.0001" or
 * "â€‰" for a thin space. The parser does not guess which characters a page lost (a silent repair could turn a bound
 * into a share or drop a relation); it reports each run as {@link Diagnostic.Code#UNSUPPORTED}, so the numbers read
 * around it are known to be read from damaged text. One pass over the text: linear.
 */
final class Mojibake {

    private Mojibake() {}

    static void report(String text, Findings out) {
        int n = text.length();
        int i = 0;
        while (i < n - 1) {
            if (!startsRun(text, i)) {
                i++;
                continue;
            }
            int end = i + 2;
            while (end < n && isDebris(text.charAt(end))) {
                end++;
            }
            out.report(
                    Diagnostic.Code.UNSUPPORTED,
                    "mojibake \"" + text.substring(i, end) + "\" (UTF-8 read as Latin-1) not read: a relation or"
                            + " space may be lost here",
                    i,
                    end);
            i = end;
        }
    }

    /** "â€", "â‰" (the lead byte of a UTF-8 punctuation or math character), or a straight quote before "‰". */
    private static boolean startsRun(String text, int i) {
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        return (c == 'â' && (d == '€' || d == '‰')) || (c == '"' && d == '‰');
    }

    /** The continuation bytes of such a run as Windows-1252 prints them. */
    private static boolean isDebris(char c) {
        return c == '‰' || c == '¥' || c == '¤' || c == '€' || c == '"' || c == '™' || c == 'œ' || c == 'ˆ';
    }
}
