package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting prose into sentences, as spans, without breaking numbers such as 0.62 or "vs. 8.9%"; a
 * semicolon does not end one ("hazard ratio, 0.68; 95% CI, 0.45 to 1.02" is one statement).
 */
public final class Sentences {
    private Sentences() {}

    /** The {@code [start, end)} offsets of each sentence of {@code text}, in order. */
    public static List<int[]> of(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        boolean said = false; // whether the sentence so far holds more than white space
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // closing quotation marks and brackets right after the full stop belong to the sentence it
            // ends: 'the report said: "The response rate was 17%." With ...'
            int after = i + 1;
            if (c == '.' || c == '!' || c == '?') {
                while (after < n && CLOSERS.indexOf(text.charAt(after)) >= 0) {
                    after++;
                }
            }
            // a line break after words ends a sentence wherever it stands: the reader puts one only
            // between blocks ("**Drug (trial)**" over a nested "- 16.4 vs 13.8 months")
            boolean end = (c == '\n' && said)
                    || ((c == '.' || c == '!' || c == '?' || c == '\n')
                            && (after == n || Character.isWhitespace(text.charAt(after)))
                            && !abbreviation(text, i));
            said |= !Character.isWhitespace(c);
            if (end) {
                i = after - 1;
            }
            if (end || i + 1 == n) {
                int stop = i + 1;
                if (said) {
                    spans.add(new int[] {start, stop});
                }
                start = stop;
                said = false;
            }
        }
        return spans;
    }

    /** Closing quotation marks and brackets that may follow a sentence's last full stop. */
    private static final String CLOSERS = "\"\u201D\u2019')]";

    /** Words a full stop abbreviates, a clinician's "sig." and "approx." among them ("sig. OS benefit", batch 13). */
    private static final java.util.Set<String> ABBREVIATIONS =
            java.util.Set.of("vs", "e.g", "i.e", "al", "dr", "sig", "approx");

    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int w = dot;
        // letters and the full stops between them, so that "e.g." and "i.e." are seen whole
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }
}
