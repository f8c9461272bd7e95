package org.oncodex.model.text;

import java.util.Optional;
import java.util.OptionalDouble;
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
        RELATIVE_CHANGE,
        /** {@code rate ratio 0·91; 95% CI 0·83–0·99}, {@code IRR 1.2}. */
        RATE_RATIO,
        /** A ratio of two ratios: {@code RRR 1.10}, {@code ratio of hazard ratios 0.87}. */
        RATIO_OF_RATIOS,
        /** {@code mean difference −1.2, 95% CI −2.0 to −0.5}. */
        MEAN_DIFFERENCE,
        /** An absolute difference of two percentages: {@code 8.5 percentage points}. */
        RISK_DIFFERENCE,
        /** A median of something other than time: {@code median CRP 88 [IQR 61-140] mg/L}. */
        MEDIAN,
        /** {@code 36 of 120 patients}: a count out of a total, without a percentage. */
        COUNT,
        /** An amount with its interval: {@code 12·4 million (95% UI 10·1–15·2 million)}. */
        QUANTITY,
        /** {@code 0.84 (0.73–0.97)} with nothing saying what it estimates: give a {@link ParseContext}. */
        UNLABELED_ESTIMATE
    }

    EffectStatement() {}

    /** The kind of statistic. */
    public abstract Kind kind();

    /**
     * The point value as a number, in the estimate's own unit (percent for proportions); empty for P
     * values, intervals alone and values not reached.
     */
    public abstract OptionalDouble value();

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

    /** The lower end of the interval as printed, with '.' for the decimal sign: "0.44", "NR", "NE". */
    public abstract Optional<String> printedLower();

    /** The upper end of the interval as printed, with '.' for the decimal sign: "0.87", "NR", "NE". */
    public abstract Optional<String> printedUpper();

    /** A range or interquartile range printed beside the value, such as a median's. */
    public abstract Optional<Spread> spread();

    /** A unit the model has no constant for, as printed ("mg/L", "million"). */
    public abstract Optional<String> unitLabel();

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
