package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Unit;

/** Median times from what {@link Values} read: reached or not, with closed or open intervals. */
final class Medians {
    private Medians() {}

    static MedianTime of(
            Values.Point point, @Nullable ConfidenceInterval ci, Intervals.@Nullable Group g, @Nullable Unit unit) {
        Unit u = unit == null || unit == Unit.PERCENT || unit == Unit.NONE ? Unit.MONTHS : unit;
        MedianTime.Builder b = MedianTime.builder().unit(u);
        if (!point.open()) {
            b.value(point.value());
        }
        if (ci != null) {
            b.ciLevel(ci.level()).ciLower(ci.lower()).ciUpper(ci.upper());
        } else if (g != null && !g.isSpread() && (g.lower().open() || g.upper().open())) {
            b.ciLevel(g.level());
            if (!g.lower().open()) {
                b.ciLower(g.lower().value());
            }
            if (!g.upper().open()) {
                b.ciUpper(g.upper().value());
            }
        }
        return b.build();
    }
}
