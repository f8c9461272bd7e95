package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** A paragraph set apart for attention: a note, something important, or a warning. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableCallout.class)
@JsonDeserialize(as = ImmutableCallout.class)
@ValueJson
@JsonTypeName("callout")
public abstract non-sealed class Callout implements Block {

    /** How strongly the callout asks for attention. */
    public enum Kind {
        /** Useful to know. */
        NOTE,
        /** Important for the reader's decisions. */
        IMPORTANT,
        /** A risk the reader must not miss. */
        WARNING
    }

    Callout() {}

    /** How strongly it asks for attention. */
    @Value.Parameter
    public abstract Kind kind();

    /** Its runs, at least one. */
    @Value.Parameter
    public abstract List<Inline> inlines();

    /** A callout of plain text. */
    public static Callout of(Kind kind, String text) {
        return ImmutableCallout.of(kind, List.of(Text.of(text)));
    }

    /** A callout of these inlines. */
    public static Callout of(Kind kind, List<Inline> inlines) {
        return ImmutableCallout.of(kind, inlines);
    }

    @Value.Check
    void check() {
        if (inlines().isEmpty()) {
            throw new IllegalArgumentException("Callout inlines must not be empty");
        }
    }

    @Override
    public String plainText() {
        return Inlines.plainText(inlines());
    }
}
