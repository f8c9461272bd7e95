package org.oncodex.answer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** A section of an answer: a heading and its blocks. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
@ValueJson
public abstract class Section {
    Section() {}

    /** The heading. */
    @Value.Parameter
    public abstract String heading();

    /** The paragraphs, lists, callouts and tables, in order. */
    @Value.Parameter
    public abstract List<Block> blocks();

    /** A section. */
    public static Section of(String heading, List<Block> blocks) {
        return ImmutableSection.of(heading, blocks);
    }

    /** The section's words without markup: the heading, then each block on lines of its own. */
    public String plainText() {
        StringBuilder text = new StringBuilder(heading());
        for (Block block : blocks()) {
            text.append('\n').append(block.plainText());
        }
        return text.toString();
    }
}
