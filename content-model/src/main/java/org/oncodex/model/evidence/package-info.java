/**
 * Evidence records: studies, populations, comparisons, trial results and the citations that
 * ground them.
 */
@NullMarked
@ValueStyle
package org.oncodex.model.evidence;

import org.jspecify.annotations.NullMarked;
import org.oncodex.model.internal.ValueStyle;
