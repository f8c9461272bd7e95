package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A range or a bound reported in place of a single estimate: local control of 80%–95%, response
 * of at least 85%, toxicity below 10%, response up to 33%.
 *
 * <p>At least one bound is present. A bound is inclusive unless stated otherwise ({@code < 10%} is
 * exclusive); an absent bound's flag is always {@code true}, so equal ranges are equal values.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValueRange.class)
@JsonDeserialize(as = ImmutableValueRange.class)
@ValueJson
@JsonTypeName("valueRange")
public abstract non-sealed class ValueRange implements EffectEstimate {

    ValueRange() {}

    /** The lower bound, if any. */
    public abstract OptionalDouble lower();

    /** Whether the lower bound itself belongs to the range ({@code ≥}) or not ({@code >}). */
    @Value.Default
    public boolean lowerInclusive() {
        return true;
    }

    /** The upper bound, if any. */
    public abstract OptionalDouble upper();

    /** Whether the upper bound itself belongs to the range ({@code ≤}) or not ({@code <}). */
    @Value.Default
    public boolean upperInclusive() {
        return true;
    }

    /** The unit of both bounds. */
    public abstract Unit unit();

    /** The closed range {@code [lower, upper]}, such as 80%–95%. */
    public static ValueRange between(double lower, double upper, Unit unit) {
        return builder().lower(lower).upper(upper).unit(unit).build();
    }

    /** {@code ≥ lower}. */
    public static ValueRange atLeast(double lower, Unit unit) {
        return builder().lower(lower).unit(unit).build();
    }

    /** {@code > lower}. */
    public static ValueRange greaterThan(double lower, Unit unit) {
        return builder().lower(lower).lowerInclusive(false).unit(unit).build();
    }

    /** {@code ≤ upper}, also written "up to". */
    public static ValueRange atMost(double upper, Unit unit) {
        return builder().upper(upper).unit(unit).build();
    }

    /** {@code < upper}. */
    public static ValueRange lessThan(double upper, Unit unit) {
        return builder().upper(upper).upperInclusive(false).unit(unit).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether {@code x} lies in the range. */
    public boolean contains(double x) {
        boolean aboveLower =
                lower().isEmpty() || (lowerInclusive() ? x >= lower().getAsDouble() : x > lower().getAsDouble());
        boolean belowUpper =
                upper().isEmpty() || (upperInclusive() ? x <= upper().getAsDouble() : x < upper().getAsDouble());
        return aboveLower && belowUpper;
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.VALUE_RANGE;
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("ValueRange");
        problems.check(lower().isPresent() || upper().isPresent(), "needs a lower or an upper bound, got neither");
        problems.check(lower().isPresent() || lowerInclusive(), "an absent lower bound cannot be marked exclusive");
        problems.check(upper().isPresent() || upperInclusive(), "an absent upper bound cannot be marked exclusive");
        boolean finite = true;
        if (lower().isPresent()) {
            finite = problems.finite("lower bound", lower().getAsDouble());
        }
        if (upper().isPresent()) {
            finite = problems.finite("upper bound", upper().getAsDouble()) && finite;
        }
        if (finite && lower().isPresent() && upper().isPresent()) {
            double lo = lower().getAsDouble();
            double hi = upper().getAsDouble();
            problems.check(lo < hi, "lower bound %s must be less than upper bound %s", lo, hi);
        }
        if (finite && unit() == Unit.PERCENT) {
            problems.check(
                    lower().orElse(0) >= 0 && upper().orElse(100) <= 100,
                    "percent bounds must lie within [0, 100]: %s to %s",
                    lower(),
                    upper());
        }
        if (finite && unit().isTime()) {
            problems.check(lower().orElse(0) >= 0, "a time cannot be negative: %s", lower());
        }
        problems.throwIfAny();
    }

    /** Builds a {@link ValueRange}; {@code unit} and at least one bound are required. */
    public static final class Builder extends ImmutableValueRange.Builder {
        Builder() {}
    }
}
