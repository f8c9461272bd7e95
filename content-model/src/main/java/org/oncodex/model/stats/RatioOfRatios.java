package org.oncodex.model.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A ratio of two ratios of one kind, such as a ratio of hazard ratios of 1.10: how much the effect
 * in one subgroup (or trial) differs from the effect in another. 1 means the same effect; its
 * P value is that of the test of interaction.
 *
 * <p>{@link #ofKind()} names the kind of the two ratios compared: a hazard, odds, risk or rate
 * ratio. The value is positive; the interval, when present, has positive bounds and is treated as
 * symmetric on the log scale. A point estimate outside its own interval is accepted (it happens in
 * published tables); evidence loaders and parsers report it.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableRatioOfRatios.class)
@JsonDeserialize(as = ImmutableRatioOfRatios.class)
@ValueJson
@JsonTypeName("ratioOfRatios")
public abstract non-sealed class RatioOfRatios implements RatioEstimate {

    RatioOfRatios() {}

    /** The kind of the two ratios compared: {@link Kind#HAZARD_RATIO} for a ratio of hazard ratios. */
    @Value.Parameter
    public abstract Kind ofKind();

    @Override
    @Value.Parameter
    public abstract double value();

    @Override
    @Value.Parameter
    public abstract Optional<ConfidenceInterval> ci();

    /**
     * A ratio of two ratios of kind {@code ofKind}, without an interval.
     *
     * @throws IllegalArgumentException naming every problem: a value that is not positive and finite,
     *     a kind that is not a hazard, odds, risk or rate ratio
     */
    public static RatioOfRatios of(Kind ofKind, double value) {
        return ImmutableRatioOfRatios.of(ofKind, value, Optional.empty());
    }

    /**
     * A ratio of two ratios of kind {@code ofKind}, with its interval.
     *
     * @throws IllegalArgumentException naming every problem: a value that is not positive and finite,
     *     a kind that is not a hazard, odds, risk or rate ratio, an interval with a non-positive lower
     *     bound
     */
    public static RatioOfRatios of(Kind ofKind, double value, ConfidenceInterval ci) {
        return ImmutableRatioOfRatios.of(ofKind, value, Optional.of(ci));
    }

    /**
     * A ratio of two ratios of kind {@code ofKind}, with a 95% confidence interval.
     *
     * @throws IllegalArgumentException naming every problem of the kind, the value and the interval
     */
    public static RatioOfRatios of(Kind ofKind, double value, double lower, double upper) {
        return of(ofKind, value, ConfidenceInterval.of(lower, upper));
    }

    /**
     * {@code numerator / denominator} for two independent ratios of one kind, such as the hazard
     * ratios of two subgroups, with an interval when both have one (Altman &amp; Bland, BMJ
     * 2003;326:219). The estimates must come from different patients; do not compare a subgroup with
     * the whole population it belongs to.
     *
     * @throws IllegalArgumentException if the two are of different kinds or are themselves ratios of
     *     ratios
     */
    public static RatioOfRatios of(RatioEstimate numerator, RatioEstimate denominator) {
        checkArgument(
                numerator.kind() == denominator.kind(),
                "a ratio of ratios compares two ratios of one kind: numerator %s, denominator %s",
                numerator.kind().label(),
                denominator.kind().label());
        checkArgument(
                numerator.kind() != Kind.RATIO_OF_RATIOS,
                "a ratio of ratios compares hazard, odds, risk or rate ratios, not ratios of ratios");
        double value = Ratios.ratioValue(numerator, denominator);
        return numerator.ci().isPresent() && denominator.ci().isPresent()
                ? of(numerator.kind(), value, Ratios.ratioInterval(numerator, denominator))
                : of(numerator.kind(), value);
    }

    @Override
    public RatioOfRatios withConfidenceLevel(double level) {
        return of(ofKind(), value(), Ratios.intervalAtLevel(this, level));
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.RATIO_OF_RATIOS;
    }

    @Value.Check
    void check() {
        Problems problems = Ratios.problems("RatioOfRatios", value(), ci());
        problems.check(
                ofKind().isRatio() && ofKind() != Kind.RATIO_OF_RATIOS,
                "ofKind must be a hazard, odds, risk or rate ratio: %s",
                ofKind());
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return Ratios.describe("RatioOfRatios of " + ofKind().label() + "s", value(), ci());
    }
}
