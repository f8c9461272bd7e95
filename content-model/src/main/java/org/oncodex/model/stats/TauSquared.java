package org.oncodex.model.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * Estimates of τ², the between-study variance, and its confidence interval, from the estimates
 * {@code y} and sampling variances {@code v} of the studies.
 *
 * <p>Formulas as metafor implements them (Viechtbauer, Stat Med 2007;26(1):37–52, for the
 * Q-profile interval); the worked examples in
 * the tests come from metafor's documentation and tests.
 */
final class TauSquared {
    private static final int MAX_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-12;

    private TauSquared() {}

    /** Cochran's Q: {@code Σ w (y − μ)²} with {@code w = 1/v} and μ the fixed-effect estimate. */
    static double cochranQ(double[] y, double[] v) {
        return generalizedQ(y, v, 0);
    }

    /** The weights {@code 1/(v + τ²)}. */
    static double[] weights(double[] v, double tau2) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1 / (v[i] + tau2);
        }
        return w;
    }

    /**
     * {@code Σwy / Σw}, computed as {@code y₀ + Σw(y − y₀)/Σw} so that one study, or studies that all
     * agree, give back their estimate exactly.
     */
    static double weightedMean(double[] w, double[] y) {
        double sw = 0;
        double swd = 0;
        for (int i = 0; i < y.length; i++) {
            sw += w[i];
            swd += w[i] * (y[i] - y[0]);
        }
        return y[0] + swd / sw;
    }

    /** {@code Σ w (y − μ)²} with {@code w = 1/(v + τ²)} and μ weighted the same way; decreasing in τ². */
    static double generalizedQ(double[] y, double[] v, double tau2) {
        double mu = weightedMean(weights(v, tau2), y);
        double q = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - mu;
            q += d * d / (v[i] + tau2);
        }
        return q;
    }

    /** DerSimonian–Laird: {@code max(0, (Q − (k − 1)) / (Σw − Σw²/Σw))}. */
    static double dersimonianLaird(double[] y, double[] v) {
        if (y.length < 2) {
            return 0;
        }
        double sw = 0;
        double sw2 = 0;
        for (double vi : v) {
            sw += 1 / vi;
            sw2 += 1 / (vi * vi);
        }
        double q = cochranQ(y, v);
        return Math.max(0, (q - (y.length - 1)) / (sw - sw2 / sw));
    }

    /**
     * REML by Fisher scoring from the DerSimonian–Laird estimate: {@code τ² += (Σw²(y − μ)² −
     * tr P) / tr P²}, truncated at 0, halving a step that would lower the restricted likelihood.
     */
    static double reml(double[] y, double[] v) {
        if (y.length < 2) {
            return 0;
        }
        double tau2 = dersimonianLaird(y, v);
        double ll = restrictedLogLikelihood(y, v, tau2);
        // converged when a step is negligible next to τ² plus the smallest sampling variance
        double scale = Arrays.stream(v).min().orElse(1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double step = fisherStep(y, v, tau2);
            double next = Math.max(0, tau2 + step);
            double llNext = restrictedLogLikelihood(y, v, next);
            // near the maximum the likelihood is flat to rounding: only a real decrease halves the step
            double slack = 1e-10 * (1 + Math.abs(ll));
            for (int halving = 0; halving < 60 && llNext < ll - slack; halving++) {
                step /= 2;
                next = Math.max(0, tau2 + step);
                llNext = restrictedLogLikelihood(y, v, next);
            }
            if (llNext < ll - slack) {
                return tau2;
            }
            boolean converged = Math.abs(next - tau2) <= TOLERANCE * (tau2 + scale);
            tau2 = next;
            ll = llNext;
            if (converged) {
                return tau2;
            }
        }
        return tau2;
    }

    private static double fisherStep(double[] y, double[] v, double tau2) {
        double[] w = weights(v, tau2);
        double mu = weightedMean(w, y);
        double sw = 0;
        double sw2 = 0;
        double sw3 = 0;
        double sw2r2 = 0;
        for (int i = 0; i < y.length; i++) {
            double w2 = w[i] * w[i];
            double r = y[i] - mu;
            sw += w[i];
            sw2 += w2;
            sw3 += w2 * w[i];
            sw2r2 += w2 * r * r;
        }
        double traceP = sw - sw2 / sw;
        double tracePP = sw2 - 2 * sw3 / sw + (sw2 / sw) * (sw2 / sw);
        return (sw2r2 - traceP) / tracePP;
    }

    /** The restricted log-likelihood of τ², up to a constant. */
    static double restrictedLogLikelihood(double[] y, double[] v, double tau2) {
        double[] w = weights(v, tau2);
        double mu = weightedMean(w, y);
        double sw = 0;
        double logDet = 0;
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - mu;
            sw += w[i];
            logDet += Math.log(v[i] + tau2);
            rss += w[i] * r * r;
        }
        return -0.5 * (logDet + Math.log(sw) + rss);
    }

    /**
     * The Q-profile confidence interval of τ² (Viechtbauer 2007): the τ² at which the generalized Q
     * equals the chi-square quantiles on {@code k − 1} degrees of freedom; a bound is 0 when even τ²
     * = 0 leaves Q below its quantile. Empty for a single study.
     */
    static Optional<Bounds> qProfile(double[] y, double[] v, double level) {
        int df = y.length - 1;
        if (df < 1) {
            return Optional.empty();
        }
        double alpha = 1 - level;
        double forLower = Distributions.chiSquareUpperQuantile(alpha / 2, df);
        double forUpper = Distributions.chiSquareUpperQuantile(1 - alpha / 2, df);
        double lower = solve(y, v, forLower);
        double upper = solve(y, v, forUpper);
        return Optional.of(new Bounds(lower, Math.max(lower, upper)));
    }

    /** The τ² ≥ 0 at which the generalized Q equals {@code target}, or 0 when Q(0) is already below it. */
    private static double solve(double[] y, double[] v, double target) {
        if (generalizedQ(y, v, 0) <= target) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        for (double vi : v) {
            hi = Math.max(hi, vi);
        }
        for (int i = 0; i < 2000 && generalizedQ(y, v, hi) > target; i++) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > TOLERANCE * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            if (generalizedQ(y, v, mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
