package org.oncodex.disclaimers;

/** Who an answer is written for. */
public enum Audience {
    /** A person with cancer. */
    PATIENT,
    /** A family member or friend who cares for a person with cancer. */
    CAREGIVER,
    /** A doctor, nurse or other health professional. */
    CLINICIAN
}
