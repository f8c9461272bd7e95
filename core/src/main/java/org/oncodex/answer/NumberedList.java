package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** A numbered list; each item is a paragraph. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableNumberedList.class)
@JsonDeserialize(as = ImmutableNumberedList.class)
@ValueJson
@JsonTypeName("numberedList")
public abstract non-sealed class NumberedList implements Block {
    NumberedList() {}

    /** The items, at least one. */
    @Value.Parameter
    public abstract List<Paragraph> items();

    /** A list of these items. */
    public static NumberedList of(List<Paragraph> items) {
        return ImmutableNumberedList.of(items);
    }

    /** A list of plain-text items. */
    public static NumberedList of(String... items) {
        return ImmutableNumberedList.of(Arrays.stream(items).map(Paragraph::of).toList());
    }

    @Value.Check
    void check() {
        if (items().isEmpty()) {
            throw new IllegalArgumentException("NumberedList items must not be empty");
        }
    }

    @Override
    public String plainText() {
        return items().stream().map(Paragraph::plainText).collect(Collectors.joining("\n"));
    }
}
