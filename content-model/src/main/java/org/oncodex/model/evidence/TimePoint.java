package org.oncodex.model.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;
import org.oncodex.model.stats.Unit;

/** The time at which a landmark rate was measured, such as 8 years for "8-year overall survival". */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableTimePoint.class)
@JsonDeserialize(as = ImmutableTimePoint.class)
@ValueJson
public abstract class TimePoint {

    TimePoint() {}

    /** How many units, positive. */
    @Value.Parameter
    public abstract double value();

    /** A unit of time. */
    @Value.Parameter
    public abstract Unit unit();

    /**
     * A time point such as {@code of(8, Unit.YEARS)}.
     *
     * @throws IllegalArgumentException if the value is not positive and finite or the unit is not time
     */
    public static TimePoint of(double value, Unit unit) {
        return ImmutableTimePoint.of(value, unit);
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("TimePoint");
        if (problems.finite("value", value())) {
            problems.check(value() > 0, "value must be positive: %s", value());
        }
        problems.check(unit().isTime(), "unit must be a unit of time: %s", unit());
        problems.throwIfAny();
    }

    /** As written before an endpoint: "8-year", "18-month", "2.5-year". */
    @Override
    public String toString() {
        return BigDecimal.valueOf(value()).stripTrailingZeros().toPlainString() + "-" + unit().singular();
    }
}
