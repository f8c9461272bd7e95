package org.oncodex.model.certainty;

import java.util.Locale;

/**
 * An OncoKB therapeutic level of evidence (version 2 of the levels): how strongly evidence links a
 * biomarker to response or resistance to a drug in a tumor type (Chakravarty et al., JCO Precision
 * Oncology 2017, PMID 28890946; https://www.oncokb.org/levels; the definitions below follow
 * OncoKB's own descriptions of each level in its public code, oncokb/oncokb {@code
 * LevelOfEvidence}). Levels 1 to 4 are about response, R1 and R2 about resistance.
 */
public enum OncoKbLevel implements Certainty {
    /** 1: an FDA-recognized biomarker predicts response to an FDA-approved drug in this indication. */
    LEVEL_1("1"),
    /**
     * 2: a standard-care biomarker, recommended by the NCCN or other expert panels, predicts response
     * to an FDA-approved drug in this indication.
     */
    LEVEL_2("2"),
    /** 3A: compelling clinical evidence supports the biomarker as predicting response to a drug in this indication. */
    LEVEL_3A("3A"),
    /**
     * 3B: a standard-care or investigational biomarker predicts response to an FDA-approved or
     * investigational drug in another indication.
     */
    LEVEL_3B("3B"),
    /** 4: compelling biological evidence supports the biomarker as predicting response to a drug. */
    LEVEL_4("4"),
    /** R1: a standard-care biomarker predicts resistance to an FDA-approved drug in this indication. */
    LEVEL_R1("R1"),
    /** R2: compelling clinical evidence supports the biomarker as predicting resistance to a drug. */
    LEVEL_R2("R2");

    private final String code;

    OncoKbLevel(String code) {
        this.code = code;
    }

    /** The level's code: "1", "2", "3A", "3B", "4", "R1", "R2". */
    public String code() {
        return code;
    }

    /** Whether the level is about resistance (R1, R2) rather than response. */
    public boolean isResistance() {
        return code.startsWith("R");
    }

    @Override
    public CertaintyScale scale() {
        return CertaintyScale.ONCOKB;
    }

    /** As OncoKB's site prints it: "Level 1", "Level 3A", "Level R1". */
    @Override
    public String printed() {
        return "Level " + code;
    }

    /**
     * The level from its code as OncoKB prints it: "3A", "Level 3A" or the API's "LEVEL_3A", in any
     * case.
     *
     * @throws IllegalArgumentException if the text names none of the seven therapeutic levels
     */
    public static OncoKbLevel parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("LEVEL_")) {
            t = t.substring("LEVEL_".length());
        } else if (t.startsWith("LEVEL ")) {
            t = t.substring("LEVEL ".length()).strip();
        }
        for (OncoKbLevel level : values()) {
            if (level.code.equals(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "OncoKB therapeutic level must be one of 1, 2, 3A, 3B, 4, R1, R2: \"" + text + "\"");
    }
}
