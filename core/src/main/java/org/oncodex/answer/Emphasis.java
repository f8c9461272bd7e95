package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** Emphasised text: italic, or bold when {@link #strong()}. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableEmphasis.class)
@JsonDeserialize(as = ImmutableEmphasis.class)
@ValueJson
@JsonTypeName("emphasis")
public abstract non-sealed class Emphasis implements Inline {
    Emphasis() {}

    /** The text. */
    @Value.Parameter
    public abstract String value();

    /** Whether the emphasis is strong (bold) rather than italic. */
    @Value.Parameter
    public abstract boolean strong();

    /** Italic text. */
    public static Emphasis of(String value) {
        return ImmutableEmphasis.of(value, false);
    }

    /** Bold text. */
    public static Emphasis strong(String value) {
        return ImmutableEmphasis.of(value, true);
    }

    @Override
    public String plainText() {
        return value();
    }
}
