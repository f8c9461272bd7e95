package org.oncodex.model.stats;

/**
 * How a random-effects model estimates τ², the variance of the true effects between studies.
 *
 * <p>{@link #REML} with the {@link Adjustment#KNAPP_HARTUNG} adjustment is the modern default
 * (IntHout et al., BMC Med Res Methodol 2014, doi:10.1186/1471-2288-14-25); {@link #DL} is the
 * classic one that most published meta-analyses before 2020 used.
 */
public enum TauEstimator {
    /**
     * DerSimonian and Laird's method-of-moments estimator (1986):
     * {@code max(0, (Q − (k − 1)) / (Σw − Σw²/Σw))} with the fixed-effect weights {@code w = 1/v}.
     */
    DL("DerSimonian–Laird"),
    /**
     * Restricted maximum likelihood, found by Fisher scoring from the DerSimonian–Laird estimate,
     * with step halving so that the restricted likelihood never decreases, and truncated at 0.
     */
    REML("REML");

    private final String label;

    TauEstimator(String label) {
        this.label = label;
    }

    /** The estimator as methods sections name it: "DerSimonian–Laird", "REML". */
    public String label() {
        return label;
    }
}
