package org.oncodex.disclaimers;

import org.immutables.value.Value;
import org.oncodex.disclaimers.internal.Problems;

/**
 * A therapy an answer mentions, as the answer names it, with its approval for the answer's cancer
 * type. A mention that is {@linkplain ApprovalState#isUnapproved() unapproved} can require a
 * disclaimer next to it.
 */
@Value.Immutable(builder = false)
public abstract class TherapyMention {

    TherapyMention() {}

    /** The therapy's name as the answer writes it, such as "CAR-T cell therapy"; fills {@code {therapy}}. */
    @Value.Parameter
    public abstract String name();

    /** Its approval for the answer's cancer type. */
    @Value.Parameter
    public abstract ApprovalState approval();

    /**
     * A mention of the named therapy.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static TherapyMention of(String name, ApprovalState approval) {
        return ImmutableTherapyMention.of(name, approval);
    }

    /** For logs: {@code CAR-T cell therapy (NOT_APPROVED)}. */
    @Override
    public String toString() {
        return name() + " (" + approval() + ")";
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("TherapyMention");
        problems.text("name", name());
        problems.throwIfAny();
    }
}
