package org.oncodex.model.text;

import org.immutables.value.Value;

/**
 * The spread printed beside a median, as opposed to its confidence interval: the range of the
 * observed values ({@code 51.0 (range, 44.2–60.3) mo}) or the interquartile range ({@code 88 [IQR
 * 61-140] mg/L}). A range whose upper end carries a "+" ({@code 2.2-37.9+}) is open: some
 * observations were still ongoing (censored) at that value.
 */
@Value.Immutable(builder = false)
public abstract class Spread {

    /** Which spread. */
    public enum Kind {
        /** Minimum to maximum of the observed values. */
        RANGE,
        /** First to third quartile. */
        IQR
    }

    Spread() {}

    /** Range or interquartile range. */
    @Value.Parameter
    public abstract Kind kind();

    /** The lower end, as printed. */
    @Value.Parameter
    public abstract double lower();

    /** The upper end, as printed. */
    @Value.Parameter
    public abstract double upper();

    /** Whether the upper end was printed with a "+": an observation still ongoing at that value. */
    @Value.Parameter
    public abstract boolean upperCensored();

    /** A spread. */
    public static Spread of(Kind kind, double lower, double upper, boolean upperCensored) {
        return ImmutableSpread.of(kind, lower, upper, upperCensored);
    }
}
