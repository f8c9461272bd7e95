package org.oncodex.evidence;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One problem found in a knowledge base, with where it is: the source (a file name), the JSON
 * pointer of the offending value (RFC 6901, such as {@code /results/3/population/cancerTypeIds/0})
 * and, when the base was read from JSON, the line and column where that value starts.
 */
@Value.Immutable
public abstract class Problem {

    Problem() {}

    /** The file or stream the base came from, such as {@code kb.json}, or {@code builder}. */
    public abstract String source();

    /** The JSON pointer of the offending value; empty for the whole document. */
    public abstract String pointer();

    /** The 1-based line where the offending value starts, when known. */
    public abstract OptionalInt line();

    /** The 1-based column where the offending value starts, when known. */
    public abstract OptionalInt column();

    /** What is wrong, naming the value and the rule it breaks. */
    public abstract String message();

    /** A problem without a line and column. */
    public static Problem of(String source, String pointer, String message) {
        return builder().source(source).pointer(pointer).message(message).build();
    }

    /** A builder; source, pointer and message are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks checks = Checks.of("Problem");
        checks.text("message", message());
        checks.check(
                pointer().isEmpty() || pointer().startsWith("/"),
                "pointer must be empty or start with /: %s",
                pointer());
        line().ifPresent(l -> checks.check(l >= 1, "line must be positive: %s", l));
        column().ifPresent(c -> checks.check(c >= 1, "column must be positive: %s", c));
        checks.throwIfAny();
    }

    /** As a compiler prints it: {@code kb.json:12:7: /results/3/id: message}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source());
        if (line().isPresent()) {
            s.append(':').append(line().getAsInt());
            if (column().isPresent()) {
                s.append(':').append(column().getAsInt());
            }
        }
        s.append(": ");
        if (!pointer().isEmpty()) {
            s.append(pointer()).append(": ");
        }
        return s.append(message()).toString();
    }

    /** Builds a {@link Problem}. */
    public static final class Builder extends ImmutableProblem.Builder {
        Builder() {}
    }
}
