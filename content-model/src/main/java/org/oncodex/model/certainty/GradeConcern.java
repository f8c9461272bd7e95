package org.oncodex.model.certainty;

/**
 * How serious the concern in one GRADE domain is, and by how many levels it rates the evidence
 * down: not serious (0), serious (1), very serious (2). For publication bias, GRADE tables say
 * "undetected", "strongly suspected" or "very strongly suspected" for the same three steps.
 */
public enum GradeConcern {
    /** No serious concern: no rating down. */
    NOT_SERIOUS("not serious", 0),
    /** Serious: one level down. */
    SERIOUS("serious", 1),
    /** Very serious: two levels down. */
    VERY_SERIOUS("very serious", 2);

    private final String label;
    private final int levels;

    GradeConcern(String label, int levels) {
        this.label = label;
        this.levels = levels;
    }

    /** The concern in words: "not serious", "serious", "very serious". */
    public String label() {
        return label;
    }

    /** How many levels the concern rates the evidence down: 0, 1 or 2. */
    public int levelsDown() {
        return levels;
    }
}
