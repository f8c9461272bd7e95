package org.oncodex.model.stats;

import org.oncodex.model.internal.Problems;

/**
 * Two finite numbers, {@code lower ≤ upper}: an interval that may have no width, such as the
 * confidence interval of τ² when both bounds are 0, or a prediction interval.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 */
public record Bounds(double lower, double upper) {

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException naming every problem: a bound that is not finite, {@code lower}
     *     above {@code upper}
     */
    public Bounds {
        Problems problems = Problems.of("Bounds");
        boolean finiteLower = problems.finite("lower bound", lower);
        boolean finiteUpper = problems.finite("upper bound", upper);
        if (finiteLower && finiteUpper) {
            problems.check(lower <= upper, "lower bound %s must not exceed upper bound %s", lower, upper);
        }
        problems.throwIfAny();
    }

    /** Whether {@code x} lies within the bounds, bounds included. */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /** The bounds carried back from {@code scale} to printed values: exponentiated for {@link Scale#LOG}. */
    public Bounds fromScale(Scale scale) {
        return new Bounds(scale.fromScale(lower), scale.fromScale(upper));
    }
}
