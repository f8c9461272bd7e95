package org.oncodex.rules;

import java.util.Optional;

/**
 * A content rule with its id, severity and description, and the finding builder the standard rules
 * use: extend it for a rule of your own, read the answer's prose with {@link TextUnit#of(Answer)} and
 * {@link Sentences#of(String)}, and report with {@link #finding(Location, String, Optional, Optional)}
 * at {@link Location#span(int, int)} of a unit.
 */
public abstract class BaseRule implements ContentRule {
    private final String id;
    private final Severity severity;
    private final String description;

    /** A rule with this id ({@code ACME-...} for yours), default severity and one-line description. */
    protected BaseRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    /** A finding of this rule at its severity. */
    protected final Finding finding(Location location, String message) {
        return finding(location, message, Optional.empty(), Optional.empty());
    }

    /** A finding of this rule at its severity, with the words at fault and what to do. */
    protected final Finding finding(
            Location location, String message, Optional<String> quote, Optional<String> suggestion) {
        Finding.Builder b = Finding.builder()
                .ruleId(id)
                .severity(severity)
                .location(location)
                .message(message);
        quote.ifPresent(b::quote);
        suggestion.ifPresent(b::suggestion);
        return b.build();
    }

    @Override
    public String toString() {
        return id + " (" + severity + "): " + description;
    }
}
