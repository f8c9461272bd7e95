package org.oncodex.model.stats;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A ratio estimate (hazard, odds, risk or rate ratio, or a ratio of two of them) with an optional
 * interval, and what follows from them on the natural-log scale.
 *
 * <p>When the interval is absent, nothing that depends on it can be derived: {@link
 * #standardError()}, {@link #z()} and {@link #pValue()} are empty and {@link #isSignificant()} is
 * false. Use {@code ci().isPresent()} to tell "unknown" from "not significant".
 */
public sealed interface RatioEstimate extends EffectEstimate
        permits HazardRatio, OddsRatio, RiskRatio, RateRatio, RatioOfRatios {

    /** The point estimate, positive. 1 means no difference. */
    double value();

    /** The confidence interval, when one was reported. Its bounds are positive. */
    Optional<ConfidenceInterval> ci();

    /** The standard error of {@code ln value}, derived from the interval (for its {@link Sidedness}). */
    default OptionalDouble standardError() {
        return ci().map(ci -> OptionalDouble.of(ci.standardError(Scale.LOG))).orElse(OptionalDouble.empty());
    }

    /** The z statistic {@code ln(value) / standardError}, signed: negative below 1. */
    default OptionalDouble z() {
        OptionalDouble se = standardError();
        return se.isPresent() ? OptionalDouble.of(Math.log(value()) / se.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * The approximate two-sided P value implied by the interval, after Altman &amp; Bland (BMJ
     * 2011;343:d2304), from the exact normal distribution. Below 0.0001 it is {@code P < 0.0001}.
     */
    default Optional<PValue> pValue() {
        return pValue(PValueMethod.NORMAL);
    }

    /** As {@link #pValue()}, with the conversion from z chosen. */
    default Optional<PValue> pValue(PValueMethod method) {
        OptionalDouble z = z();
        return z.isPresent() ? Optional.of(method.pValue(z.getAsDouble())) : Optional.empty();
    }

    /** Whether an interval was reported and it excludes 1. */
    default boolean isSignificant() {
        return ci().map(ci -> ci.excludes(1.0)).orElse(false);
    }

    /**
     * The same estimate with its interval re-expressed at another confidence level of the same
     * sidedness and kind (symmetric on the log scale).
     *
     * @throws IllegalStateException if there is no interval
     * @throws IllegalArgumentException if the level is outside (0, 1), or (0.5, 1) for a one-sided
     *     interval
     */
    RatioEstimate withConfidenceLevel(double level);
}
