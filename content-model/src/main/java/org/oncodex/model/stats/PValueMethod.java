package org.oncodex.model.stats;

/**
 * How a P value and a z statistic are converted into each other.
 *
 * <p>{@link #NORMAL} is the exact standard-normal relation and the default. {@link #ALTMAN_BLAND} is
 * the closed-form approximation that Altman and Bland published for use with a calculator; choose it
 * to reproduce a published back-calculation digit for digit.
 */
public enum PValueMethod {
    /** Exact standard normal: {@code P = 2(1 − Φ(|z|))} and its inverse. */
    NORMAL {
        @Override
        double pFromZ(double z) {
            return Normal.twoSidedP(z);
        }

        @Override
        double zFromP(double p) {
            return Normal.zForTwoSidedP(p);
        }
    },
    /**
     * Altman &amp; Bland: {@code P = exp(−0.717|z| − 0.416z²)} (BMJ 2011;343:d2304) and {@code z =
     * −0.862 + √(0.743 − 2.404 ln P)} (BMJ 2011;343:d2090). Unreliable for P below 0.0001.
     */
    ALTMAN_BLAND {
        @Override
        double pFromZ(double z) {
            double a = Math.abs(z);
            return Math.exp(-0.717 * a - 0.416 * a * a);
        }

        @Override
        double zFromP(double p) {
            return -0.862 + Math.sqrt(0.743 - 2.404 * Math.log(p));
        }
    };

    /** The two-sided P value of a z statistic. */
    abstract double pFromZ(double z);

    /** The non-negative z statistic of a two-sided P value. */
    abstract double zFromP(double p);

    /**
     * The two-sided P value of a z statistic, as it should be reported: values below {@link
     * PValue#REPORTING_FLOOR} become {@code P < 0.0001}.
     *
     * @throws IllegalArgumentException if {@code z} is NaN
     */
    public PValue pValue(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z statistic must be a number: NaN");
        }
        double p = Double.isInfinite(z) ? 0 : pFromZ(z);
        return p < PValue.REPORTING_FLOOR ? PValue.lessThan(PValue.REPORTING_FLOOR) : PValue.of(Math.min(1.0, p));
    }

    /**
     * The non-negative z statistic of a two-sided P value. A bound is used as if it were the value,
     * after Altman and Bland: {@code P < 0.0001} as 0.0001 (a conservative, too wide interval
     * follows) and {@code P > 0.05} as 0.05 (too narrow: treat with caution).
     */
    public double z(PValue p) {
        return zFromP(p.value());
    }
}
