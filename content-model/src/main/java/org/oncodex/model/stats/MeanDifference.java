package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A difference between two groups on the linear scale, such as a mean difference in a quality-of-life
 * score of −1.2 points, a difference in restricted mean survival of 2.1 months, or an absolute
 * difference in response rates of 12.5 percentage points ({@link Unit#PERCENTAGE_POINTS}).
 *
 * <p>Any finite value; 0 means no difference. The interval, when present, is in the same unit and
 * treated as symmetric on the linear scale. A point estimate outside its own interval is accepted
 * (it happens in published tables); evidence loaders and parsers report it.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableMeanDifference.class)
@JsonDeserialize(as = ImmutableMeanDifference.class)
@ValueJson
@JsonTypeName("meanDifference")
public abstract non-sealed class MeanDifference implements EffectEstimate {

    MeanDifference() {}

    /** The difference as printed, negative when the first group is lower. */
    @Value.Parameter
    public abstract double value();

    /** The unit of the value and its interval; {@link Unit#NONE} for a score without one. */
    @Value.Parameter
    public abstract Unit unit();

    /** The interval, in the same unit, when one was reported. */
    @Value.Parameter
    public abstract Optional<ConfidenceInterval> ci();

    /**
     * A difference without an interval.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static MeanDifference of(double value, Unit unit) {
        return ImmutableMeanDifference.of(value, unit, Optional.empty());
    }

    /**
     * A difference with its interval.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static MeanDifference of(double value, Unit unit, ConfidenceInterval ci) {
        return ImmutableMeanDifference.of(value, unit, Optional.of(ci));
    }

    /**
     * A difference with a 95% confidence interval.
     *
     * @throws IllegalArgumentException naming every problem of the value and the interval
     */
    public static MeanDifference of(double value, Unit unit, double lower, double upper) {
        return of(value, unit, ConfidenceInterval.of(lower, upper));
    }

    /** Whether an interval was reported and it excludes 0, at its own level. */
    public boolean isSignificant() {
        return ci().map(ci -> ci.excludes(0.0)).orElse(false);
    }

    /**
     * The same difference with its interval re-expressed at another level of the same sidedness and
     * kind (symmetric on the linear scale).
     *
     * @throws IllegalStateException if there is no interval
     * @throws IllegalArgumentException if the level is outside (0, 1), or (0.5, 1) for a one-sided
     *     interval
     */
    public MeanDifference withConfidenceLevel(double level) {
        ConfidenceInterval ci = ci().orElseThrow(() -> new IllegalStateException(
                "a difference without a confidence interval has no interval to re-express: " + this));
        return of(value(), unit(), ci.withLevel(level, Scale.LINEAR));
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.MEAN_DIFFERENCE;
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("MeanDifference");
        problems.finite("value", value());
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        String unit = unit().plural().isEmpty() ? "" : " " + unit().plural();
        return "MeanDifference " + value() + unit
                + ci().map(c -> " (" + c + ")").orElse("");
    }
}
