package org.oncodex.answer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;
import org.oncodex.disclaimers.Placement;
import org.oncodex.disclaimers.RenderedDisclaimer;

/**
 * A disclaimer as it stands in an answer: the rendered text with its id and version, and for an
 * inline disclaimer the section it follows (the one whose content triggered it).
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableAnswerDisclaimer.class)
@JsonDeserialize(as = ImmutableAnswerDisclaimer.class)
@ValueJson
public abstract class AnswerDisclaimer {
    AnswerDisclaimer() {}

    /** The rendered disclaimer: id, version, locale, placement and text. */
    @Value.Parameter
    public abstract RenderedDisclaimer disclaimer();

    /** For an inline disclaimer, the index of the section it follows. */
    @Value.Parameter
    public abstract OptionalInt afterSection();

    /** A header or footer disclaimer. */
    public static AnswerDisclaimer of(RenderedDisclaimer disclaimer) {
        return ImmutableAnswerDisclaimer.of(disclaimer, OptionalInt.empty());
    }

    /** An inline disclaimer after the section at {@code sectionIndex}. */
    public static AnswerDisclaimer inline(RenderedDisclaimer disclaimer, int sectionIndex) {
        return ImmutableAnswerDisclaimer.of(disclaimer, OptionalInt.of(sectionIndex));
    }

    /** Where the disclaimer stands. */
    public Placement placement() {
        return disclaimer().placement();
    }
}
