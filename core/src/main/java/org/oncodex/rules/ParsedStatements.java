package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/**
 * The effect statements the rules check in a text: what {@link EffectStatements#parse(String)} reads,
 * less the shares it reads from a fraction in words ("half the patients", "about a third of people").
 * The rules read those themselves, through {@link Fractions}, as the band of rates a fraction in words
 * stands for; taken from the parser as well, "half" would also be an exact 50% that no result has.
 */
final class ParsedStatements {

    private ParsedStatements() {}

    static List<EffectStatement> of(String text) {
        List<EffectStatement> all = EffectStatements.parse(text).statements();
        List<EffectStatement> kept = new ArrayList<>(all.size());
        for (EffectStatement s : all) {
            if (!shareInWords(s, text)) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** A proportion whose words have no digit and no "percent": a fraction in words. */
    static boolean shareInWords(EffectStatement s, String text) {
        if (s.kind() != EffectStatement.Kind.PROPORTION) {
            return false;
        }
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
}
