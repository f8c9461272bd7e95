package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A median time to an event, such as median overall survival of 4.0 months (95% CI 2.1 to 8.7).
 *
 * <p>The median, and each bound of its interval, may be "not reached" (NR) or "not estimable" (NE)
 * when too few events occurred: an absent value. {@code 30.0 months (95% CI 18.3 to not reached)}
 * has a value, a level and a lower bound, and no upper bound.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMedianTime.class)
@JsonDeserialize(as = ImmutableMedianTime.class)
@ValueJson
@JsonTypeName("medianTime")
public abstract non-sealed class MedianTime implements EffectEstimate {

    MedianTime() {}

    /** The median, non-negative; absent when the median was not reached. */
    public abstract OptionalDouble value();

    /** The unit of time. */
    public abstract Unit unit();

    /** The level of the reported interval, present exactly when an interval was reported. */
    public abstract OptionalDouble ciLevel();

    /** The interval's lower bound; absent when not reached or not estimable, or no interval. */
    public abstract OptionalDouble ciLower();

    /** The interval's upper bound; absent when not reached or not estimable, or no interval. */
    public abstract OptionalDouble ciUpper();

    /** A median without an interval. */
    public static MedianTime of(double value, Unit unit) {
        return builder().value(value).unit(unit).build();
    }

    /**
     * A median with an interval whose bounds were both reached.
     *
     * @throws IllegalArgumentException naming every problem (a negative or non-finite value, a unit
     *     that is not time, negative bounds)
     */
    public static MedianTime of(double value, Unit unit, ConfidenceInterval ci) {
        return builder()
                .value(value)
                .unit(unit)
                .ciLevel(ci.level())
                .ciLower(ci.lower())
                .ciUpper(ci.upper())
                .build();
    }

    /** A median that was not reached. */
    public static MedianTime notReached(Unit unit) {
        return builder().unit(unit).build();
    }

    /** A builder, for medians or bounds not reached. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the median was reached. */
    public boolean isReached() {
        return value().isPresent();
    }

    /** The interval, when one was reported and both its bounds were reached. */
    public Optional<ConfidenceInterval> ci() {
        if (ciLevel().isPresent() && ciLower().isPresent() && ciUpper().isPresent()) {
            return Optional.of(ConfidenceInterval.of(
                    ciLower().getAsDouble(), ciUpper().getAsDouble(), ciLevel().getAsDouble()));
        }
        return Optional.empty();
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.MEDIAN_TIME;
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("MedianTime");
        problems.check(unit().isTime(), "unit must be a unit of time: %s", unit());
        value().ifPresent(v -> {
            if (problems.finite("value", v)) {
                problems.check(v >= 0, "value must not be negative: %s", v);
            }
        });
        ciLower().ifPresent(v -> {
            if (problems.finite("confidence interval lower bound", v)) {
                problems.check(v >= 0, "confidence interval lower bound must not be negative: %s", v);
            }
        });
        ciUpper().ifPresent(v -> problems.finite("confidence interval upper bound", v));
        boolean anyBound = ciLower().isPresent() || ciUpper().isPresent();
        problems.check(
                ciLevel().isPresent() || !anyBound,
                "confidence interval bounds %s to %s need a confidence level",
                ciLower(),
                ciUpper());
        ciLevel().ifPresent(l -> problems.check(l > 0 && l < 1, "confidence level must be in (0, 1): %s", l));
        if (ciLower().isPresent() && ciUpper().isPresent()) {
            double lo = ciLower().getAsDouble();
            double hi = ciUpper().getAsDouble();
            problems.check(lo < hi, "confidence interval lower bound %s must be less than upper bound %s", lo, hi);
        }
        problems.throwIfAny();
    }

    /** Builds a {@link MedianTime}; {@code unit} is required. */
    public static final class Builder extends ImmutableMedianTime.Builder {
        Builder() {}
    }
}
