package org.oncodex.model.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * An interval around an estimate: lower and upper bound at a level (95% unless stated), two-sided
 * unless stated, and a confidence interval unless it is an uncertainty or a credible interval
 * ({@link #kind()}).
 *
 * <p>The interval does not know how it was computed. Methods that depend on it, such as {@link
 * #standardError(Scale)} and {@link #withLevel(double, Scale)}, take the {@link Scale} on which the
 * interval is symmetric: {@link Scale#LOG} for ratios, {@link Scale#LINEAR} for differences. The
 * ratio types ({@link HazardRatio} and its siblings) pass the right scale themselves. These methods
 * assume a normal-approximation (Wald) interval, {@code estimate ± z·se}, with {@code z} taken for
 * the interval's {@link #sidedness()}: 1.96 for a two-sided 95% interval, 1.645 for a one-sided
 * one. For exact or profile-likelihood intervals they are approximations.
 *
 * <p>A one-sided interval has both bounds, each the one-sided bound at its level; one that states
 * a single bound (such as "the upper bound of the one-sided 97.5% CI was 1.08") is not an interval
 * of this type.
 *
 * <p>In JSON, {@code sidedness} and {@code kind} are left out when they are the defaults
 * (two-sided, confidence), and read as the defaults when absent.
 */
@Value.Immutable
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

    /**
     * The confidence level, in (0, 1): 0.95 for a 95% interval. A one-sided interval's level is above
     * 0.5.
     */
    @Value.Parameter
    public abstract double level();

    /** Whether the level is two-sided (the default) or one-sided. */
    @Value.Default
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DefaultsOmitted.class)
    public Sidedness sidedness() {
        return Sidedness.TWO_SIDED;
    }

    /** What the interval is: a confidence interval (the default), an uncertainty or a credible interval. */
    @Value.Default
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DefaultsOmitted.class)
    public IntervalKind kind() {
        return IntervalKind.CONFIDENCE;
    }

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
     * A two-sided confidence interval at the given level.
     *
     * @throws IllegalArgumentException naming every problem: a bound that is not finite, {@code lower}
     *     not below {@code upper}, a level outside (0, 1)
     */
    public static ConfidenceInterval of(double lower, double upper, double level) {
        return ImmutableConfidenceInterval.of(lower, upper, level);
    }

    /**
     * A one-sided confidence interval at the given level, such as a one-sided 97.5% interval: each
     * bound is the one-sided bound at that level.
     *
     * @throws IllegalArgumentException naming every problem: a bound that is not finite, {@code lower}
     *     not below {@code upper}, a level outside (0.5, 1)
     */
    public static ConfidenceInterval oneSided(double lower, double upper, double level) {
        return builder()
                .lower(lower)
                .upper(upper)
                .level(level)
                .sidedness(Sidedness.ONE_SIDED)
                .build();
    }

    /** A builder, for intervals of any sidedness and kind; lower, upper and level are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same bounds, level and sidedness, as an interval of another kind: {@code
     * ConfidenceInterval.of(10.1, 15.2).withKind(IntervalKind.UNCERTAINTY)} is a 95% UI.
     */
    public ConfidenceInterval withKind(IntervalKind kind) {
        return builder().from(this).kind(kind).build();
    }

    /**
     * The two-sided interval {@code estimate ± z·se} at the given level, computed on {@code scale} and
     * printed back: for {@link Scale#LOG}, {@code exp(ln estimate ± z·se)} with {@code se} on the log
     * scale.
     *
     * @throws IllegalArgumentException if the standard error is not positive and finite, the level is
     *     outside (0, 1), or {@code estimate} has no value on the scale
     */
    public static ConfidenceInterval fromStandardError(
            double estimate, double standardError, Scale scale, double level) {
        return fromStandardError(estimate, standardError, scale, level, Sidedness.TWO_SIDED);
    }

    /**
     * As {@link #fromStandardError(double, double, Scale, double)}, with {@code z} for the given
     * sidedness: a one-sided 95% interval is {@code estimate ± 1.645·se}.
     *
     * @throws IllegalArgumentException if the standard error is not positive and finite, the level is
     *     outside (0, 1) (for a one-sided interval, outside (0.5, 1)), or {@code estimate} has no value
     *     on the scale
     */
    public static ConfidenceInterval fromStandardError(
            double estimate, double standardError, Scale scale, double level, Sidedness sidedness) {
        checkArgument(
                standardError > 0 && Double.isFinite(standardError),
                "standard error must be positive and finite: %s",
                standardError);
        double half = criticalValue(level, sidedness) * standardError;
        double y = onScale(estimate, scale, "estimate");
        return builder()
                .lower(scale.fromScale(y - half))
                .upper(scale.fromScale(y + half))
                .level(level)
                .sidedness(sidedness)
                .build();
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
        return criticalValue(level, Sidedness.TWO_SIDED);
    }

    /**
     * The z value of an interval at {@code level} with the given sidedness: as {@link
     * #criticalValue(double)} when two-sided; when one-sided, the z that leaves {@code 1 − level} in
     * one tail, 1.645 for 95% (the two-sided 90% value) and 1.96 for 97.5%.
     *
     * @throws IllegalArgumentException if the level is outside (0, 1), or for a one-sided interval
     *     outside (0.5, 1)
     */
    public static double criticalValue(double level, Sidedness sidedness) {
        checkLevel(level, sidedness);
        return switch (sidedness) {
            case TWO_SIDED -> Normal.zForTwoSidedP(1 - level);
            case ONE_SIDED -> Normal.zForOneSidedP(1 - level);
        };
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
     * Cochrane Handbook §7.7.7.3 (divide by 3.92 for a two-sided 95% interval, by 3.29 for a one-sided
     * one).
     *
     * @throws IllegalArgumentException if a bound has no value on the scale (non-positive on {@link
     *     Scale#LOG})
     */
    public double standardError(Scale scale) {
        return (onScale(upper(), scale, "upper bound") - onScale(lower(), scale, "lower bound"))
                / (2 * criticalValue(level(), sidedness()));
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
     * The same interval re-expressed at another level of the same sidedness and kind: same center and
     * standard error on {@code scale}, half-width scaled by {@code z_new / z_old}.
     *
     * @throws IllegalArgumentException if the level is outside (0, 1) (for a one-sided interval,
     *     outside (0.5, 1)) or a bound has no value on the scale
     */
    public ConfidenceInterval withLevel(double level, Scale scale) {
        double zNew = criticalValue(level, sidedness());
        double lo = onScale(lower(), scale, "lower bound");
        double hi = onScale(upper(), scale, "upper bound");
        double mid = (lo + hi) / 2;
        double half = (hi - lo) / 2 * zNew / criticalValue(level(), sidedness());
        return builder()
                .from(this)
                .lower(scale.fromScale(mid - half))
                .upper(scale.fromScale(mid + half))
                .level(level)
                .build();
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

    private static void checkLevel(double level, Sidedness sidedness) {
        checkLevel(level);
        checkArgument(
                sidedness == Sidedness.TWO_SIDED || level > 0.5,
                "confidence level of a one-sided interval must be in (0.5, 1): %s",
                level);
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("ConfidenceInterval");
        boolean finiteLower = problems.finite("lower bound", lower());
        boolean finiteUpper = problems.finite("upper bound", upper());
        if (finiteLower && finiteUpper) {
            problems.check(lower() < upper(), "lower bound %s must be less than upper bound %s", lower(), upper());
        }
        boolean inRange = level() > 0 && level() < 1;
        problems.check(inRange, "confidence level must be in (0, 1): %s", level());
        if (inRange && sidedness() == Sidedness.ONE_SIDED) {
            problems.check(level() > 0.5, "confidence level of a one-sided interval must be in (0.5, 1): %s", level());
        }
        problems.throwIfAny();
    }

    /**
     * For logs: {@code 95% CI 0.44 to 0.87}, {@code one-sided 97.5% CI 0.70 to 1.08}, {@code 95% UI
     * 10.1 to 15.2}. Formatting for readers is the text package's job.
     */
    @Override
    public String toString() {
        String percent = BigDecimal.valueOf(level())
                .movePointRight(2)
                .stripTrailingZeros()
                .toPlainString();
        String sided = sidedness() == Sidedness.ONE_SIDED ? sidedness().label() + " " : "";
        return sided + percent + "% " + kind().abbreviation() + " " + lower() + " to " + upper();
    }

    /** Builds a {@link ConfidenceInterval}; lower, upper and level are required. */
    public static final class Builder extends ImmutableConfidenceInterval.Builder {
        Builder() {}
    }

    /**
     * Jackson's filter for {@link #sidedness()} and {@link #kind()}: true for the defaults, which are
     * then left out of JSON, so intervals written before these attributes existed read the same.
     */
    static final class DefaultsOmitted {
        DefaultsOmitted() {}

        @Override
        public boolean equals(@Nullable Object value) {
            return value == Sidedness.TWO_SIDED || value == IntervalKind.CONFIDENCE;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
