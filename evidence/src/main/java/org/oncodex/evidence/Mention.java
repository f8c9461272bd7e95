package org.oncodex.evidence;

import org.immutables.value.Value;
import org.oncodex.model.Concept;

/**
 * A concept named in a text: which concept, and where, as a span of UTF-16 indices into the text
 * ({@code text.substring(start, end)} is exactly {@link #text()}).
 */
@Value.Immutable(builder = false)
public abstract class Mention {

    Mention() {}

    /** The concept named. */
    @Value.Parameter
    public abstract Concept concept();

    /** The index of the first character of the mention. */
    @Value.Parameter
    public abstract int start();

    /** The index just past the last character of the mention. */
    @Value.Parameter
    public abstract int end();

    /** The mention as written in the text, such as "Kymriah" or "non-small-cell lung cancer". */
    @Value.Parameter
    public abstract String text();

    /**
     * A mention of {@code concept} at {@code [start, end)} written as {@code text}.
     *
     * @throws IllegalArgumentException if the span is empty or negative, or does not fit the text's length
     */
    public static Mention of(Concept concept, int start, int end, String text) {
        return ImmutableMention.of(concept, start, end, text);
    }

    @Value.Check
    void check() {
        if (start() >= 0 && start() < end() && text().length() == end() - start()) {
            return; // the common case, on the tagger's hot path: no allocation
        }
        Checks checks = Checks.of("Mention");
        checks.check(start() >= 0 && start() < end(), "span must satisfy 0 <= start < end: [%s, %s)", start(), end());
        checks.check(
                text().length() == end() - start(),
                "text \"%s\" must be as long as its span [%s, %s)",
                text(),
                start(),
                end());
        checks.throwIfAny();
    }

    @Override
    public String toString() {
        return "Mention{" + concept().id() + " \"" + text() + "\" [" + start() + ", " + end() + ")}";
    }
}
