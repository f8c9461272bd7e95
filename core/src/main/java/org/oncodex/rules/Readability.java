package org.oncodex.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of English text: {@code 0.39 × words/sentences + 11.8 ×
 * syllables/words − 15.59}. Syllables are estimated: groups of vowels (y counts), less a silent
 * final "e", at least one per word; numbers count as one word of one syllable.
 */
final class Readability {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n+");

    private Readability() {}

    /** The number of words. */
    static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The grade, or NaN for text without words. */
    static double grade(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int syllables = 0;
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return Double.NaN;
        }
        Matcher s = SENTENCE_END.matcher(text.strip());
        int sentences = 0;
        while (s.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences + (text.strip().matches("(?s).*[^.!?\\s]$") ? 1 : 0));
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-zà-ÿ]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int count = 0;
        boolean vowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = "aeiouyàáâãäåèéêëìíîïòóôõöùúûü".indexOf(w.charAt(i)) >= 0;
            if (v && !vowel) {
                count++;
            }
            vowel = v;
        }
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
