package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.ValueJson;

/**
 * A risk ratio (relative risk): the proportion with an event in one group divided by the
 * proportion in another.
 *
 * <p>Positive; 1 means no difference. The interval, when present, has positive bounds and is
 * treated as symmetric on the log scale. A point estimate outside its own interval is accepted (it
 * happens in published tables); evidence loaders and parsers report it.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableRiskRatio.class)
@JsonDeserialize(as = ImmutableRiskRatio.class)
@ValueJson
@JsonTypeName("riskRatio")
public abstract non-sealed class RiskRatio implements RatioEstimate {

    RiskRatio() {}

    @Override
    @Value.Parameter
    public abstract double value();

    @Override
    @Value.Parameter
    public abstract Optional<ConfidenceInterval> ci();

    /**
     * A risk ratio without a confidence interval.
     *
     * @throws IllegalArgumentException if {@code value} is not positive and finite
     */
    public static RiskRatio of(double value) {
        return ImmutableRiskRatio.of(value, Optional.empty());
    }

    /**
     * A risk ratio with its confidence interval.
     *
     * @throws IllegalArgumentException naming every problem: a value that is not positive and finite,
     *     an interval with a non-positive lower bound
     */
    public static RiskRatio of(double value, ConfidenceInterval ci) {
        return ImmutableRiskRatio.of(value, Optional.of(ci));
    }

    /**
     * A risk ratio with a 95% confidence interval.
     *
     * @throws IllegalArgumentException naming every problem of the value and the interval
     */
    public static RiskRatio of(double value, double lower, double upper) {
        return of(value, ConfidenceInterval.of(lower, upper));
    }

    /**
     * A risk ratio with the 95% interval implied by its two-sided P value (Altman &amp; Bland, BMJ
     * 2011;343:d2090).
     *
     * @throws IllegalArgumentException if {@code value} is 1 or not positive and finite
     */
    public static RiskRatio fromPValue(double value, PValue p, PValueMethod method) {
        return of(value, Ratios.intervalFromP(value, p, method));
    }

    /**
     * The ratio of two independent risk ratios with its interval (Altman &amp; Bland, BMJ 2003;326:219): the
     * comparison of a subgroup's estimate with another subgroup's, or of two trials. Its {@link
     * #pValue()} is the test of interaction. The estimates must come from different patients; do not
     * compare a subgroup with the whole population it belongs to.
     *
     * @throws IllegalArgumentException if either estimate has no confidence interval
     */
    public static RiskRatio ratio(RiskRatio numerator, RiskRatio denominator) {
        return of(Ratios.ratioValue(numerator, denominator), Ratios.ratioInterval(numerator, denominator));
    }

    @Override
    public RiskRatio withConfidenceLevel(double level) {
        return of(value(), Ratios.intervalAtLevel(this, level));
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.RISK_RATIO;
    }

    @Value.Check
    void check() {
        Ratios.validate("RiskRatio", value(), ci());
    }

    @Override
    public String toString() {
        return Ratios.describe("RiskRatio", value(), ci());
    }
}
