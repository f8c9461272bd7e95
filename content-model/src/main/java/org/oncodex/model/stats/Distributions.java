package org.oncodex.model.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Student's t and the chi-square distribution, as pooling needs them (Apache Commons Statistics). */
final class Distributions {
    private Distributions() {}

    /** Two-sided tail probability of {@code |t|} on {@code df} degrees of freedom. */
    static double twoSidedT(double t, int df) {
        return 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
    }

    /** The t that leaves {@code (1 − level)/2} in each tail on {@code df} degrees of freedom. */
    static double tCritical(double level, int df) {
        return TDistribution.of(df).inverseSurvivalProbability((1 - level) / 2);
    }

    /** The upper-tail probability of {@code q} under the chi-square distribution on {@code df} degrees of freedom. */
    static double chiSquareUpperTail(double q, int df) {
        return ChiSquaredDistribution.of(df).survivalProbability(q);
    }

    /** The chi-square quantile with upper-tail probability {@code p} on {@code df} degrees of freedom. */
    static double chiSquareUpperQuantile(double p, int df) {
        return ChiSquaredDistribution.of(df).inverseSurvivalProbability(p);
    }
}
