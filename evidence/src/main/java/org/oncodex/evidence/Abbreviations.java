package org.oncodex.evidence;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/*
 * Two small rules of how people write treatment and cancer names. An abbreviation written in
 * lowercase is still the abbreviation ("hcc") unless the lowercase form is an everyday English word
 * ("all", "can"): the list below holds the short words that collide with oncology abbreviations.
 * And a regimen is written as its components joined by a connector ("plus", "+", "and", "with", "/").
 */
final class Abbreviations {
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "all", "and", "an", "any", "are", "as", "at", "be", "but", "can", "car", "care", "cure", "for", "had",
            "has", "her", "his", "how", "in", "is", "it", "man", "may", "me", "men", "met", "mets", "my", "no", "not",
            "of", "on", "or", "our", "per", "pet", "she", "so", "the", "to", "up", "us", "was", "we", "who", "why",
            "you", "aid", "arm", "age", "cat", "set", "ten", "top", "win");
    private static final Pattern CONNECTOR =
            Pattern.compile("\\s*\\+\\s*|\\s*/\\s*|\\s+(?:plus|and|with|in combination with|combined with)\\s+");

    private Abbreviations() {}

    /** Whether a name, folded, is an everyday English word that an abbreviation must not be taken for. */
    static boolean isEnglishWord(String name) {
        return ENGLISH_WORDS.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** The components of a name written as a combination, or the name alone. */
    static List<String> components(String name) {
        List<String> out = new ArrayList<>();
        for (String part : Splitter.on(CONNECTOR).split(name.strip().toLowerCase(Locale.ROOT))) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
