package org.oncodex.model.text;

import org.immutables.value.Value;

/**
 * A relative change as prose states it, such as "21% higher risk" or "a 38% reduction": a
 * percentage and a direction, which a rule can hold against the ratio it should come from.
 */
@Value.Immutable(builder = false)
public abstract class RelativeChange {

    /** Whether the change is an increase or a decrease. */
    public enum Direction {
        /** "higher", "greater", "increased", "more". */
        HIGHER,
        /** "lower", "reduced", "reduction", "less", "fewer". */
        LOWER
    }

    RelativeChange() {}

    /** The size of the change in percent, as printed. */
    @Value.Parameter
    public abstract double percent();

    /** Up or down. */
    @Value.Parameter
    public abstract Direction direction();

    /** The words that name what changes, such as "risk of death"; empty when none follow. */
    @Value.Parameter
    public abstract String measure();

    /** A relative change. */
    public static RelativeChange of(double percent, Direction direction, String measure) {
        return ImmutableRelativeChange.of(percent, direction, measure);
    }

    /** The ratio this change corresponds to: 1.21 for 21% higher, 0.62 for 38% lower. */
    public double impliedRatio() {
        return direction() == Direction.HIGHER ? 1 + percent() / 100 : 1 - percent() / 100;
    }
}
