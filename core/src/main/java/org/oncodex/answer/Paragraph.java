package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** A paragraph: a sequence of inlines. Also the content of each list item. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
@ValueJson
@JsonTypeName("paragraph")
public abstract non-sealed class Paragraph implements Block {
    Paragraph() {}

    /** The runs of the paragraph, at least one. */
    @Value.Parameter
    public abstract List<Inline> inlines();

    /** A paragraph of these inlines. */
    public static Paragraph of(List<Inline> inlines) {
        return ImmutableParagraph.of(inlines);
    }

    /** A paragraph of plain text. */
    public static Paragraph of(String text) {
        return ImmutableParagraph.of(List.of(Text.of(text)));
    }

    @Value.Check
    void check() {
        if (inlines().isEmpty()) {
            throw new IllegalArgumentException("Paragraph inlines must not be empty");
        }
    }

    @Override
    public String plainText() {
        return Inlines.plainText(inlines());
    }
}
