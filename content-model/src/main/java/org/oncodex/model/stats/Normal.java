package org.oncodex.model.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The standard normal distribution, as the statistics of this package need it. */
final class Normal {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private Normal() {}

    /** Two-sided tail probability of {@code |z|}. */
    static double twoSidedP(double z) {
        return 2 * STANDARD.survivalProbability(Math.abs(z));
    }

    /** The positive z whose two-sided tail probability is {@code p}. */
    static double zForTwoSidedP(double p) {
        return STANDARD.inverseSurvivalProbability(p / 2);
    }

    /** The z whose upper-tail probability is {@code p}: positive for {@code p} below 0.5. */
    static double zForOneSidedP(double p) {
        return STANDARD.inverseSurvivalProbability(p);
    }
}
