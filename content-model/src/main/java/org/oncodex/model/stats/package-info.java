/**
 * Statistics as the oncology literature reports them: confidence, uncertainty and credible
 * intervals (two- or one-sided), hazard, odds, risk and rate ratios and ratios of them, mean
 * differences, median times, proportions, ranges, plain quantities and P values, all immutable and
 * validated at construction.
 *
 * <p>Ratio estimates are handled on the natural-log scale, following Altman &amp; Bland (BMJ
 * 2011;343:d2304 and d2090; BMJ 2003;326:219).
 */
@NullMarked
@ValueStyle
package org.oncodex.model.stats;

import org.jspecify.annotations.NullMarked;
import org.oncodex.model.internal.ValueStyle;
