package org.oncodex.evidence;

/** The kind of an approval, as the regulator's source states it. */
public enum ApprovalType {
    /** A regular (full) approval. */
    REGULAR("regular approval"),
    /** An accelerated (conditional) approval, which depends on confirmatory trials. */
    ACCELERATED("accelerated approval"),
    /** An accelerated approval converted to a regular one. */
    CONVERTED("accelerated approval converted to regular approval"),
    /** An approval that has been withdrawn: the treatment is no longer approved for the indication. */
    WITHDRAWN("withdrawn approval");

    private final String label;

    ApprovalType(String label) {
        this.label = label;
    }

    /** The plain English name, such as "accelerated approval". */
    public String label() {
        return label;
    }
}
