package org.oncodex.answer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;
import org.oncodex.model.evidence.Citation;

/** A numbered source of an answer: the number its citation markers show, and the citation. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@ValueJson
public abstract class Source {
    Source() {}

    /** The number, from 1, in order of first use. */
    @Value.Parameter
    public abstract int number();

    /** The citation. */
    @Value.Parameter
    public abstract Citation citation();

    /** A numbered source. */
    public static Source of(int number, Citation citation) {
        return ImmutableSource.of(number, citation);
    }

    @Value.Check
    void check() {
        if (number() < 1) {
            throw new IllegalArgumentException("Source number must be 1 or more: " + number());
        }
    }
}
