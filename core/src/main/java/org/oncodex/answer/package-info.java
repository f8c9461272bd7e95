/**
 * Answers to patients' questions and the builders that cannot leave out the required disclaimers, questions to ask and sources.
 */
@NullMarked
package org.oncodex.answer;

import org.jspecify.annotations.NullMarked;
