package org.oncodex.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncodex.evidence.Vocabulary;

/*
 * A glossary line explains a statistic in general: "Median survival: the time by which half of the people in a group
 * (50%) have had the event", "A hazard ratio of 1 means no difference". Its numbers belong to no result, so neither
 * grounding nor the wording checks hold them as claims. Only a sentence that opens on the term it defines, followed by
 * a colon and the definition's first word ("the", "a", "how") or by a defining verb ("means", "refers to", "is the"),
 * and that names no drug, regimen or trial counts: "Median survival: 16.4 months with tremelimumab plus durvalumab"
 * is a claim, checked as any other.
 */
/** Sentences that define a statistical term in general, whose numbers state no result. */
final class Definitions {
    /** A statistical term at the start of a sentence, then the start of its definition. */
    private static final Pattern DEFINES = Pattern.compile("(?i)^[\\s*_#>•·-]*(?:the\\s+|an?\\s+)?(?:"
            + "median(?:\\s+(?:overall\\s+|progression[\\s-]free\\s+)?survival)?"
            + "|(?:overall|progression[\\s-]free|recurrence[\\s-]free|disease[\\s-]free|event[\\s-]free)\\s+survival"
            + "|hazard\\s+ratio|(?:\\d{2}\\s?%\\s+)?confidence\\s+interval|p[\\s-]?value"
            + "|(?:objective\\s+|overall\\s+)?response\\s+rate|relative\\s+risk|absolute\\s+risk|percentage\\s+points?"
            + ")(?:\\s*\\([A-Za-z]{1,4}\\))?\\s*(?::\\s*(?:the|a|an|how|what|when|which|this|it|one)\\b"
            + "|(?:means|refers\\s+to|is\\s+(?:the|a|an|how|when|what)|tells\\s+you|describes|measures|compares)\\b)");

    /** A trial's name: letters and digits run together or joined by a hyphen ("KEYNOTE-240", "IMbrave150"). */
    private static final Pattern TRIAL_NAME = Pattern.compile("\\b[A-Za-z]{2,}[- ]?\\d{2,4}\\b");

    private Definitions() {}

    /** Where the sentences among {@code sentences} of {@code text} that define a statistical term in general start. */
    static Set<Integer> starts(String text, List<int[]> sentences, Vocabulary vocabulary) {
        Set<Integer> out = new HashSet<>();
        for (int[] sentence : sentences) {
            int from = Math.max(0, Math.min(sentence[0], text.length()));
            int to = Math.max(from, Math.min(sentence[1], text.length()));
            if (DEFINES.matcher(text).region(from, to).lookingAt()) {
                String words = text.substring(from, to);
                if (!TRIAL_NAME.matcher(words).find() && vocabulary.tag(words).isEmpty()) {
                    out.add(sentence[0]);
                }
            }
        }
        return out;
    }
}
