package org.oncodex.model.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A two-sided confidence interval: lower and upper bound at a confidence level (95% unless stated).
 *
 * <p>The interval does not know how it was computed. Methods that depend on it, such as {@link
 * #standardError(Scale)} and {@link #withLevel(double, Scale)}, take the {@link Scale} on which the
 * interval is symmetric: {@link Scale#LOG} for ratios, {@link Scale#LINEAR} for differences. The
 * ratio types ({@link HazardRatio} and its siblings) pass the right scale themselves. These methods
 * assume a normal-approximation (Wald) interval; for exact or profile-likelihood intervals they are
 * approximations.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableConfidenceInterval.class)
@JsonDeserialize(as = ImmutableConfidenceInterval.class)
@ValueJson
public abstract class ConfidenceInterval {
    /** The level assumed when none is stated: 95%. */
    public static final double DEFAULT_LEVEL = 0.95;

    ConfidenceInterval() {}

    /** The lower bound, as printed. */
    @Value.Parameter
    public abstract double lower();

    /** The upper bound, as printed. */
    @Value.Parameter
    public abstract double upper();

    /** The confidence level, in (0, 1): 0.95 for a 95% interval. */
    @Value.Parameter
    public abstract double level();

    /**
     * A 95% interval.
     *
     * @throws IllegalArgumentException if a bound is not finite or {@code lower} is not below {@code
     *     upper}
     */
    public static ConfidenceInterval of(double lower, double upper) {
        return of(lower, upper, DEFAULT_LEVEL);
    }

    /**
     * An interval at the given level.
     *
     * @throws IllegalArgumentException naming every problem: a bound that is not finite, {@code lower}
     *     not below {@code upper}, a level outside (0, 1)
     */
    public static ConfidenceInterval of(double lower, double upper, double level) {
        return ImmutableConfidenceInterval.of(lower, upper, level);
    }

    /**
     * The interval {@code estimate ± z·se} at the given level, computed on {@code scale} and printed
     * back: for {@link Scale#LOG}, {@code exp(ln estimate ± z·se)} with {@code se} on the log scale.
     *
     * @throws IllegalArgumentException if the standard error is not positive and finite, the level is
     *     outside (0, 1), or {@code estimate} has no value on the scale
     */
    public static ConfidenceInterval fromStandardError(
            double estimate, double standardError, Scale scale, double level) {
        checkArgument(
                standardError > 0 && Double.isFinite(standardError),
                "standard error must be positive and finite: %s",
                standardError);
        checkLevel(level);
        double y = onScale(estimate, scale, "estimate");
        double half = criticalValue(level) * standardError;
        return of(scale.fromScale(y - half), scale.fromScale(y + half), level);
    }

    /**
     * The interval implied by an estimate and its two-sided P value (Altman &amp; Bland, BMJ
     * 2011;343:d2090): {@code z} from P, {@code se = |estimate / z|} on the scale, then {@code
     * estimate ± z_level·se}. A bound such as {@code P < 0.001} is used as its number, which gives a
     * conservative (too wide) interval; {@code P > 0.05} gives one too narrow.
     *
     * @throws IllegalArgumentException if the estimate is the null value of its scale (0, or 1 for
     *     ratios) or has no value on the scale, or the level is outside (0, 1)
     */
    public static ConfidenceInterval fromPValue(
            double estimate, PValue p, Scale scale, double level, PValueMethod method) {
        checkLevel(level);
        double y = onScale(estimate, scale, "estimate");
        checkArgument(y != 0, "an estimate at the null value (%s) has no interval from its P value", estimate);
        double z = method.z(p);
        checkArgument(z > 0, "P value %s leaves no evidence against the null value: no interval can be derived", p);
        return fromStandardError(estimate, Math.abs(y / z), scale, level);
    }

    /**
     * The z value that leaves {@code (1 − level)/2} in each tail of the standard normal distribution:
     * 1.96 for 95%, 1.64 for 90%, 2.58 for 99%.
     *
     * @throws IllegalArgumentException if the level is outside (0, 1)
     */
    public static double criticalValue(double level) {
        checkLevel(level);
        return Normal.zForTwoSidedP(1 - level);
    }

    /** Whether {@code x} lies within the interval, bounds included. */
    public boolean contains(double x) {
        return lower() <= x && x <= upper();
    }

    /** Whether {@code x} lies outside the interval; for a ratio's interval and 1, "significant". */
    public boolean excludes(double x) {
        return !contains(x);
    }

    /** {@code upper − lower}. */
    public double width() {
        return upper() - lower();
    }

    /**
     * The standard error on {@code scale}: {@code (g(upper) − g(lower)) / (2·z_level)}, after the
     * Cochrane Handbook §7.7.7.3 (divide by 3.92 for a 95% interval).
     *
     * @throws IllegalArgumentException if a bound has no value on the scale (non-positive on {@link
     *     Scale#LOG})
     */
    public double standardError(Scale scale) {
        return (onScale(upper(), scale, "upper bound") - onScale(lower(), scale, "lower bound"))
                / (2 * criticalValue(level()));
    }

    /**
     * The middle of the interval on {@code scale}, printed back: the arithmetic mean for {@link
     * Scale#LINEAR}, the geometric mean for {@link Scale#LOG}. For a Wald interval it is the point
     * estimate, up to rounding.
     *
     * @throws IllegalArgumentException if a bound has no value on the scale
     */
    public double center(Scale scale) {
        return scale.fromScale((onScale(upper(), scale, "upper bound") + onScale(lower(), scale, "lower bound")) / 2);
    }

    /**
     * The same interval re-expressed at another confidence level: same center and standard error on
     * {@code scale}, half-width scaled by {@code z_new / z_old}.
     *
     * @throws IllegalArgumentException if the level is outside (0, 1) or a bound has no value on the
     *     scale
     */
    public ConfidenceInterval withLevel(double level, Scale scale) {
        checkLevel(level);
        double lo = onScale(lower(), scale, "lower bound");
        double hi = onScale(upper(), scale, "upper bound");
        double mid = (lo + hi) / 2;
        double half = (hi - lo) / 2 * criticalValue(level) / criticalValue(level());
        return of(scale.fromScale(mid - half), scale.fromScale(mid + half), level);
    }

    private static double onScale(double value, Scale scale, String what) {
        checkArgument(
                scale != Scale.LOG || value > 0,
                "%s %s has no logarithm: ratios and their bounds must be positive",
                what,
                value);
        return scale.toScale(value);
    }

    private static void checkLevel(double level) {
        checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1): %s", level);
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("ConfidenceInterval");
        boolean finiteLower = problems.finite("lower bound", lower());
        boolean finiteUpper = problems.finite("upper bound", upper());
        if (finiteLower && finiteUpper) {
            problems.check(lower() < upper(), "lower bound %s must be less than upper bound %s", lower(), upper());
        }
        problems.check(level() > 0 && level() < 1, "confidence level must be in (0, 1): %s", level());
        problems.throwIfAny();
    }

    /** For logs: {@code 95% CI 0.44 to 0.87}. Formatting for readers is the text package's job. */
    @Override
    public String toString() {
        String percent = BigDecimal.valueOf(level())
                .movePointRight(2)
                .stripTrailingZeros()
                .toPlainString();
        return percent + "% CI " + lower() + " to " + upper();
    }
}
