package org.oncodex.model.stats;

/**
 * What an interval around an estimate is called, which says how it was obtained: a frequentist
 * confidence interval, an uncertainty interval of a modelled estimate, a Bayesian credible
 * interval, or the prediction interval of a meta-analysis.
 *
 * <p>The arithmetic of {@link ConfidenceInterval} (standard errors, other levels) treats them alike,
 * as intervals symmetric on their scale.
 */
public enum IntervalKind {
    /** A confidence interval, "95% CI"; the default. */
    CONFIDENCE("CI", "confidence interval"),
    /**
     * An uncertainty interval, "95% UI", as burden-of-disease studies (such as the Global Burden of
     * Disease) report for modelled estimates.
     */
    UNCERTAINTY("UI", "uncertainty interval"),
    /** A Bayesian credible interval, "95% CrI". */
    CREDIBLE("CrI", "credible interval"),
    /**
     * A prediction interval, "95% PI", as random-effects meta-analyses report for the effect a new
     * study would find.
     */
    PREDICTION("PI", "prediction interval");

    private final String abbreviation;
    private final String label;

    IntervalKind(String abbreviation, String label) {
        this.abbreviation = abbreviation;
        this.label = label;
    }

    /** The abbreviation journals print after the level: "CI", "UI" or "CrI". */
    public String abbreviation() {
        return abbreviation;
    }

    /** The kind in words, such as "uncertainty interval". */
    public String label() {
        return label;
    }
}
