/**
 * Pictures of statistics: {@link org.oncodex.model.plot.ForestPlot} draws a pooled estimate as a
 * standalone SVG forest plot, or as plain text for terminals.
 */
@NullMarked
@ValueStyle
package org.oncodex.model.plot;

import org.jspecify.annotations.NullMarked;
import org.oncodex.model.internal.ValueStyle;
