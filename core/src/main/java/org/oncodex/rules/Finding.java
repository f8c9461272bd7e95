package org.oncodex.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.answer.internal.ValueJson;

/** One thing a rule found: which rule, how serious, where, what (quoting the text), and what to do. */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
@ValueJson
public abstract class Finding {
    Finding() {}

    /** The rule's id, such as {@code ONC-NUMBER-UNGROUNDED}. */
    public abstract String ruleId();

    /** How serious. */
    public abstract Severity severity();

    /** Where. */
    public abstract Location location();

    /** What is wrong, quoting the offending text. */
    public abstract String message();

    /** The offending text, when there is one. */
    public abstract Optional<String> quote();

    /** How to fix it, where the rule knows. */
    public abstract Optional<String> suggestion();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same finding at another severity. */
    public Finding withSeverity(Severity severity) {
        return builder().from(this).severity(severity).build();
    }

    @Override
    public String toString() {
        return severity() + " " + ruleId() + " at " + location() + ": " + message()
                + suggestion().map(s -> " (" + s + ")").orElse("");
    }

    /** Builds a {@link Finding}. */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {}
    }
}
