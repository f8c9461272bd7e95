package org.oncodex.model.plot;

import java.util.ArrayList;
import java.util.List;
import org.oncodex.model.stats.Scale;

/**
 * The horizontal axis of a forest plot: a domain on the printed scale that holds every interval and
 * the null value, mapped to [0, 1] linearly or on the log scale, with round tick values.
 */
final class Axis {
    private static final double[] LOG_TICKS = {
        0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000
    };

    /** For a narrow log axis: tenths below 1, a few steps above. */
    private static final double[] FINE_LOG_TICKS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2, 1.5, 2, 3};

    private final Scale scale;
    private final double from;
    private final double to;

    private Axis(Scale scale, double from, double to) {
        this.scale = scale;
        this.from = from;
        this.to = to;
    }

    /** An axis on {@code scale} that holds {@code values} (printed scale) and the null value, padded by 5%. */
    static Axis holding(Scale scale, List<Double> values) {
        double lo = scale.toScale(nullValue(scale));
        double hi = lo;
        for (double v : values) {
            double y = scale.toScale(v);
            if (Double.isFinite(y)) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.05);
        return new Axis(scale, lo - pad, hi + pad);
    }

    static double nullValue(Scale scale) {
        return scale == Scale.LOG ? 1 : 0;
    }

    Scale scale() {
        return scale;
    }

    /** Where a printed value falls, 0 at the left end and 1 at the right, clamped to the axis. */
    double position(double value) {
        double y = scale.toScale(value);
        if (Double.isNaN(y)) {
            return 0;
        }
        return Math.max(0, Math.min(1, (y - from) / (to - from)));
    }

    /** Round values to label, on the printed scale, within the axis. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (scale == Scale.LOG) {
            for (double t : LOG_TICKS) {
                if (Math.log(t) >= from && Math.log(t) <= to) {
                    ticks.add(t);
                }
            }
            if (ticks.size() < 3) {
                ticks.clear();
                for (double t : FINE_LOG_TICKS) {
                    if (Math.log(t) >= from && Math.log(t) <= to) {
                        ticks.add(t);
                    }
                }
            }
            if (ticks.size() < 2) {
                ticks.add(0, Math.exp(from));
                ticks.add(Math.exp(to));
            }
            return ticks;
        }
        double step = niceStep((to - from) / 5);
        for (double t = Math.ceil(from / step) * step; t <= to + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / magnitude;
        double nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        return nice * magnitude;
    }
}
