package org.oncodex.model.stats;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A two-sided P value as reported: exact ({@code P = 0.034}) or a bound ({@code P < 0.001}).
 *
 * <p>An exact P value lies in (0, 1]; a bound is a number in [0, 1] that leaves some P possible
 * ({@code P < 0} and {@code P > 1} are rejected).
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutablePValue.class)
@JsonDeserialize(as = ImmutablePValue.class)
@ValueJson
public abstract class PValue {
    /** Below this, computed P values are reported as {@code P < 0.0001} (Altman &amp; Bland). */
    public static final double REPORTING_FLOOR = 0.0001;

    /** How a reported P value relates to its number. */
    public enum Relation {
        /** {@code P = x}. */
        EQUAL("="),
        /** {@code P < x}. */
        LESS_THAN("<"),
        /** {@code P ≤ x}. */
        LESS_THAN_OR_EQUAL("≤"),
        /** {@code P > x}. */
        GREATER_THAN(">"),
        /** {@code P ≥ x}. */
        GREATER_THAN_OR_EQUAL("≥");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        /** The mathematical symbol, such as {@code "<"}. */
        public String symbol() {
            return symbol;
        }
    }

    PValue() {}

    /** The number printed after the relation. */
    @Value.Parameter
    public abstract double value();

    /** Whether the P value equals its number or is bounded by it. */
    @Value.Parameter
    public abstract Relation relation();

    /**
     * An exact P value.
     *
     * @throws IllegalArgumentException if {@code p} is not in (0, 1]
     */
    public static PValue of(double p) {
        return ImmutablePValue.of(p, Relation.EQUAL);
    }

    /**
     * {@code P < bound}.
     *
     * @throws IllegalArgumentException if {@code bound} is not in (0, 1]
     */
    public static PValue lessThan(double bound) {
        return ImmutablePValue.of(bound, Relation.LESS_THAN);
    }

    /**
     * {@code P > bound}.
     *
     * @throws IllegalArgumentException if {@code bound} is not in [0, 1)
     */
    public static PValue greaterThan(double bound) {
        return ImmutablePValue.of(bound, Relation.GREATER_THAN);
    }

    /**
     * A P value with any relation.
     *
     * @throws IllegalArgumentException if the number leaves no P value possible
     */
    public static PValue of(double value, Relation relation) {
        return ImmutablePValue.of(value, relation);
    }

    /** Whether the P value is stated exactly rather than as a bound. */
    public boolean isExact() {
        return relation() == Relation.EQUAL;
    }

    /**
     * Whether the P value is known to lie below {@code alpha}: an exact value below it, or an upper
     * bound at or below it. A lower bound ({@code P > 0.05}) is never known to lie below.
     */
    public boolean isBelow(double alpha) {
        return switch (relation()) {
            case EQUAL, LESS_THAN_OR_EQUAL -> value() < alpha;
            case LESS_THAN -> value() <= alpha;
            case GREATER_THAN, GREATER_THAN_OR_EQUAL -> false;
        };
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("PValue");
        double v = value();
        if (problems.finite("P value", v)) {
            switch (relation()) {
                case EQUAL -> problems.check(v > 0 && v <= 1, "P value must be in (0, 1]: %s", v);
                case LESS_THAN, LESS_THAN_OR_EQUAL ->
                    problems.check(
                            v > 0 && v <= 1,
                            "upper bound of a P value must be in (0, 1]: %s %s",
                            relation().symbol(),
                            v);
                case GREATER_THAN, GREATER_THAN_OR_EQUAL ->
                    problems.check(
                            v >= 0 && v < 1,
                            "lower bound of a P value must be in [0, 1): %s %s",
                            relation().symbol(),
                            v);
            }
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "P " + relation().symbol() + " " + value();
    }
}
