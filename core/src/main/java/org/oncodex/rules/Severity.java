package org.oncodex.rules;

/** How serious a finding is. An answer passes when it has no {@link #ERROR}. */
public enum Severity {
    /** Must be fixed before a patient sees the answer. */
    ERROR,
    /** Should be looked at. */
    WARNING,
    /** For information. */
    INFO
}
