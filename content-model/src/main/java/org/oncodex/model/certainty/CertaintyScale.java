package org.oncodex.model.certainty;

/** The rating scales of {@link Certainty}, each with the source that defines it. */
public enum CertaintyScale {
    /**
     * GRADE certainty of a body of evidence: high, moderate, low, very low (GRADE Handbook,
     * https://gdt.gradepro.org/app/handbook/handbook.html).
     */
    GRADE("GRADE", "https://gdt.gradepro.org/app/handbook/handbook.html"),
    /**
     * NCI PDQ levels of evidence for adult and pediatric cancer treatment studies: strength of study
     * design and of end point, such as 1iiA (https://www.cancer.gov/publications/pdq/levels-evidence/treatment).
     */
    NCI_PDQ("NCI PDQ level of evidence", "https://www.cancer.gov/publications/pdq/levels-evidence/treatment"),
    /**
     * OncoKB therapeutic levels of evidence, version 2: 1, 2, 3A, 3B, 4, R1, R2 (Chakravarty et al.,
     * JCO Precision Oncology 2017, PMID 28890946; https://www.oncokb.org/levels).
     */
    ONCOKB("OncoKB therapeutic level", "https://www.oncokb.org/levels");

    private final String label;
    private final String definition;

    CertaintyScale(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    /** The scale's name: "GRADE", "NCI PDQ level of evidence", "OncoKB therapeutic level". */
    public String label() {
        return label;
    }

    /** Where the scale is defined. */
    public String definition() {
        return definition;
    }
}
