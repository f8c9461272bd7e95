package org.oncodex.model.evidence;

/** The phase of a clinical trial, in ClinicalTrials.gov's categories. */
public enum Phase {
    /** Early phase 1 (formerly phase 0). */
    EARLY_PHASE_1("early phase 1"),
    /** Phase 1: safety and dose. */
    PHASE_1("phase 1"),
    /** Phase 1/2. */
    PHASE_1_2("phase 1/2"),
    /** Phase 2: activity in a group of patients. */
    PHASE_2("phase 2"),
    /** Phase 2/3. */
    PHASE_2_3("phase 2/3"),
    /** Phase 3: comparison with the standard treatment. */
    PHASE_3("phase 3"),
    /** Phase 4: after approval. */
    PHASE_4("phase 4");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The usual name, such as "phase 3". */
    public String label() {
        return label;
    }
}
