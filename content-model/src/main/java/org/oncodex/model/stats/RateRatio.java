package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.ValueJson;

/**
 * A rate ratio (incidence rate ratio): the rate of events per unit of person-time in one group
 * divided by the rate in another, as for recurrent events or incidence in cohort studies.
 *
 * <p>Positive; 1 means no difference. The interval, when present, has positive bounds and is
 * treated as symmetric on the log scale. A point estimate outside its own interval is accepted (it
 * happens in published tables); evidence loaders and parsers report it.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableRateRatio.class)
@JsonDeserialize(as = ImmutableRateRatio.class)
@ValueJson
@JsonTypeName("rateRatio")
public abstract non-sealed class RateRatio implements RatioEstimate {

    RateRatio() {}

    @Override
    @Value.Parameter
    public abstract double value();

    @Override
    @Value.Parameter
    public abstract Optional<ConfidenceInterval> ci();

    /**
     * A rate ratio without an interval.
     *
     * @throws IllegalArgumentException if {@code value} is not positive and finite
     */
    public static RateRatio of(double value) {
        return ImmutableRateRatio.of(value, Optional.empty());
    }

    /**
     * A rate ratio with its interval.
     *
     * @throws IllegalArgumentException naming every problem: a value that is not positive and finite,
     *     an interval with a non-positive lower bound
     */
    public static RateRatio of(double value, ConfidenceInterval ci) {
        return ImmutableRateRatio.of(value, Optional.of(ci));
    }

    /**
     * A rate ratio with a 95% confidence interval.
     *
     * @throws IllegalArgumentException naming every problem of the value and the interval
     */
    public static RateRatio of(double value, double lower, double upper) {
        return of(value, ConfidenceInterval.of(lower, upper));
    }

    /**
     * A rate ratio with the 95% interval implied by its two-sided P value (Altman &amp; Bland, BMJ
     * 2011;343:d2090).
     *
     * @throws IllegalArgumentException if {@code value} is 1 or not positive and finite
     */
    public static RateRatio fromPValue(double value, PValue p, PValueMethod method) {
        return of(value, Ratios.intervalFromP(value, p, method));
    }

    @Override
    public RateRatio withConfidenceLevel(double level) {
        return of(value(), Ratios.intervalAtLevel(this, level));
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.RATE_RATIO;
    }

    @Value.Check
    void check() {
        Ratios.validate("RateRatio", value(), ci());
    }

    @Override
    public String toString() {
        return Ratios.describe("RateRatio", value(), ci());
    }
}
