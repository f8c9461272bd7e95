package org.oncodex.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/**
 * The effect statements the rules check in a text: what {@link EffectStatements#parse(String)} reads,
 * less the shares it reads from a fraction in words ("half the patients", "about a third of people").
 * The rules read those themselves, through {@link Fractions}, as the band of rates a fraction in words
 * stands for; taken from the parser as well, "half" would also be an exact 50% that no result has.
 *
 * <p>A count in words that is a frequency ("two out of every five people") is left out only where {@link
 * Fractions} reads it: as a count it stands for any rate it is the nearest frequency of, as a fraction for the band
 * of rates it rounds. One that {@link Fractions} does not read ("one in eight", "one in three with lenvatinib") is
 * kept, or the rules would read nothing there at all.
 */
final class ParsedStatements {

    /** A frequency in words: "out of every", "in every", "one in four". */
    private static final Pattern FREQUENCY = Pattern.compile(
            "(?i)\\s(?:out\\s+of\\s+every|in\\s+every|in)\\s+(?:two|three|four|five|six|seven|eight|nine|ten)\\b");

    private ParsedStatements() {}

    static List<EffectStatement> of(String text) {
        List<EffectStatement> all = EffectStatements.parse(text).statements();
        List<EffectStatement> kept = new ArrayList<>(all.size());
        // the characters the fractions in words cover, marked once and only if a frequency in words needs them
        BitSet fractions = null;
        for (EffectStatement s : all) {
            if (shareInWords(s, text)) {
                continue;
            }
            if (frequencyInWords(s, text)) {
                if (fractions == null) {
                    fractions = covered(text);
                }
                int next = fractions.nextSetBit(Math.max(0, s.start()));
                if (next >= 0 && next < s.end()) {
                    continue;
                }
            }
            kept.add(s);
        }
        return kept;
    }

    /** A proportion whose words have no digit and no "percent": a fraction in words. */
    static boolean shareInWords(EffectStatement s, String text) {
        return s.kind() == EffectStatement.Kind.PROPORTION && inWords(s, text);
    }

    /** A count whose words have no digit and are a frequency: "two out of every five", "one person in four". */
    private static boolean frequencyInWords(EffectStatement s, String text) {
        return s.kind() == EffectStatement.Kind.COUNT
                && FREQUENCY.matcher(s.text()).find()
                && inWords(s, text);
    }

    private static boolean inWords(EffectStatement s, String text) {
        int start = Math.max(0, s.start());
        int end = Math.min(text.length(), s.end());
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '%') {
                return false;
            }
        }
        String words = text.substring(start, end).toLowerCase(Locale.ROOT);
        return !words.contains("percent") && !words.contains("per cent");
    }

    private static BitSet covered(String text) {
        BitSet out = new BitSet(text.length());
        for (Fractions.Phrase p : Fractions.of(text)) {
            out.set(p.start(), p.end());
        }
        return out;
    }
}
