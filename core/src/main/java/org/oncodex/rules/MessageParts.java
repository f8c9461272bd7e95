package org.oncodex.rules;

import java.util.regex.Pattern;
import org.oncodex.model.text.EffectStatement;

/**
 * Counts that label a piece of the answer, not a result: "Part 1 of 2", "Message 2/3", "(continued in part 2 of
 * 2)". A model that splits a long answer numbers its parts so; the parser reads "1 of 2" as a share of people, and
 * the grounding rule would find no result for it. A count right after one of these words is a label.
 */
final class MessageParts {
    private static final Pattern LABEL_BEFORE =
            Pattern.compile("(?i)\\b(?:part|message|reply|response|section|page|slide|chapter)\\s*$");
    private static final Pattern COUNT = Pattern.compile("\\s*\\d{1,2}\\s*(?:of|/)\\s*\\d{1,2}\\b.*", Pattern.DOTALL);

    private MessageParts() {}

    /** Whether {@code st}, read in {@code text}, is the count of a part label ("Part 1 of 2"). */
    static boolean label(String text, EffectStatement st) {
        int start = Math.max(0, Math.min(text.length(), st.start()));
        int end = Math.max(start, Math.min(text.length(), st.end()));
        String before = text.substring(Math.max(0, start - 12), start);
        return LABEL_BEFORE.matcher(before).find()
                && COUNT.matcher(text.substring(start, end)).matches();
    }
}
