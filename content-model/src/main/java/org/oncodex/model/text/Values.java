package org.oncodex.model.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A number with what follows it: a unit, an interval or spread in brackets, counts, a comparator
 * after "vs", a P value. What kind of statistic it is comes from the scope — the label before it
 * ("the hazard ratio for death ... was 0.71"), "median", the endpoint, the column header — or from
 * its unit; a number in brackets after a pair of numbers, with nothing saying what it estimates, is
 * an {@link EffectStatement.Kind#UNLABELED_ESTIMATE}. A bare number without any of these is not a
 * statistic ("phase 3", "KEYNOTE-189", "every 3 months").
 */
final class Values implements Recognizer {
    private static final int LABEL_REACH = 24;

    /** A value: a number with its sign, or "not reached"/"not estimable". */
    record Point(double value, String printed, boolean open, int first, int next) {}

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Point point = point(t, i);
        if (point == null) {
            return notGiven(t, i, scope, out);
        }
        if (t.isAmbiguousComma(point.next() - 1)) {
            int next = point.next() + 2;
            Intervals.Group g = Intervals.after(t, next, scope, Findings.discarding());
            return new Step(g != null ? g.next() : next, scope.withLabelUsed(-1));
        }
        int years = YearSpans.past(t, i);
        if (years > 0) {
            return new Step(years, scope); // "SMR (1980–2013) was 2.9": the years are no value; the label waits
        }
        Tail tail = Tail.read(t, point.next, scope, out);
        EffectStatement.Kind kind = kind(t, i, point, tail, scope);
        if (kind == null) {
            return null;
        }
        if (point.open() && isRatio(kind)) {
            int end = t.at(point.next() - 1).end;
            int start = scope.labelAt() >= 0 ? t.at(scope.labelAt()).start : t.at(i).start;
            out.report(
                    Diagnostic.Code.MISSING_VALUE,
                    "\"" + t.slice(start, end) + "\" has no number: a ratio that was not estimated",
                    start,
                    end);
            return new Step(point.next(), scope.withLabelUsed(point.next()));
        }
        return statement(t, i, point, tail, kind, scope, out);
    }

    /**
     * "Not reported", "Not available" in a cell of a labelled column: no value, reported as missing so
     * that the cell is not silently empty.
     */
    private static @Nullable Step notGiven(Tokens t, int i, Scope scope, Findings out) {
        Lexeme not = t.at(i);
        Lexeme what = t.at(i + 1);
        if (!scope.hasContextLabel()
                || !not.isWord("not")
                || !(what.isWord("reported") || what.isWord("available") || what.isWord("applicable"))) {
            return null;
        }
        out.report(
                Diagnostic.Code.MISSING_VALUE,
                "\"" + t.span(i, i + 1) + "\" gives no number for \"" + scope.labelText() + "\"",
                not.start,
                what.end);
        return new Step(i + 2, scope);
    }

    static @Nullable Point point(Tokens t, int i) {
        Lexeme tok = t.at(i);
        boolean negative = false;
        int j = i;
        if (tok.is(Sym.MINUS) || (tok.is(Sym.DASH) && signPosition(t, i))) {
            if (!t.at(i + 1).is(Sym.NUM) || t.at(i + 1).spelled) {
                return null;
            }
            negative = true;
            j++;
        }
        Lexeme num = t.at(j);
        if (num.is(Sym.NUM)) {
            if (num.digits.length() > 1 && num.digits.charAt(0) == '0' && num.digits.charAt(1) != '.') {
                return null; // "017/057", "03"
            }
            double v = negative ? -num.number : num.number;
            return new Point(v, negative ? "-" + num.digits : num.digits, false, i, j + 1);
        }
        String open = IntervalBounds.openWord(t, i);
        if (open != null) {
            return new Point(
                    Double.NaN,
                    open.equals("NR") || open.equals("not reached") ? "NR" : "NE",
                    true,
                    i,
                    IntervalBounds.openWordEnd(t, i));
        }
        return null;
    }

    /** "of patients", "of the women", "of all participants" at {@code k}: what a share is a share of. */
    private static boolean shareOfPeople(Tokens t, int k) {
        if (!t.at(k).isWord("of")) {
            return false;
        }
        Lexeme next = t.at(k + 1);
        if (next.isWord("the") || next.isWord("all") || next.isWord("these") || next.isWord("those")) {
            next = t.at(k + 2);
        }
        return next.is(Sym.WORD) && Words.PEOPLE.contains(next.lower);
    }

    /**
     * A dash is a minus sign only right before a number, after a separator: "MD -1.2", "= -0.5", or after a
     * bracket that describes the value, with a space between: "Mean Difference (IV, Random, 95% CI) ‐1.07".
     */
    private static boolean signPosition(Tokens t, int i) {
        if (t.at(i + 1).spaceBefore) {
            return false;
        }
        Sym before = t.at(i - 1).type;
        return i == 0
                || before == Sym.EQ
                || before == Sym.COLON
                || before == Sym.LPAREN
                || before == Sym.LBRACK
                || before == Sym.COMMA
                || before == Sym.SEMI
                || ((before == Sym.WORD || before == Sym.RPAREN || before == Sym.RBRACK) && t.at(i).spaceBefore);
    }

    private static EffectStatement.@Nullable Kind kind(Tokens t, int i, Point point, Tail tail, Scope scope) {
        // "2p ⬍ .00001": the 2 of the Lancet's two-sided "2p", whatever sign follows, is no value
        if (t.at(point.next()).isWord("p") && !t.at(point.next()).spaceBefore) {
            return null;
        }
        // "1 in 4 people (27%)": the 4 is a denominator, not a count of people; a percentage is none
        // (">3 in 55%": a threshold, then the share above it)
        if (t.at(i - 1).isWord("in")
                && t.at(i - 2).is(Sym.NUM)
                && !t.at(point.next()).is(Sym.PCT)) {
            return null;
        }
        // "the median age of the 957 participants was 63.6": a number of people takes no label
        if (tail.next == point.next()
                && t.at(point.next()).is(Sym.WORD)
                && Words.PEOPLE.contains(t.at(point.next()).lower)) {
            return null;
        }
        // "n = 12": a number of patients, a statistic only with the share it makes ("n =12, 3%")
        if (TailCounts.afterN(t, point.next())) {
            boolean share = !Double.isNaN(tail.innerPercent) && tail.innerSign && tail.unit == null;
            return share && point.value() == Math.rint(point.value()) ? EffectStatement.Kind.PROPORTION : null;
        }
        EffectStatement.Kind label = labelFor(t, i, scope);
        Unit unit = tail.unit != null ? tail.unit : scope.unit();
        boolean hasInterval = tail.interval != null;
        boolean percent = unit == Unit.PERCENT;
        if ("percentage points".equals(tail.unitLabel)) {
            return EffectStatement.Kind.RISK_DIFFERENCE;
        }
        // "associated with 5 years of use": a duration, no statistic, whatever label is in force
        if (unit != null
                && unit.isTime()
                && !point.open()
                && tail.interval == null
                && NearValue.durationOf(t, tail.next)) {
            return null;
        }
        // "a median per-allele odds ratio (OR) of 1.22 (interquartile range = 1.15–1.36)": the median of
        // many ratios, with their spread, not one ratio with its interval
        // "(r, 0.83 [95% CI 0.54-0.96])" after "median survival": a correlation, whatever median came before
        if (label == EffectStatement.Kind.UNLABELED_ESTIMATE && !percent && tail.unit == null && !point.open()) {
            return label;
        }
        if (label != null
                && isRatio(label)
                && scope.median()
                && tail.interval != null
                && tail.interval.isSpread()
                && !point.open()) {
            return EffectStatement.Kind.MEDIAN;
        }
        if (label != null && isRatio(label) && (tail.unit == null || point.open())) {
            return label;
        }
        // "mean overall survival 98 and 91 months": a mean time is no median; "the mean five-year RFI
        // rates ... were 92.7%": a mean of rates is a rate
        boolean mean =
                label == EffectStatement.Kind.QUANTITY && scope.labelText().equalsIgnoreCase("mean");
        if (mean && percent) {
            label = null;
        }
        if (label == EffectStatement.Kind.QUANTITY && (tail.unit == null || mean) && !point.open()) {
            return EffectStatement.Kind.QUANTITY;
        }
        // "Median age was 61 years and 68% of patients were Caucasian": a share of the people, whatever
        // median the sentence named before it
        if (percent
                && !point.open()
                && (label == EffectStatement.Kind.MEDIAN || label == EffectStatement.Kind.MEDIAN_TIME)
                && shareOfPeople(t, tail.next)) {
            return EffectStatement.Kind.PROPORTION;
        }
        if (label == EffectStatement.Kind.MEDIAN && !point.open()) {
            return EffectStatement.Kind.MEDIAN;
        }
        if (label == EffectStatement.Kind.MEAN_DIFFERENCE) {
            return EffectStatement.Kind.MEAN_DIFFERENCE;
        }
        if (label == EffectStatement.Kind.RISK_DIFFERENCE) {
            // "Absolute risk reduction (95% CI)" over "0.08 (−0.04 to 0.21)": a difference of risks, whatever its unit
            // "30.2% versus 11.0% (difference, 19.2; 95% CI ...)": a difference named in brackets after two shares
            boolean ofRisks = unit == null
                    && (scope.labelText().toLowerCase(Locale.ROOT).contains("risk") || afterShares(t, scope.labelAt()));
            return percent || ofRisks ? EffectStatement.Kind.RISK_DIFFERENCE : EffectStatement.Kind.MEAN_DIFFERENCE;
        }
        // "Excess relative risk (%)": a relative change, printed with its sign
        if (label == EffectStatement.Kind.RELATIVE_CHANGE
                && (percent || (unit == null && scope.labelAt() < 0))
                && !point.open()) {
            return EffectStatement.Kind.RELATIVE_CHANGE;
        }
        // "the median noninferiority margin was 13.0% (mean: 12.7%; range: 5.0–20.0%)": a median of
        // percentages with their spread, not one proportion
        if (percent
                && scope.median()
                && tail.interval != null
                && tail.interval.isSpread()
                && !point.open()
                && labelFor(t, i, scope) != null) {
            return EffectStatement.Kind.MEDIAN;
        }
        // "the median expected improvement was 25%", "a median reduction of 45%": a median of
        // percentages, when no endpoint is named after "median" (whose rate the percentage would be)
        if (percent
                && label == EffectStatement.Kind.MEDIAN_TIME
                && scope.labelAt() >= 0
                && (scope.endpoint() == null || scope.endpointAt() < scope.labelAt())
                && scope.timePoint() == null
                && !point.open()) {
            return EffectStatement.Kind.MEDIAN;
        }
        if (percent) {
            return EffectStatement.Kind.PROPORTION;
        }
        // "n (%)" announced: "23 (34.0)" is a count and its percentage, whatever unit the header names
        if (scope.declaredCounts()
                && tail.unit == null
                && !Double.isNaN(tail.innerPercent)
                && !point.open()
                && point.value() == Math.rint(point.value())
                && tail.innerPercent <= 100) {
            return EffectStatement.Kind.PROPORTION;
        }
        boolean timed = unit != null && unit != Unit.PERCENT && unit != Unit.NONE;
        // "lived about 5.8 months longer", "2.1 months of extra life": a gain in time, not a median
        if (timed && !point.open() && (NearValue.gainAfter(t, tail.next) || NearValue.gainBefore(t, i))) {
            return EffectStatement.Kind.MEAN_DIFFERENCE;
        }
        Endpoint endpoint = scope.endpoint();
        boolean timeToEvent = endpoint != null && endpoint.isTimeToEvent();
        // a range or an interquartile range goes with a median: "88 [IQR 61-140] mg/L", "51.0 (range, 44.2–60.3) mo"
        boolean spread = hasInterval && tail.interval != null && tail.interval.isSpread();
        // "OS curves converged after ≈3 years", "alive at 5 years": a time point, not a median
        if (timed
                && !point.open()
                && !scope.median()
                && label != EffectStatement.Kind.MEDIAN_TIME
                && NearValue.afterSchedule(t, i)) {
            return null;
        }
        if (timed || point.open()) {
            if (spread
                    || scope.median()
                    || label == EffectStatement.Kind.MEDIAN_TIME
                    || timeToEvent
                    // "23.6 mo (95% CI 20.8–NR)": a time with its confidence interval is a median
                    || (hasInterval && !spread && !point.open())
                    || NearValue.startsText(t, i)
                    || (point.open() && (hasInterval || scope.hasContextLabel()))
                    // "[9.6 vs. 7.4 months, respectively ...]": two arms' times compared are their medians
                    || (timed && tail.comparator != null && !NearValue.scheduleWord(t.at(i - 1)))) {
                return EffectStatement.Kind.MEDIAN_TIME;
            }
            return null;
        }
        if ((scope.median() && (hasInterval || tail.unitLabel != null)) || spread) {
            return EffectStatement.Kind.MEDIAN;
        }
        if (tail.counts != null && Counts.gives(tail.counts[0], tail.counts[1], point.value())) {
            return EffectStatement.Kind.PROPORTION;
        }
        boolean whole = point.value() == Math.rint(point.value()) && point.value() >= 0;
        // "1 (0.3)" under "Preconsultation Questionnaire (n = 396)": a count and its share of the column's
        // patients, when the count over them gives the number in brackets
        boolean ofColumn = scope.declaredTotal() > 0
                && whole
                && point.value() <= scope.declaredTotal()
                && Counts.gives(point.value(), scope.declaredTotal(), tail.innerPercent);
        if (!Double.isNaN(tail.innerPercent)
                && whole
                && (scope.declaredCounts() || tail.innerSign || ofColumn)
                && tail.innerPercent <= 100) {
            return EffectStatement.Kind.PROPORTION;
        }
        if (endpoint != null
                && !timeToEvent
                && (NearValue.afterSeparator(t, i) || scope.hasContextLabel() || scope.endpointAt() < 0)) {
            if (point.value() >= 0
                    && point.value() <= 100
                    && (NearValue.afterSeparator(t, i)
                            || hasInterval
                            || tail.counts != null
                            || scope.endpointAt() < 0)) {
                return EffectStatement.Kind.PROPORTION;
            }
        }
        if (tail.unitLabel != null && hasInterval) {
            return EffectStatement.Kind.QUANTITY;
        }
        // "17.5 million cancer cases", "3.34 million life-years": a count in millions is a statistic; so is
        // a rate per a power of ten ("31.3/100,000")
        if (("million".equals(tail.unitLabel)
                        || "billion".equals(tail.unitLabel)
                        || (tail.unitLabel != null && tail.unitLabel.startsWith("per ")))
                && !point.open()) {
            return EffectStatement.Kind.QUANTITY;
        }
        Intervals.Group g = tail.interval;
        if (g != null && !g.isSpread()) {
            return EffectStatement.Kind.UNLABELED_ESTIMATE;
        }
        return null;
    }

    /** The label in force for the number at {@code i}, or null when it is out of reach or already used. */
    private static EffectStatement.@Nullable Kind labelFor(Tokens t, int i, Scope scope) {
        EffectStatement.Kind label = scope.label();
        if (label == null) {
            return null;
        }
        if (scope.labelAt() < 0) {
            return label; // the caller's context labels every number
        }
        if (i - scope.labelAt() > LABEL_REACH) {
            return FarLabels.reaches(t, i, scope) ? label : null;
        }
        if (i - scope.labelAt() > 1 && NamedNumbers.namesSomething(t, i)) {
            return null; // "the hazard ratio in CheckMate 459 was 0.85": 459 names the trial
        }
        if (scope.labelUsed() && !NearValue.continuesSeries(t, scope.seriesUntil(), i)) {
            return null;
        }
        return label;
    }

    static boolean isRatioLabel(Scope scope) {
        EffectStatement.Kind label = scope.label();
        return label != null && isRatio(label);
    }

    static boolean isRatio(EffectStatement.Kind k) {
        return switch (k) {
            case HAZARD_RATIO, ODDS_RATIO, RISK_RATIO, RATE_RATIO, RATIO_OF_RATIOS -> true;
            default -> false;
        };
    }

    private static Step statement(
            Tokens t, int i, Point point, Tail tail, EffectStatement.Kind kind, Scope scope, Findings out) {
        int endTok = tail.next - 1;
        int start = t.at(i).start;
        boolean labelled = scope.labelAt() >= 0 && labelFor(t, i, scope) == kind && !scope.labelUsed();
        int first = labelled && scope.labelAt() < i ? scope.labelAt() : i;
        Scope.Named named = TimedEndpoints.of(t, i, kind, scope); // a hazard ratio's endpoint is a time to an event
        // "OS: HR = 0.58": an endpoint right before the label (or the value) opens the statement
        if (named.at() >= 0 && named.at() < first && first - named.at() <= 3) {
            first = named.at();
        }
        start = Math.min(start, t.at(first).start);
        start = Math.max(start, Math.min(out.lastEnd(), t.at(i).start));
        int end = t.at(endTok).end;
        Unit unit = tail.unit != null ? tail.unit : scope.unit();
        Intervals.Group g = tail.interval;
        ConfidenceInterval ci = null;
        Spread spread = null;
        if (g != null) {
            if (g.isSpread()) {
                if (!g.lower().open()
                        && !g.upper().open()
                        && g.lower().value() <= g.upper().value()) {
                    spread = Spread.of(
                            g.what() == Intervals.What.IQR ? Spread.Kind.IQR : Spread.Kind.RANGE,
                            g.lower().value(),
                            g.upper().value(),
                            g.upper().censored());
                }
            } else {
                ci = IntervalChecks.checked(t, g, point.open() ? Double.NaN : point.value(), out);
            }
        }
        ImmutableEffectStatement.Builder b =
                EffectStatement.builder().kind(kind).start(start).end(end).text(t.slice(start, end));
        boolean countThenPercent = kind == EffectStatement.Kind.PROPORTION
                && tail.counts == null
                && !Double.isNaN(tail.innerPercent)
                && tail.unit == null;
        if (countThenPercent) {
            b.printedValue(tail.innerPrinted).value(tail.innerPercent);
        } else {
            b.printedValue(point.printed());
            if (!point.open()) {
                b.value(point.value());
            }
        }
        if (g != null) {
            Intervals.printed(b, g);
        }
        if (ci != null) {
            b.ci(ci);
        }
        if (spread != null) {
            b.spread(spread);
        }
        if (tail.p != null) {
            b.pValue(tail.p);
        }
        if (tail.unitLabel != null) {
            b.unitLabel(tail.unitLabel);
        }
        String label = scope.labelText();
        if (labelled && !label.isEmpty()) {
            b.label(label);
        }
        Endpoint endpoint = named.endpoint();
        boolean loose = isRatio(kind) || kind == EffectStatement.Kind.MEDIAN_TIME || labelled;
        boolean adjacent = scope.endpointAt() < 0 || (scope.endpointAt() < i && i - scope.endpointAt() <= 4);
        // a rate names its endpoint earlier in the sentence: "the objective response rate ... was 62.0%",
        // "the 48-month OS rate remained higher ... at 25.2%"; a percentage of a time-to-event endpoint
        // is its rate ("overall survival remained unchanged (92.0 versus 90.3%)")
        boolean rate = kind == EffectStatement.Kind.PROPORTION
                && endpoint != null
                && i - scope.endpointAt() <= LABEL_REACH
                && (!endpoint.isTimeToEvent() || scope.timePoint() != null || !NearValue.describesShare(t, tail.next));
        if (tail.endpoint != null) {
            b.endpoint(tail.endpoint).endpointLabel(tail.endpointLabel);
        } else if (endpoint != null && (loose || adjacent || rate)) {
            b.endpoint(endpoint).endpointLabel(named.text());
        }
        if (scope.timePoint() != null && kind == EffectStatement.Kind.PROPORTION) {
            b.timePoint(scope.timePoint());
        }
        if (kind == EffectStatement.Kind.RELATIVE_CHANGE) {
            relativeChange(t, b, point, scope, first, tail.next, tail.endpoint != null || endpoint != null);
        }
        if (i <= scope.approximateUntil()) {
            b.approximate(true);
        }
        EffectEstimate estimate =
                ValueEstimates.of(t, kind, point, tail, ci, g, unit, scope.labelText(), start, end, out);
        if (estimate != null) {
            b.estimate(estimate);
        }
        EffectStatement comparedArm = null;
        if (tail.comparator != null) {
            Point c = tail.comparator;
            EffectEstimate ce = ValueEstimates.quiet(kind, c, unit, tail.unitLabel);
            if (ce != null) {
                b.comparatorEstimate(ce);
                // "not reached versus 7.1 months": the other arm's median is the one number printed
                if (kind == EffectStatement.Kind.MEDIAN_TIME && point.open() && !c.open()) {
                    ImmutableEffectStatement.Builder other = t.statement(
                                    kind, t.at(c.first()).start, t.at(c.next() - 1).end)
                            .printedValue(c.printed())
                            .value(c.value())
                            .estimate(ce);
                    if (tail.endpoint != null) {
                        other.endpoint(tail.endpoint).endpointLabel(tail.endpointLabel);
                    } else if (endpoint != null) {
                        other.endpoint(endpoint).endpointLabel(named.text());
                    }
                    comparedArm = other.build();
                }
            }
        }
        out.add(b.build());
        if (comparedArm != null) {
            out.add(comparedArm);
        }
        Scope next = scope;
        if (labelled || (scope.labelAt() >= 0 && scope.labelUsed() && labelFor(t, i, scope) == kind)) {
            next = scope.withLabelUsed(tail.next);
        }
        if (kind == EffectStatement.Kind.PROPORTION && scope.timePoint() != null) {
            next = next.withTimePoint(null);
        }
        return new Step(tail.next, next);
    }

    /**
     * "a relative risk reduction of 25%", "Excess relative risk (%)" over "-13.0": the change with its
     * direction (a reduction, or the sign printed) and, when nothing else named one, the endpoint its
     * words name ("risk reduction of death" is overall survival).
     */
    private static void relativeChange(
            Tokens t,
            ImmutableEffectStatement.Builder b,
            Point point,
            Scope scope,
            int first,
            int next,
            boolean hasEndpoint) {
        String measure = scope.labelText().toLowerCase(Locale.ROOT);
        // "RRR": a relative risk reduction by its initials
        boolean lower = measure.contains("reduction") || measure.equals("rrr") || point.value() < 0;
        b.relativeChange(RelativeChange.of(
                Math.abs(point.value()),
                lower ? RelativeChange.Direction.LOWER : RelativeChange.Direction.HIGHER,
                measure));
        if (!hasEndpoint && scope.labelAt() >= 0) {
            Endpoint e = RelativeChanges.eventEndpoint(t, first, next, measure);
            if (e != null) {
                b.endpoint(e);
            }
        }
    }

    /** Whether the label at {@code at} opens a bracket printed right after a percentage: "11.0% (difference, 19.2". */
    private static boolean afterShares(Tokens t, int at) {
        return at >= 2 && Tokens.isOpener(t.at(at - 1).type) && t.at(at - 2).is(Sym.PCT);
    }
}
