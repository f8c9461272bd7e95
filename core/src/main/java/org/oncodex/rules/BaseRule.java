package org.oncodex.rules;

import java.util.Optional;

/** What the built-in rules share: their id, severity and description, and making findings. */
abstract class BaseRule implements ContentRule {
    private final String id;
    private final Severity severity;
    private final String description;

    BaseRule(String id, Severity severity, String description) {
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

    final Finding finding(Location location, String message) {
        return finding(location, message, Optional.empty(), Optional.empty());
    }

    final Finding finding(Location location, String message, Optional<String> quote, Optional<String> suggestion) {
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
