/**
 * Effect statements as text: {@link org.oncodex.model.text.EffectStatements} reads the statistics
 * that tables and abstracts print, {@link org.oncodex.model.text.EffectFormat} writes estimates in
 * the journals' styles, and {@link org.oncodex.model.text.PlainLanguage} explains them to patients.
 */
@NullMarked
@ValueStyle
package org.oncodex.model.text;

import org.jspecify.annotations.NullMarked;
import org.oncodex.model.internal.ValueStyle;
