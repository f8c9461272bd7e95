package org.oncodex.model.stats;

/** How the interval and test of a random-effects pooled estimate are computed. */
public enum Adjustment {
    /** None: the standard error {@code √(1/Σw*)} with the standard normal distribution (z test). */
    NONE("none"),
    /**
     * Knapp and Hartung (2003), also called Hartung–Knapp–Sidik–Jonkman: the
     * variance {@code Σw*(y − μ)² / ((k − 1)·Σw*)} with Student's t distribution on {@code k − 1}
     * degrees of freedom, as metafor's {@code test="knha"} computes it (without a floor at the
     * unadjusted variance). Needs at least two studies.
     */
    KNAPP_HARTUNG("Knapp–Hartung");

    private final String label;

    Adjustment(String label) {
        this.label = label;
    }

    /** The adjustment as methods sections name it: "Knapp–Hartung", or "none". */
    public String label() {
        return label;
    }
}
