package org.oncodex.model.certainty;

/**
 * A rating of evidence on one of the scales oncology sources print, kept as printed.
 *
 * <p>The set of scales is closed; {@link #scale()} tells them apart. There is deliberately no
 * common ordering across scales and no conversion between them.
 */
public sealed interface Certainty permits GradeCertainty, PdqLevel, OncoKbLevel {

    /** Which scale this rating is on. */
    CertaintyScale scale();

    /** The rating as its source prints it: "Moderate", "1iiA", "Level 3A". */
    String printed();
}
