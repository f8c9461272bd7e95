package org.oncodex.model.text;

import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.PValue;

/**
 * One statistic found in text, with what the text says about it: the estimate, its endpoint, time
 * point, comparator arm, interval and P value as printed, and the span it came from.
 *
 * <p>A statement may hold no estimate: a P value alone ({@code P = 0.584}), an interval alone
 * ({@code 95% CI: 0.44, 0.87}) or a relative change in words ({@code 21% higher risk}).
 */
@Value.Immutable
public abstract class EffectStatement {

    /** What kind of statistic the text states. */
    public enum Kind {
        /** {@code HR = 0.68, 95% CI: 0.45-1.02}. */
        HAZARD_RATIO,
        /** {@code OR 1.08 (0.45 to 2.60)}. */
        ODDS_RATIO,
        /** {@code RR, 0.73; 95% CI, 0.56-0.94}. */
        RISK_RATIO,
        /** {@code median OS = 4.0 months}, {@code not reached}. */
        MEDIAN_TIME,
        /** {@code 18% (4 of 22 patients)}, {@code 8-year OS 35.9% vs 8.9%}. */
        PROPORTION,
        /** {@code 80%-95%}. */
        RANGE,
        /** {@code ≥ 85%}, {@code up to 33%}, {@code < 10%}. */
        BOUND,
        /** {@code P = 0.01} on its own. */
        P_VALUE,
        /** {@code 95% CI 0.44 to 0.87} without an estimate before it. */
        INTERVAL,
        /** {@code 21% higher risk}. */
        RELATIVE_CHANGE
    }

    EffectStatement() {}

    /** The kind of statistic. */
    public abstract Kind kind();

    /** Where the statement starts in the input (inclusive). */
    public abstract int start();

    /** Where the statement ends in the input (exclusive). */
    public abstract int end();

    /** The text of the statement, as written. */
    public abstract String text();

    /** The estimate, for every kind but P values, intervals and relative changes. */
    public abstract Optional<EffectEstimate> estimate();

    /** The number of the estimate as printed ("0.62", "35.9"), for matching to the printed precision. */
    public abstract Optional<String> printedValue();

    /** The comparator arm's value ("35.9% vs 8.9%" gives 8.9%). */
    public abstract Optional<EffectEstimate> comparatorEstimate();

    /** The label the estimate was introduced with ("HR", "hazard ratio for death"). */
    public abstract Optional<String> label();

    /** The endpoint the text attaches to the statement. */
    public abstract Optional<Endpoint> endpoint();

    /** The endpoint as written ("OS", "overall survival"). */
    public abstract Optional<String> endpointLabel();

    /** The time point of a landmark rate ("8-year"). */
    public abstract Optional<TimePoint> timePoint();

    /** The confidence interval as printed, with its level. */
    public abstract Optional<ConfidenceInterval> ci();

    /** The P value as printed, exact or a bound. */
    public abstract Optional<PValue> pValue();

    /** A relative change stated in words. */
    public abstract Optional<RelativeChange> relativeChange();

    /** Whether the text qualifies the number as approximate ("approximately 21%"). */
    @Value.Default
    public boolean approximate() {
        return false;
    }

    static ImmutableEffectStatement.Builder builder() {
        return ImmutableEffectStatement.builder();
    }
}
