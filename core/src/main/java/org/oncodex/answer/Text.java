package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/**
 * Plain text, as written by a person or a language model. Renderers escape it: markup in it is
 * shown, never interpreted.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableText.class)
@JsonDeserialize(as = ImmutableText.class)
@ValueJson
@JsonTypeName("text")
public abstract non-sealed class Text implements Inline {
    Text() {}

    /** The text. */
    @Value.Parameter
    public abstract String value();

    /** Plain text. */
    public static Text of(String value) {
        return ImmutableText.of(value);
    }

    @Override
    public String plainText() {
        return value();
    }
}
