package org.oncodex.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.text.EffectStatement;

/**
 * A number that says who a cited trial enrolled, not what it found: "for people whose AFP was 400 ng/mL or more",
 * "small lesions (< 3 cm)". The result's population description states it; an answer that repeats it states what its
 * source says, so it is grounded by the description, as a result's quote grounds the values it states.
 */
final class PopulationNumbers {
    /** A number as printed: digits with a decimal point or comma, not part of a word ("HER2"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)?(?![\\p{L}\\d])");

    private PopulationNumbers() {}

    /** Whether {@code st} holds one number and the population description of a result in {@code pool} states it. */
    static boolean stated(EffectStatement st, List<TrialResult> pool) {
        Matcher m = NUMBER.matcher(st.text());
        if (!m.find()) {
            return false;
        }
        String number = m.group();
        if (m.find()) {
            return false; // an interval or a pair is a finding, never a criterion of entry
        }
        for (TrialResult r : pool) {
            String description = r.population().description().orElse("");
            for (Matcher d = NUMBER.matcher(description); d.find(); ) {
                if (d.group().equals(number)) {
                    return true;
                }
            }
        }
        return false;
    }
}
