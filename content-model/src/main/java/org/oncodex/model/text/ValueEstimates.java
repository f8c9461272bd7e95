package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Values.Point;

/** The estimate a value read by {@link Values} states: its kind's model type, validated, with its interval and counts. */
final class ValueEstimates {
    private ValueEstimates() {}

    /**
     * The estimate a value of {@code kind} states with what follows it, or null; a value the model rejects is
     * reported as {@link Diagnostic.Code#INVALID_VALUE}, and kept without its interval when the interval was the
     * reason.
     */
    static @Nullable EffectEstimate of(
            Tokens t,
            EffectStatement.Kind kind,
            Point point,
            Tail tail,
            @Nullable ConfidenceInterval ci,
            Intervals.@Nullable Group g,
            @Nullable Unit unit,
            String label,
            int start,
            int end,
            Findings out) {
        try {
            if (kind == EffectStatement.Kind.MEDIAN_TIME) {
                return Medians.of(point, ci, g, unit);
            }
            if (kind == EffectStatement.Kind.PROPORTION) {
                Proportion.Builder b = Proportion.builder();
                double percent = point.value();
                int[] counts = tail.counts;
                if (Double.isNaN(percent)) {
                    return null;
                }
                if (counts == null
                        && !Double.isNaN(tail.innerPercent)
                        && point.value() == Math.rint(point.value())
                        && tail.unit == null) {
                    // n (%): 36 (30.0)
                    b.percent(tail.innerPercent).count((int) point.value());
                    if (tail.total > 0) {
                        b.total(tail.total);
                    }
                    return b.build();
                }
                b.percent(percent);
                if (counts != null) {
                    b.count(counts[0]).total(counts[1]);
                } else if (tail.count >= 0) {
                    b.count(tail.count);
                }
                if (ci != null) {
                    b.ci(ci);
                }
                return b.build();
            }
            if (point.open()) {
                return null;
            }
            return Estimates.of(kind, point.value(), ci, unit, tail.unitLabel, label);
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
            if (ci != null) {
                try {
                    return Estimates.of(kind, point.value(), null, unit, tail.unitLabel, label);
                } catch (IllegalArgumentException again) {
                    return null;
                }
            }
            return null;
        }
    }

    /** The estimate of a comparator arm's value, or null when the model rejects it: no diagnostic, its own value reports. */
    static @Nullable EffectEstimate quiet(
            EffectStatement.Kind kind, Point c, @Nullable Unit unit, @Nullable String unitLabel) {
        try {
            if (kind == EffectStatement.Kind.MEDIAN_TIME) {
                return Medians.of(c, null, null, unit);
            }
            if (c.open()) {
                return null;
            }
            return Estimates.of(kind, c.value(), null, unit, unitLabel, "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
