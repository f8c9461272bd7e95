package org.oncodex.model.stats;

/**
 * The scale on which an interval is symmetric and a standard error is measured.
 *
 * <p>Ratio estimates (hazard, odds and risk ratios) are symmetric on the {@link #LOG} scale;
 * differences and means on the {@link #LINEAR} scale.
 */
public enum Scale {
    /** Values as printed. */
    LINEAR {
        @Override
        public double toScale(double value) {
            return value;
        }

        @Override
        public double fromScale(double value) {
            return value;
        }
    },
    /** Natural logarithms of the printed values; only positive values have one. */
    LOG {
        @Override
        public double toScale(double value) {
            return Math.log(value);
        }

        @Override
        public double fromScale(double value) {
            return Math.exp(value);
        }
    };

    /** The value expressed on this scale (its natural log for {@link #LOG}). */
    public abstract double toScale(double value);

    /** The inverse of {@link #toScale(double)}: back to the printed value. */
    public abstract double fromScale(double value);
}
