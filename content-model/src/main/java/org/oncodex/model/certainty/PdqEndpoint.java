package org.oncodex.model.certainty;

/**
 * The strength of end point on the NCI PDQ levels of evidence for treatment studies, strongest
 * first, with the code the PDQ summaries print (https://www.cancer.gov/publications/pdq/levels-evidence/treatment).
 */
public enum PdqEndpoint {
    /** A: total mortality, or overall survival from a defined time. */
    TOTAL_MORTALITY("A", "how long people lived"),
    /** B: cause-specific mortality. */
    CAUSE_SPECIFIC_MORTALITY("B", "deaths from the cancer"),
    /** C: carefully assessed quality of life. */
    QUALITY_OF_LIFE("C", "quality of life"),
    /** Di: an indirect surrogate, event-free survival. */
    EVENT_FREE_SURVIVAL("Di", "how long people lived without certain events, such as the cancer growing"),
    /** Dii: an indirect surrogate, disease-free survival. */
    DISEASE_FREE_SURVIVAL("Dii", "how long people lived without the cancer coming back"),
    /** Diii: an indirect surrogate, progression-free survival. */
    PROGRESSION_FREE_SURVIVAL("Diii", "how long people lived without the cancer growing"),
    /** Div: an indirect surrogate, tumor response rate. */
    TUMOR_RESPONSE_RATE("Div", "whether tumors shrank");

    private final String code;
    private final String words;

    PdqEndpoint(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The code as PDQ prints it: "A", "B", "C", "Di", "Dii", "Diii", "Div". */
    public String code() {
        return code;
    }

    /** What was measured, in plain words, for patients. */
    public String plainWords() {
        return words;
    }

    /** Whether the end point is an indirect surrogate (D) rather than survival, mortality or quality of life. */
    public boolean isSurrogate() {
        return code.startsWith("D");
    }
}
