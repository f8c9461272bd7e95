package org.oncodex.model;

/** The design of a study or analysis, which says how much weight its results can bear. */
public enum StudyDesign {
    /** A trial that assigns treatments at random. */
    RANDOMIZED_CONTROLLED_TRIAL("randomized controlled trial", true),
    /** A trial that compares treatments without random assignment. */
    NON_RANDOMIZED_TRIAL("non-randomized trial", false),
    /** A trial in which every patient receives the treatment studied. */
    SINGLE_ARM_TRIAL("single-arm trial", false),
    /** An early-phase (phase 1 or 1/2) trial, mostly of safety and dose. */
    EARLY_PHASE_TRIAL("early-phase trial", false),
    /** A statistical combination of the results of several studies. */
    META_ANALYSIS("meta-analysis", false),
    /** An analysis of the patient-level data of several trials together. */
    POOLED_ANALYSIS("pooled analysis", false),
    /** A systematic review of the literature without a combined estimate. */
    SYSTEMATIC_REVIEW("systematic review", false),
    /** A cohort followed forward from enrolment. */
    PROSPECTIVE_COHORT("prospective cohort", false),
    /** A cohort assembled from past records. */
    RETROSPECTIVE_COHORT("retrospective cohort", false),
    /** A cohort of patients treated in routine care, outside trials. */
    REAL_WORLD_COHORT("real-world cohort", false),
    /** A report of a series of patients without a comparison group. */
    CASE_SERIES("case series", false),
    /** Laboratory analysis of patients' samples, such as immune profiling. */
    TRANSLATIONAL("translational study", false),
    /** Studies in cells or animals, before any patient. */
    PRECLINICAL("preclinical study", false),
    /**
     * The cited source does not state the design. A design is recorded only as a source states it;
     * a trial's name alone says nothing about how it assigned treatments.
     */
    NOT_STATED("design not stated", false);

    private final String label;
    private final boolean randomized;

    StudyDesign(String label, boolean randomized) {
        this.label = label;
        this.randomized = randomized;
    }

    /** The plain English name, such as "real-world cohort". */
    public String label() {
        return label;
    }

    /** Whether treatments were assigned at random. */
    public boolean isRandomized() {
        return randomized;
    }
}
