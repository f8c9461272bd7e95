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
 * Token positions are indices into the text's tokens; -1 means "from the caller's context", which
 * applies to every number.
 *
 * @param labelled the label in force
 * @param named the endpoint named
 * @param median whether "median" is in force
 * @param timePoint a landmark such as "12-month", or null
 * @param declared what a header or an announcement ("(95% CI)", "n (%)") said the numbers carry
 * @param approximateUntil the last token index an "approximately" covers, or -1
 * @param fromContext the scope of the caller's context, to return to at a sentence end (null for itself)
 */
record Scope(
        Label labelled,
        Named named,
        boolean median,
        @Nullable TimePoint timePoint,
        Declared declared,
        int approximateUntil,
        @Nullable Scope fromContext) {

    /**
     * A label and where it stands.
     *
     * @param kind the kind the label announced, or null
     * @param text the label as written
     * @param at the token index the label starts at
     * @param used whether a number already took it (a second one needs a series: "and", ",")
     * @param seriesUntil the token index after the number that took it
     */
    record Label(EffectStatement.@Nullable Kind kind, String text, int at, boolean used, int seriesUntil) {
        static final Label NONE = new Label(null, "", -1, false, -1);
    }

    /** An endpoint, as written, and where. */
    record Named(@Nullable Endpoint endpoint, String text, int at) {
        static final Named NONE = new Named(null, "", -1);
    }

    /**
     * What the numbers carry without saying so.
     *
     * @param unit a unit ("mo" in a header), or null
     * @param level the level of an interval announced before its numbers, or 0
     * @param spread RANGE or IQR when announced ("median (range)"), or null
     * @param counts whether "n (%)" or "n/N" was announced
     * @param total the number of patients a column header states ("(n = 396)"), or 0
     */
    record Declared(@Nullable Unit unit, double level, Spread.@Nullable Kind spread, boolean counts, int total) {
        static final Declared NONE = new Declared(null, 0, null, false, 0);
    }

    static final Scope EMPTY = new Scope(Label.NONE, Named.NONE, false, null, Declared.NONE, -1, null);

    EffectStatement.@Nullable Kind label() {
        return labelled.kind();
    }

    String labelText() {
        return labelled.text();
    }

    int labelAt() {
        return labelled.at();
    }

    boolean labelUsed() {
        return labelled.used();
    }

    int seriesUntil() {
        return labelled.seriesUntil();
    }

    @Nullable
    Endpoint endpoint() {
        return named.endpoint();
    }

    String endpointLabel() {
        return named.text();
    }

    int endpointAt() {
        return named.at();
    }

    @Nullable
    Unit unit() {
        return declared.unit();
    }

    double declaredLevel() {
        return declared.level();
    }

    Spread.@Nullable Kind declaredSpread() {
        return declared.spread();
    }

    boolean declaredCounts() {
        return declared.counts();
    }

    /** The scope a sentence end returns to: the caller's context, or nothing. */
    Scope reset() {
        return fromContext != null ? fromContext.withFrom(fromContext) : EMPTY;
    }

    /** This scope as the caller's context: sentence ends return to it. */
    Scope asContext() {
        Scope base = new Scope(labelled, named, median, timePoint, declared, -1, null);
        return base.withFrom(base);
    }

    boolean hasContextLabel() {
        return label() != null && labelAt() < 0;
    }

    private Scope withFrom(Scope base) {
        return new Scope(labelled, named, median, timePoint, declared, approximateUntil, base);
    }

    private Scope with(Label l) {
        return new Scope(l, named, median, timePoint, declared, approximateUntil, fromContext);
    }

    private Scope with(Declared d) {
        return new Scope(labelled, named, median, timePoint, d, approximateUntil, fromContext);
    }

    Scope withLabel(EffectStatement.Kind kind, String text, int at) {
        return new Scope(
                new Label(kind, text, at, false, labelled.seriesUntil()),
                named,
                kind == EffectStatement.Kind.MEDIAN_TIME || median,
                timePoint,
                declared,
                approximateUntil,
                fromContext);
    }

    /** This scope with no label: what looked like one names something else ("RR (%)", a response rate). */
    Scope withoutLabel() {
        return with(new Label(null, "", -1, false, labelled.seriesUntil()));
    }

    Scope withLabelUsed(int seriesEnd) {
        return with(new Label(labelled.kind(), labelled.text(), labelled.at(), true, seriesEnd));
    }

    Scope withEndpoint(Endpoint e, String text, int at) {
        return new Scope(labelled, new Named(e, text, at), median, timePoint, declared, approximateUntil, fromContext);
    }

    /** This scope with no endpoint: the words after it name something else ("R2 = 0.89" after "ORR"). */
    Scope withoutEndpoint() {
        return new Scope(labelled, Named.NONE, median, timePoint, declared, approximateUntil, fromContext);
    }

    Scope withMedian(int at) {
        return new Scope(
                new Label(EffectStatement.Kind.MEDIAN_TIME, "median", at, false, labelled.seriesUntil()),
                named,
                true,
                timePoint,
                declared,
                approximateUntil,
                fromContext);
    }

    Scope withTimePoint(@Nullable TimePoint t) {
        return new Scope(labelled, named, median, t, declared, approximateUntil, fromContext);
    }

    Scope withUnit(Unit u) {
        return with(new Declared(u, declared.level(), declared.spread(), declared.counts(), declared.total()));
    }

    Scope withDeclaredInterval(double level, Spread.@Nullable Kind spread) {
        return with(new Declared(declared.unit(), level, spread, declared.counts(), declared.total()));
    }

    Scope withDeclaredCounts() {
        return with(new Declared(declared.unit(), declared.level(), declared.spread(), true, declared.total()));
    }

    /** A column of patients of which a header states the number: "Drug A (n = 396)". */
    Scope withDeclaredTotal(int total) {
        return with(new Declared(declared.unit(), declared.level(), declared.spread(), declared.counts(), total));
    }

    int declaredTotal() {
        return declared.total();
    }

    Scope withApproximateUntil(int until) {
        return new Scope(labelled, named, median, timePoint, declared, until, fromContext);
    }
}
