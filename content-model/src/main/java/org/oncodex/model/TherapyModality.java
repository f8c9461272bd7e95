package org.oncodex.model;

/** How a treatment works on the cancer, in the categories patient summaries use. */
public enum TherapyModality {
    /** Watching closely without treatment until tests show a change. */
    SURVEILLANCE("surveillance"),
    /** Removing the tumour by an operation. */
    SURGERY("surgery"),
    /** Replacing the organ, such as a liver transplant. */
    TRANSPLANT("transplant"),
    /** Destroying tumour tissue in place by heat, cold, chemicals or electricity. */
    ABLATION("ablation"),
    /** Blocking the blood supply of a tumour, with or without drugs or radioactive beads. */
    EMBOLIZATION("embolization"),
    /** Radiation therapy, external or internal. */
    RADIATION_THERAPY("radiation therapy"),
    /** Drugs that kill fast-dividing cells. */
    CHEMOTHERAPY("chemotherapy"),
    /** Drugs that act on specific molecules of cancer cells or their blood supply. */
    TARGETED_THERAPY("targeted therapy"),
    /** Treatment that helps the immune system fight cancer, including cell therapies. */
    IMMUNOTHERAPY("immunotherapy"),
    /** Treatment that adds, blocks or removes hormones. */
    HORMONE_THERAPY("hormone therapy"),
    /** Care that eases symptoms and side effects. */
    SUPPORTIVE_CARE("supportive care");

    private final String label;

    TherapyModality(String label) {
        this.label = label;
    }

    /** The plain English name, such as "radiation therapy". */
    public String label() {
        return label;
    }
}
