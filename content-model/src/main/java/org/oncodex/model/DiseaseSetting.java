package org.oncodex.model;

/** How far the cancer has spread, as treatment summaries group their options. */
public enum DiseaseSetting {
    /** Confined to where it started. */
    LOCALIZED("localized"),
    /** Grown into nearby tissue or lymph nodes, not to distant organs. */
    LOCALLY_ADVANCED("locally advanced"),
    /** Spread to distant organs. */
    METASTATIC("metastatic"),
    /** Come back after treatment. */
    RECURRENT("recurrent");

    private final String label;

    DiseaseSetting(String label) {
        this.label = label;
    }

    /** The plain English name, such as "locally advanced". */
    public String label() {
        return label;
    }
}
