/**
 * Answers to patients' questions and the builder that cannot leave out the required disclaimers,
 * questions to ask and sources.
 *
 * <p>An {@link org.oncodex.answer.Answer} holds the question, sections of paragraphs, lists,
 * callouts and evidence tables, the questions to ask the care team, a key takeaway, numbered
 * sources and related questions, and the disclaimers its policy requires. Statistics are references
 * to cited {@link org.oncodex.model.evidence.TrialResult}s, rendered from their typed estimates,
 * never retyped.
 */
@NullMarked
@ValueStyle
package org.oncodex.answer;

import org.jspecify.annotations.NullMarked;
import org.oncodex.answer.internal.ValueStyle;
