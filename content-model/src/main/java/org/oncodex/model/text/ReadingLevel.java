package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard a text is to read: the Flesch–Kincaid grade for English and the Fernández-Huerta
 * reading ease for Spanish, the measures patient materials are usually held to (grade 8 or below;
 * ease 70 or above).
 *
 * <p>Words are runs of letters and digits, with inner apostrophes and hyphens ("CAR-T", "0.62" and
 * "it's" are one word each); a number counts one syllable. Sentences end at {@code .}, {@code !} or
 * {@code ?} followed by white space, and at line breaks, so list items and paragraphs count as
 * sentences and decimal points do not; there is at least one per text.
 *
 * <p><b>English syllables</b> (a heuristic, not a dictionary): groups of consecutive vowels
 * ({@code aeiouy}); for words of more than one group, one fewer for a silent final {@code e} (but
 * not consonant + {@code le}: "table"), for {@code -ed} not after {@code t} or {@code d} ("used", but
 * "tested"), and for {@code -es} after a consonant other than s, x, z, c, g, sh, ch ("makes", but
 * "uses"); at least one per word. It miscounts a few words; over a text the errors mostly cancel.
 *
 * <p><b>Spanish syllables</b>: one per vowel nucleus. Adjacent vowels share a syllable (a diphthong
 * or triphthong) unless both are strong: {@code a e o} and accented {@code á é í ó ú} are strong,
 * {@code i u ü} weak; a final {@code y} after a vowel is a vowel ("muy", "hay"). Rarer hiatuses
 * without an accent ("guion") are not seen.
 *
 * <p><b>Fernández-Huerta</b> (1959): {@code 206.84 − 0.60·P − 1.02·F}, where P is syllables per 100
 * words and F words per sentence. F is often printed as sentences per 100 words; read so, longer
 * sentences would score as easier, so it is taken as a misprint, as in Flesch's formula, which
 * Fernández-Huerta adapted.
 *
 * <p>Words and sentences are found by scanning each character once, not by regular expressions: a
 * pattern that repeats a group ("CAR-T-...") recurses once per repetition and overflows the stack on
 * a word of a few thousand parts, and one that tries a run of white space at each of its positions is
 * quadratic in the run's length.
 */
public final class ReadingLevel {
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern CONSONANT_LE = Pattern.compile(".*[^aeiouy]le");
    private static final Pattern SILENT_ED = Pattern.compile(".*[^td]ed");
    private static final Pattern CONSONANT_ES = Pattern.compile(".*[^aeiouy]es");
    private static final Pattern SOUNDED_ES = Pattern.compile(".*(s|x|z|c|g|sh|ch)es");
    private static final String STRONG = "aeoáéíóú";
    private static final String WEAK = "iuü";

    private ReadingLevel() {}

    /**
     * The Flesch–Kincaid grade level: {@code 0.39·words/sentences + 11.8·syllables/words − 15.59};
     * NaN for a text without words.
     */
    public static double fleschKincaidGrade(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Double.NaN;
        }
        int syllables = words.stream().mapToInt(ReadingLevel::englishSyllables).sum();
        return 0.39 * words.size() / sentences(text) + 11.8 * syllables / words.size() - 15.59;
    }

    /**
     * The Fernández-Huerta reading ease of Spanish text: {@code 206.84 − 60·syllables/words −
     * 1.02·words/sentences}, higher is easier; NaN for a text without words.
     */
    public static double fernandezHuertaEase(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Double.NaN;
        }
        int syllables = words.stream().mapToInt(ReadingLevel::spanishSyllables).sum();
        return 206.84 - 0.60 * (100.0 * syllables / words.size()) - 1.02 * words.size() / sentences(text);
    }

    /** The number of words, counted as the grades count them. */
    public static int wordCount(String text) {
        return words(text).size();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!letterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = number(text, i);
            if (end < 0) {
                end = word(text, i);
            }
            words.add(text.substring(i, end));
            i = end;
        }
        return words;
    }

    /**
     * The end of a number starting at {@code start}: digits in groups joined by {@code . , ·}, not
     * followed by a letter or digit (a trailing group is given up for that); -1 if there is none.
     */
    private static int number(String text, int start) {
        int end = digits(text, start);
        if (end == start) {
            return -1;
        }
        int previous = -1;
        while (end + 1 < text.length() && ".,·".indexOf(text.charAt(end)) >= 0) {
            int next = digits(text, end + 1);
            if (next == end + 1) {
                break;
            }
            previous = end;
            end = next;
        }
        if (end < text.length() && letterOrNumber(text.codePointAt(end))) {
            return previous; // -1 when there is no group to give up: then it is a word such as "3D"
        }
        return end;
    }

    private static int digits(String text, int start) {
        int i = start;
        while (i < text.length() && number(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The end of a word starting at {@code start}: letters and digits, with single inner {@code ' ’ -}. */
    private static int word(String text, int start) {
        int i = start;
        while (true) {
            while (i < text.length() && letterOrNumber(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i + 1 < text.length()
                    && "'’-".indexOf(text.charAt(i)) >= 0
                    && letterOrNumber(text.codePointAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
    }

    private static boolean letterOrNumber(int cp) {
        return Character.isLetter(cp) || number(cp);
    }

    private static boolean number(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Sentences end at white space after {@code . ! ?} and at line breaks; those with a word count,
     * at least one.
     */
    static int sentences(String text) {
        String t = text.strip();
        int count = 0;
        boolean word = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean lineBreak = c == '\n'
                    || c == '\r'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029';
            boolean space = c == ' ' || c == '\t';
            if (lineBreak || (space && i > 0 && ".!?".indexOf(t.charAt(i - 1)) >= 0)) {
                count += word ? 1 : 0;
                word = false;
            } else if (!word && letterOrNumber(t.codePointAt(i))) {
                word = true;
            }
        }
        count += word ? 1 : 0;
        return Math.max(1, count);
    }

    static int englishSyllables(String word) {
        String w = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        Matcher m = VOWELS.matcher(w);
        int groups = 0;
        while (m.find()) {
            groups++;
        }
        if (groups > 1) {
            if (w.endsWith("e") && !CONSONANT_LE.matcher(w).matches()) {
                groups--;
            } else if (SILENT_ED.matcher(w).matches()) {
                groups--;
            } else if (CONSONANT_ES.matcher(w).matches()
                    && !SOUNDED_ES.matcher(w).matches()) {
                groups--;
            }
        }
        return Math.max(1, groups);
    }

    static int spanishSyllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int syllables = 0;
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = STRONG.indexOf(c) >= 0
                    || WEAK.indexOf(c) >= 0
                    || (c == 'y' && i == w.length() - 1 && i > 0 && previous != 0);
            if (!vowel) {
                previous = 0;
                continue;
            }
            if (previous == 0 || (STRONG.indexOf(previous) >= 0 && STRONG.indexOf(c) >= 0)) {
                syllables++;
            }
            previous = c;
        }
        return Math.max(1, syllables);
    }
}
