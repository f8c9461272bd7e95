/**
 * Content rules: the gate between a language model (or a writer) and the patient. A {@link
 * org.oncodex.rules.RuleSet} checks any {@link org.oncodex.answer.Answer} and returns a {@link
 * org.oncodex.rules.Report} of {@link org.oncodex.rules.Finding}s, each with its rule id, severity,
 * location, a message that quotes the offending text and, where one exists, a suggestion.
 *
 * <p>The rule no other tool has: every number and every approval claim in an answer must match a
 * cited evidence record ({@code ONC-NUMBER-UNGROUNDED}, {@code ONC-APPROVAL-CONTRADICTED}).
 */
@NullMarked
@ValueStyle
package org.oncodex.rules;

import org.jspecify.annotations.NullMarked;
import org.oncodex.answer.internal.ValueStyle;
