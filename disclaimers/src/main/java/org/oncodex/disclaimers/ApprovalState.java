package org.oncodex.disclaimers;

/**
 * Whether a therapy an answer mentions is approved for the answer's cancer type, as far as the
 * service that builds the answer knows. Approval is jurisdiction-specific; the service decides
 * which jurisdiction it reports (the evidence module's statuses map onto these).
 */
public enum ApprovalState {
    /** Approved for this cancer type. */
    APPROVED,
    /** Not approved for this cancer type (it may be approved for another). */
    NOT_APPROVED,
    /** Being studied for this cancer type and not approved for it. */
    INVESTIGATIONAL,
    /** Not known. Triggers nothing: a policy never claims a status that nobody stated. */
    UNKNOWN;

    /** Whether a policy treats the therapy as not approved: {@link #NOT_APPROVED} or {@link #INVESTIGATIONAL}. */
    public boolean isUnapproved() {
        return this == NOT_APPROVED || this == INVESTIGATIONAL;
    }
}
