package org.oncodex.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/**
 * Where in an answer a finding is: the part, and within a section its index, heading, block and
 * list item; and the span of characters within that text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
@ValueJson
public abstract class Location {

    /** The parts of an answer, in document order. */
    public enum Part {
        /** The answer as a whole (a missing part). */
        ANSWER,
        /** The question, its title. */
        QUESTION,
        /** The line under the title: the cancer type and who wrote the answer. */
        BYLINE,
        /** The disclaimers. */
        DISCLAIMERS,
        /** A content section. */
        SECTION,
        /** The questions to ask the care team. */
        QUESTIONS_TO_ASK,
        /** The key takeaway. */
        KEY_TAKEAWAY,
        /** The sources. */
        SOURCES,
        /** The related questions. */
        RELATED_QUESTIONS
    }

    Location() {}

    /** The part. */
    public abstract Part part();

    /** For a section, its index from 0. */
    public abstract OptionalInt sectionIndex();

    /** For a section, its heading. */
    public abstract Optional<String> sectionHeading();

    /** The block's index within its section, from 0. */
    public abstract OptionalInt blockIndex();

    /** The item's index within a list, the questions or the sources, from 0. */
    public abstract OptionalInt itemIndex();

    /** Where the offending text starts in the block's or item's text. */
    public abstract OptionalInt start();

    /** Where it ends (exclusive). */
    public abstract OptionalInt end();

    /** The whole answer. */
    public static Location answer() {
        return builder().part(Part.ANSWER).build();
    }

    /** A part that has no sections or items, such as the question. */
    public static Location of(Part part) {
        return builder().part(part).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** This location narrowed to the characters {@code [start, end)}. */
    public Location span(int start, int end) {
        return builder().from(this).start(start).end(end).build();
    }

    /** Readable: {@code section 2 "Does it work?", block 1, chars 10-24}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (part() == Part.SECTION && sectionIndex().isPresent()) {
            parts.add("section " + (sectionIndex().getAsInt() + 1)
                    + sectionHeading().map(h -> " \"" + h + "\"").orElse(""));
        } else {
            parts.add(part().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        blockIndex().ifPresent(b -> parts.add("block " + (b + 1)));
        itemIndex().ifPresent(i -> parts.add("item " + (i + 1)));
        if (start().isPresent() && end().isPresent()) {
            parts.add("chars " + start().getAsInt() + "-" + end().getAsInt());
        }
        return String.join(", ", parts);
    }

    /** Builds a {@link Location}; {@code part} is required. */
    public static final class Builder extends ImmutableLocation.Builder {
        Builder() {}
    }
}
