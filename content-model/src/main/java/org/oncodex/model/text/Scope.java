package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.Unit;

/**
 * What the text has said so far that the next number inherits: the label in force ("hazard ratio
 * for death ... was"), the endpoint, "median", a landmark time point, a unit or an interval declared
 * by a table header ("Median OS, mo (95% CI)"). An immutable value: recognizers return a new scope
 * rather than changing fields, and a sentence end returns to the caller's {@link ParseContext}.
 *
 * @param label the kind a label announced, or null
 * @param labelText the label as written
 * @param labelAt the token index the label starts at, or -1
 * @param labelUsed whether a number already took the label (a second one needs a series: "and", ",")
 * @param endpoint the endpoint named, or null
 * @param endpointLabel the endpoint as written
 * @param endpointAt where the endpoint was named, or -1
 * @param median whether "median" is in force
 * @param timePoint a landmark such as "12-month", or null
 * @param unit a unit declared for the numbers that follow ("mo" in a header), or null
 * @param declaredLevel the level of an interval announced before its numbers ("(95% CI)"), or 0
 * @param declaredSpread RANGE or IQR when announced ("median (range)"), or null
 * @param declaredCounts whether "n (%)" or "n/N" was announced
 * @param approximateUntil the last token index an "approximately" covers, or -1
 * @param seriesUntil the token index up to which a number continues the previous one's series, or -1
 * @param fromContext the scope of the caller's context, to return to at a sentence end (null for itself)
 */
record Scope(
        EffectStatement.@Nullable Kind label,
        String labelText,
        int labelAt,
        boolean labelUsed,
        @Nullable Endpoint endpoint,
        String endpointLabel,
        int endpointAt,
        boolean median,
        @Nullable TimePoint timePoint,
        @Nullable Unit unit,
        double declaredLevel,
        Spread.@Nullable Kind declaredSpread,
        boolean declaredCounts,
        int approximateUntil,
        int seriesUntil,
        @Nullable Scope fromContext) {

    static final Scope EMPTY =
            new Scope(null, "", -1, false, null, "", -1, false, null, null, 0, null, false, -1, -1, null);

    /** The scope a sentence end returns to: the caller's context, or nothing. */
    Scope reset() {
        return fromContext != null ? fromContext.withFrom(fromContext) : EMPTY;
    }

    /** This scope as the caller's context: sentence ends return to it. */
    Scope asContext() {
        Scope base = new Scope(
                label,
                labelText,
                -1,
                false,
                endpoint,
                endpointLabel,
                -1,
                median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                -1,
                -1,
                null);
        return base.withFrom(base);
    }

    private Scope withFrom(Scope base) {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                seriesUntil,
                base);
    }

    boolean hasContextLabel() {
        return label != null && labelAt < 0;
    }

    Scope withLabel(EffectStatement.Kind kind, String text, int at) {
        return new Scope(
                kind,
                text,
                at,
                false,
                endpoint,
                endpointLabel,
                endpointAt,
                kind == EffectStatement.Kind.MEDIAN_TIME || median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                seriesUntil,
                fromContext);
    }

    Scope withLabelUsed(int seriesEnd) {
        return new Scope(
                label,
                labelText,
                labelAt,
                true,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                seriesEnd,
                fromContext);
    }

    Scope withEndpoint(Endpoint e, String text, int at) {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                e,
                text,
                at,
                median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                seriesUntil,
                fromContext);
    }

    Scope withMedian(int at) {
        return new Scope(
                EffectStatement.Kind.MEDIAN_TIME,
                "median",
                at,
                false,
                endpoint,
                endpointLabel,
                endpointAt,
                true,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                seriesUntil,
                fromContext);
    }

    Scope withTimePoint(@Nullable TimePoint t) {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                t,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                seriesUntil,
                fromContext);
    }

    Scope withUnit(Unit u) {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                timePoint,
                u,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                seriesUntil,
                fromContext);
    }

    Scope withDeclaredInterval(double level, Spread.@Nullable Kind spread) {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                timePoint,
                unit,
                level,
                spread,
                declaredCounts,
                approximateUntil,
                seriesUntil,
                fromContext);
    }

    Scope withDeclaredCounts() {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                true,
                approximateUntil,
                seriesUntil,
                fromContext);
    }

    Scope withApproximateUntil(int until) {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                until,
                seriesUntil,
                fromContext);
    }

    Scope withSeriesUntil(int until) {
        return new Scope(
                label,
                labelText,
                labelAt,
                labelUsed,
                endpoint,
                endpointLabel,
                endpointAt,
                median,
                timePoint,
                unit,
                declaredLevel,
                declaredSpread,
                declaredCounts,
                approximateUntil,
                until,
                fromContext);
    }
}
