package org.oncodex.model.certainty;

/** The five GRADE domains for which the certainty of evidence may be rated down (GRADE Handbook). */
public enum GradeDomain {
    /** Limitations in the design or conduct of the studies. */
    RISK_OF_BIAS("risk of bias"),
    /** Unexplained differences between the studies' results. */
    INCONSISTENCY("inconsistency"),
    /** Population, intervention, comparison or outcome differ from the question asked. */
    INDIRECTNESS("indirectness"),
    /** Few patients or events, or a wide confidence interval. */
    IMPRECISION("imprecision"),
    /** Studies likely missing because of their results. */
    PUBLICATION_BIAS("publication bias");

    private final String label;

    GradeDomain(String label) {
        this.label = label;
    }

    /** The domain in words: "risk of bias", "inconsistency", ... */
    public String label() {
        return label;
    }
}
