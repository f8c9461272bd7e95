package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;
import org.oncodex.model.evidence.Citation;

/** A reference to a source at this point of the text, rendered as the source's number. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableCitationMarker.class)
@JsonDeserialize(as = ImmutableCitationMarker.class)
@ValueJson
@JsonTypeName("citation")
public abstract non-sealed class CitationMarker implements Inline {
    CitationMarker() {}

    /** The source cited. */
    @Value.Parameter
    public abstract Citation citation();

    /** A marker for {@code citation}. */
    public static CitationMarker of(Citation citation) {
        return ImmutableCitationMarker.of(citation);
    }

    @Override
    public String plainText() {
        return "";
    }
}
