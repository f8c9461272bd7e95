package org.oncodex.model.text;

import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.Endpoint;

/**
 * What the surrounding document says about the text being parsed, which the text itself does not
 * repeat: the header of the table column a cell sits in ("HR (95% CI)", "Median OS, mo (95% CI)",
 * "ORR, % (n/N)", "P"), or the endpoint a paragraph is about. A cell such as {@code 0.69 (0.55-0.87)}
 * is a hazard ratio only when its column says so.
 *
 * <pre>{@code
 * ParseResult r = EffectStatements.parse("0.69 (0.55-0.87)", ParseContext.column("HR of OS (95% CI)"));
 * }</pre>
 */
@Value.Immutable
public abstract class ParseContext {

    ParseContext() {}

    /** The column header, as printed. */
    public abstract Optional<String> column();

    /** The endpoint the text is about, when neither the text nor the column names it. */
    public abstract Optional<Endpoint> endpoint();

    /** No context: the text alone decides. */
    public static ParseContext none() {
        return None.NONE;
    }

    /** The context of a table cell under {@code header}. */
    public static ParseContext column(String header) {
        return ImmutableParseContext.builder().column(header).build();
    }

    /** The context of a paragraph about {@code endpoint}. */
    public static ParseContext endpoint(Endpoint endpoint) {
        return ImmutableParseContext.builder().endpoint(endpoint).build();
    }

    /** A builder for a context with several parts. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ParseContext}. */
    public static final class Builder extends ImmutableParseContext.Builder {
        Builder() {}
    }

    /** Holds the empty context, built on first use (a field of this class would initialise a subclass). */
    private static final class None {
        static final ParseContext NONE = ImmutableParseContext.builder().build();

        private None() {}
    }
}
