package org.oncodex.model.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;

/**
 * How much the studies of a pooled estimate disagree: Cochran's Q with its P value, I², H², and
 * τ² (the variance of the true effects, on the analysis scale) with its Q-profile confidence
 * interval.
 *
 * <p>I² and H² follow metafor's definitions (Higgins &amp; Thompson, 2002):
 * for a random-effects model, {@code I² = 100·τ²/(τ² + s²)} and {@code H² = (τ² + s²)/s²}, where
 * {@code s² = (k − 1)·Σw / ((Σw)² − Σw²)} is the typical within-study variance, so they follow
 * the τ² estimator (with DerSimonian–Laird, {@code I² = (Q − df)/Q}); for a fixed-effect model,
 * τ² is 0 by assumption, {@code I² = max(0, 100·(Q − df)/Q)} and {@code H² = Q/df}. With a single
 * study, Q and τ² are 0, I² is 0, H² is 1, and there is neither a P value nor an interval.
 */
@Value.Immutable
public abstract class Heterogeneity {

    Heterogeneity() {}

    /** Cochran's Q, {@code Σw(y − μ)²} with the fixed-effect weights and estimate. */
    public abstract double q();

    /** The degrees of freedom of Q: the number of studies minus 1. */
    public abstract int degreesOfFreedom();

    /** The P value of Q against the chi-square distribution on {@link #degreesOfFreedom()}; empty for one study. */
    public abstract OptionalDouble qPValue();

    /** The estimated between-study variance τ², 0 or more; 0 for a fixed-effect model. */
    public abstract double tau2();

    /** The Q-profile confidence interval of τ², at the pooled estimate's level; empty for one study. */
    public abstract Optional<Bounds> tau2Interval();

    /** I², in percent, 0 to 100: the share of the variability in the estimates due to heterogeneity. */
    public abstract double i2();

    /** The confidence interval of I², from that of τ²; empty when τ² has none or for a fixed-effect model. */
    public abstract Optional<Bounds> i2Interval();

    /** H², 1 or more for a random-effects model: total variability over sampling variability. */
    public abstract double h2();

    /** The confidence interval of H², from that of τ²; empty when I² has none. */
    public abstract Optional<Bounds> h2Interval();

    /** τ, the standard deviation of the true effects: {@code √τ²}. */
    public double tau() {
        return Math.sqrt(tau2());
    }

    /** The confidence interval of τ, the square roots of the bounds for τ². */
    public Optional<Bounds> tauInterval() {
        return tau2Interval().map(b -> new Bounds(Math.sqrt(b.lower()), Math.sqrt(b.upper())));
    }

    /** The heterogeneity of a fixed-effect model: τ² = 0, I² and H² from Q. */
    static Heterogeneity ofFixedEffect(double[] y, double[] v) {
        double q = TauSquared.cochranQ(y, v);
        int df = y.length - 1;
        return ImmutableHeterogeneity.builder()
                .q(q)
                .degreesOfFreedom(df)
                .qPValue(df > 0 ? OptionalDouble.of(Distributions.chiSquareUpperTail(q, df)) : OptionalDouble.empty())
                .tau2(0)
                .i2(df > 0 && q > 0 ? Math.max(0, 100 * (q - df) / q) : 0)
                .h2(df > 0 ? q / df : 1)
                .build();
    }

    /** The heterogeneity of a random-effects model with the given τ², its interval at {@code level}. */
    static Heterogeneity ofRandomEffects(double[] y, double[] v, double tau2, double level) {
        double q = TauSquared.cochranQ(y, v);
        int df = y.length - 1;
        ImmutableHeterogeneity.Builder b =
                ImmutableHeterogeneity.builder().q(q).degreesOfFreedom(df).tau2(tau2);
        if (df == 0) {
            return b.i2(0).h2(1).build();
        }
        double s2 = typicalVariance(v);
        Optional<Bounds> interval = TauSquared.qProfile(y, v, level);
        return b.qPValue(Distributions.chiSquareUpperTail(q, df))
                .tau2Interval(interval)
                .i2(i2(tau2, s2))
                .h2((tau2 + s2) / s2)
                .i2Interval(interval.map(t -> new Bounds(i2(t.lower(), s2), i2(t.upper(), s2))))
                .h2Interval(interval.map(t -> new Bounds((t.lower() + s2) / s2, (t.upper() + s2) / s2)))
                .build();
    }

    /** {@code s² = (k − 1)·Σw / ((Σw)² − Σw²)} with {@code w = 1/v}: the typical within-study variance. */
    private static double typicalVariance(double[] v) {
        double sw = 0;
        double sw2 = 0;
        for (double vi : v) {
            sw += 1 / vi;
            sw2 += 1 / (vi * vi);
        }
        return (v.length - 1) * sw / (sw * sw - sw2);
    }

    private static double i2(double tau2, double s2) {
        return 100 * tau2 / (tau2 + s2);
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Heterogeneity");
        if (problems.finite("Q", q())) {
            problems.check(q() >= 0, "Q must not be negative: %s", q());
        }
        problems.check(degreesOfFreedom() >= 0, "degrees of freedom must not be negative: %s", degreesOfFreedom());
        if (problems.finite("tau2", tau2())) {
            problems.check(tau2() >= 0, "tau2 must not be negative: %s", tau2());
        }
        if (problems.finite("I2", i2())) {
            problems.check(i2() >= 0 && i2() <= 100, "I2 must be in [0, 100]: %s", i2());
        }
        problems.finite("H2", h2());
        qPValue().ifPresent(p -> problems.check(p >= 0 && p <= 1, "P value of Q must be in [0, 1]: %s", p));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Heterogeneity Q(" + degreesOfFreedom() + ") = " + q() + ", I2 = " + i2() + "%, tau2 = " + tau2();
    }
}
