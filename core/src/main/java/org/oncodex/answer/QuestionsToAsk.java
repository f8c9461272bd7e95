package org.oncodex.answer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** The "questions to ask your care team" section: a heading and the questions, in order. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableQuestionsToAsk.class)
@JsonDeserialize(as = ImmutableQuestionsToAsk.class)
@ValueJson
public abstract class QuestionsToAsk {
    /** The heading used unless another is given. */
    public static final String DEFAULT_HEADING = "Questions to ask your care team";

    /** The fewest questions an answer may give. */
    public static final int MIN_QUESTIONS = 3;

    /** The most questions an answer may give. */
    public static final int MAX_QUESTIONS = 10;

    QuestionsToAsk() {}

    /** The heading, such as "Questions to ask your liver cancer care team". */
    @Value.Parameter
    public abstract String heading();

    /** The questions. */
    @Value.Parameter
    public abstract List<String> questions();

    /** The questions under the default heading. */
    public static QuestionsToAsk of(List<String> questions) {
        return ImmutableQuestionsToAsk.of(DEFAULT_HEADING, questions);
    }

    /** The questions under a heading of your own. */
    public static QuestionsToAsk of(String heading, List<String> questions) {
        return ImmutableQuestionsToAsk.of(heading, questions);
    }

    /**
     * Whether a text reads as a question: it ends with a question mark, allowing closing quotes or
     * brackets after it.
     */
    public static boolean isQuestion(String text) {
        String t = text.strip();
        int end = t.length();
        while (end > 0 && "\"'”’)]»".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 1 && (t.charAt(end - 1) == '?' || t.charAt(end - 1) == '？');
    }
}
