/**
 * How certain evidence is, on the three scales oncology sources print: GRADE ({@link
 * org.oncodex.model.certainty.GradeCertainty}), the NCI PDQ levels of evidence for treatment
 * studies ({@link org.oncodex.model.certainty.PdqLevel}, such as "1iiA") and OncoKB's therapeutic
 * levels ({@link org.oncodex.model.certainty.OncoKbLevel}, such as "Level 3A").
 *
 * <p>Each scale is kept as its source prints it and is never converted into another: a PDQ "1iiA"
 * is not a GRADE "high", and an OncoKB level rates a biomarker's link to a drug, not a body of
 * evidence. {@link org.oncodex.model.certainty.Certainty} is what they share.
 */
@NullMarked
@ValueStyle
package org.oncodex.model.certainty;

import org.jspecify.annotations.NullMarked;
import org.oncodex.model.internal.ValueStyle;
