package org.oncodex.model.stats;

/**
 * Whether an interval's level is split between two tails or lies in one.
 *
 * <p>A two-sided 95% interval leaves 2.5% in each tail (z = 1.96); a one-sided 95% interval leaves
 * 5% in the tail it bounds (z = 1.645), so its bounds are those of a two-sided 90% interval.
 */
public enum Sidedness {
    /** The level is split between both tails; the default, and what "95% CI" means unless stated. */
    TWO_SIDED("two-sided"),
    /** The level is in one tail, as in "one-sided 97.5% CI" of a non-inferiority trial. */
    ONE_SIDED("one-sided");

    private final String label;

    Sidedness(String label) {
        this.label = label;
    }

    /** The sidedness as journals write it: "two-sided" or "one-sided". */
    public String label() {
        return label;
    }
}
