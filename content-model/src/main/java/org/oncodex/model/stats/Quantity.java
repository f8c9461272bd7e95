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
 * A plain reported number with its unit as printed and an optional interval, such as 12.4 million
 * deaths (95% UI 10.1 to 15.2 million) from a burden-of-disease study, a concentration of 3.2 mg/L,
 * or a number whose kind the text does not state.
 *
 * <p>Any finite value. The unit is free text ("million", "mg/L"), absent when none is printed; the
 * interval may be of any {@link IntervalKind} and sidedness, in the same unit. A value outside its
 * own interval is accepted; evidence loaders and parsers report it.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
@ValueJson
@JsonTypeName("quantity")
public abstract non-sealed class Quantity implements EffectEstimate {

    Quantity() {}

    /** The number as printed. */
    @Value.Parameter
    public abstract double value();

    /** The unit as printed, such as "million" or "mg/L"; absent when none is printed. Never blank. */
    @Value.Parameter
    public abstract Optional<String> unit();

    /** The interval, in the same unit, when one was reported. */
    @Value.Parameter
    public abstract Optional<ConfidenceInterval> ci();

    /**
     * A number without a unit or an interval.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static Quantity of(double value) {
        return ImmutableQuantity.of(value, Optional.empty(), Optional.empty());
    }

    /**
     * A number with its unit as printed; an empty {@code unit} means none.
     *
     * @throws IllegalArgumentException naming every problem: a value that is not finite, a unit that
     *     is blank but not empty
     */
    public static Quantity of(double value, String unit) {
        return ImmutableQuantity.of(value, unit(unit), Optional.empty());
    }

    /**
     * A number without a unit, with its interval.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static Quantity of(double value, ConfidenceInterval ci) {
        return ImmutableQuantity.of(value, Optional.empty(), Optional.of(ci));
    }

    /**
     * A number with its unit as printed (an empty {@code unit} means none) and its interval.
     *
     * @throws IllegalArgumentException naming every problem: a value that is not finite, a unit that
     *     is blank but not empty
     */
    public static Quantity of(double value, String unit, ConfidenceInterval ci) {
        return ImmutableQuantity.of(value, unit(unit), Optional.of(ci));
    }

    private static Optional<String> unit(String unit) {
        return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.QUANTITY;
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Quantity");
        problems.finite("value", value());
        unit().ifPresent(u -> problems.text("unit", u));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Quantity " + value() + unit().map(u -> " " + u).orElse("")
                + ci().map(c -> " (" + c + ")").orElse("");
    }
}
