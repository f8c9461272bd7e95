package org.oncodex.disclaimers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading-level formulas for the catalogue's texts: Flesch–Kincaid grade for English,
 * Fernández-Huerta reading ease for Spanish.
 *
 * <p>Words are runs of letters (so "CAR-T" is two words and numbers are not words); sentences are
 * runs of {@code .}, {@code !} or {@code ?}, at least one per text.
 *
 * <p><b>English syllables</b> (a heuristic, not a dictionary): count groups of consecutive vowels ({@code aeiouy}); then, for words of more than one group, drop
 * one for a silent final {@code e} (but not consonant + {@code le}: "table"), for {@code -ed} not
 * after {@code t} or {@code d} ("used", but "tested"), and for {@code -es} after a consonant other
 * than s, x, z, c, g, sh, ch ("makes", but "uses"); at least one per word. It undercounts a few
 * words ("AI" is 1, not 2) and overcounts others; over a text the errors mostly cancel.
 *
 * <p><b>Spanish syllables</b>: one per vowel nucleus. Adjacent vowels share a syllable (a diphthong
 * or triphthong) unless both are strong: {@code a e o} and accented {@code á é í ó ú} are strong,
 * {@code i u ü} weak; a final {@code y} after a vowel is a vowel ("muy", "hay"). It ignores rarer
 * hiatuses without an accent ("guion").
 *
 * <p><b>Fernández-Huerta</b> (1959): {@code 206.84 − 0.60·P − 1.02·F}, where P is syllables per 100
 * words and F is words per sentence. F is often printed as sentences per 100 words; read so, longer
 * sentences would score as easier, so we take it for a misprint and use words per sentence, as
 * Flesch's formula, which Fernández-Huerta adapted, does. 70 to 80 is "fairly easy" on Flesch's
 * scale.
 */
final class Readability {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    private static final String STRONG = "aeoáéíóú";
    private static final String WEAK = "iuü";

    private Readability() {}

    /** Flesch–Kincaid grade level: {@code 0.39·words/sentences + 11.8·syllables/words − 15.59}. */
    static double fleschKincaidGrade(String text) {
        List<String> words = words(text);
        int syllables = words.stream().mapToInt(Readability::englishSyllables).sum();
        return 0.39 * words.size() / sentences(text) + 11.8 * syllables / words.size() - 15.59;
    }

    /** Fernández-Huerta reading ease: {@code 206.84 − 60·syllables/words − 1.02·words/sentences}. */
    static double fernandezHuerta(String text) {
        List<String> words = words(text);
        int syllables = words.stream().mapToInt(Readability::spanishSyllables).sum();
        return 206.84 - 0.60 * (100.0 * syllables / words.size()) - 1.02 * words.size() / sentences(text);
    }

    static int englishSyllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Matcher m = VOWELS.matcher(w);
        int groups = 0;
        while (m.find()) {
            groups++;
        }
        if (groups > 1) {
            if (w.endsWith("e") && !w.matches(".*[^aeiouy]le")) {
                groups--;
            } else if (w.matches(".*[^td]ed")) {
                groups--;
            } else if (w.matches(".*[^aeiouy]es") && !w.matches(".*(s|x|z|c|g|sh|ch)es")) {
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

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static int sentences(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
