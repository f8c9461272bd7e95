package org.oncodex.answer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** A question the reader may want to ask next, with an optional one-line preview of its answer. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableRelatedQuestion.class)
@JsonDeserialize(as = ImmutableRelatedQuestion.class)
@ValueJson
public abstract class RelatedQuestion {
    RelatedQuestion() {}

    /** The question. */
    @Value.Parameter
    public abstract String question();

    /** A preview of its answer. */
    @Value.Parameter
    public abstract Optional<String> snippet();

    /** A related question. */
    public static RelatedQuestion of(String question) {
        return ImmutableRelatedQuestion.of(question, Optional.empty());
    }

    /** A related question with a preview. */
    public static RelatedQuestion of(String question, String snippet) {
        return ImmutableRelatedQuestion.of(question, Optional.of(snippet));
    }
}
