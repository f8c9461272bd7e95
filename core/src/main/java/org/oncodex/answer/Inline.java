package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A run of a paragraph: plain {@link Text}, {@link Emphasis}, a defined {@link Term}, a {@link
 * Statistic} drawn from a cited trial result, or a {@link CitationMarker}.
 *
 * <p>In JSON an inline carries its kind as {@code "type"}: {@code text}, {@code emphasis}, {@code
 * term}, {@code statistic} or {@code citation}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Text.class, name = "text"),
    @JsonSubTypes.Type(value = Emphasis.class, name = "emphasis"),
    @JsonSubTypes.Type(value = Term.class, name = "term"),
    @JsonSubTypes.Type(value = Statistic.class, name = "statistic"),
    @JsonSubTypes.Type(value = CitationMarker.class, name = "citation")
})
public sealed interface Inline permits Text, Emphasis, Term, Statistic, CitationMarker {

    /** The words a reader sees, without markup; empty for a citation marker. */
    String plainText();
}
