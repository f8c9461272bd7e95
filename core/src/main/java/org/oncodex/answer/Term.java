package org.oncodex.answer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/**
 * A term with its plain-language definition, such as "checkpoint inhibitor" with "a drug that
 * releases a brake on the immune system". Renderers show the term and make the definition
 * available (HTML {@code <dfn title>}, Markdown in parentheses).
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableTerm.class)
@JsonDeserialize(as = ImmutableTerm.class)
@ValueJson
@JsonTypeName("term")
public abstract non-sealed class Term implements Inline {
    Term() {}

    /** The term. */
    @Value.Parameter
    public abstract String term();

    /** What it means, in plain words. */
    @Value.Parameter
    public abstract String definition();

    /** A term with its definition. */
    public static Term of(String term, String definition) {
        return ImmutableTerm.of(term, definition);
    }

    @Override
    public String plainText() {
        return term();
    }
}
