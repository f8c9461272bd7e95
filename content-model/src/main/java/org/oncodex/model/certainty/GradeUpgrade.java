package org.oncodex.model.certainty;

/**
 * The GRADE reasons for rating the certainty of evidence up, usually for observational studies with
 * no reason to rate down (GRADE Handbook).
 */
public enum GradeUpgrade {
    /** A large magnitude of effect: one level up. */
    LARGE_EFFECT("large effect", 1),
    /** A very large magnitude of effect: two levels up. */
    VERY_LARGE_EFFECT("very large effect", 2),
    /** A dose-response gradient: one level up. */
    DOSE_RESPONSE("dose-response gradient", 1),
    /**
     * All plausible residual confounding would reduce a demonstrated effect, or suggest a spurious
     * effect when none was seen: one level up.
     */
    PLAUSIBLE_CONFOUNDING("plausible confounding", 1);

    private final String label;
    private final int levels;

    GradeUpgrade(String label, int levels) {
        this.label = label;
        this.levels = levels;
    }

    /** The reason in words: "large effect", "dose-response gradient", ... */
    public String label() {
        return label;
    }

    /** How many levels the reason rates the evidence up: 1 or 2. */
    public int levelsUp() {
        return levels;
    }
}
