/**
 * The disclaimer catalogue and the policies that say which disclaimers a patient-facing answer requires.
 *
 * <p>A {@link org.oncodex.disclaimers.DisclaimerPolicy} reads a few {@link
 * org.oncodex.disclaimers.AnswerFacts} about an answer and returns its {@link
 * org.oncodex.disclaimers.Requirement}s: which {@link org.oncodex.disclaimers.DisclaimerKind} goes
 * where, and why. A {@link org.oncodex.disclaimers.DisclaimerCatalog} holds the versioned, localized
 * wording of each kind and renders a requirement as a {@link
 * org.oncodex.disclaimers.RenderedDisclaimer} that keeps the id and version of the text a reader saw.
 */
@NullMarked
@ValueStyle
package org.oncodex.disclaimers;

import org.jspecify.annotations.NullMarked;
import org.oncodex.disclaimers.internal.ValueStyle;
