package org.oncodex.model.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;

/**
 * One study's effect, ready to be pooled: a label, the estimate on the analysis scale and its
 * sampling variance ({@code yi} and {@code vi} in meta-analysis software).
 *
 * <p>The analysis scale is the natural log for ratios ({@link #kind()} is a ratio kind) and the
 * printed scale otherwise. {@link #of(String, double, double)} takes an estimate that is already on
 * the analysis scale, such as a log risk ratio from a table, and pools it as it is; the other
 * factories convert a printed estimate ({@link #ratio(String, RatioEstimate)}, {@link
 * #difference(String, MeanDifference)}) or a 2×2 table ({@link #logRiskRatio}, {@link
 * #logOddsRatio}), and remember the kind so that pooled results print back as ratios.
 */
@Value.Immutable(builder = false)
public abstract class StudyEffect {

    StudyEffect() {}

    /** The study's name as a forest plot shows it, such as "Aronson 1948". */
    @Value.Parameter
    public abstract String label();

    /** The estimate on the analysis scale: the natural log of a ratio, or a difference as printed. */
    @Value.Parameter
    public abstract double estimate();

    /** The sampling variance of {@link #estimate()}, positive. */
    @Value.Parameter
    public abstract double variance();

    /** What the estimate measures, when known: a ratio kind (on the log scale) or a mean difference. */
    @Value.Parameter
    public abstract Optional<EffectEstimate.Kind> kind();

    /** The unit of a difference; {@link Unit#NONE} for ratios and plain numbers. */
    @Value.Parameter
    public abstract Unit unit();

    /**
     * The study's interval as printed, when it was built from a printed estimate ({@link #ratio},
     * {@link #difference}); forest plots show it rather than one recomputed from the variance, which
     * can differ in the last printed digit.
     */
    @Value.Parameter
    public abstract Optional<ConfidenceInterval> printedInterval();

    /**
     * An estimate already on the analysis scale with its variance ({@code yi}, {@code vi}), pooled as
     * it is and printed back as it is.
     *
     * @throws IllegalArgumentException naming every problem: a blank label, an estimate that is not
     *     finite, a variance that is not positive and finite
     */
    public static StudyEffect of(String label, double estimate, double variance) {
        return ImmutableStudyEffect.of(label, estimate, variance, Optional.empty(), Unit.NONE, Optional.empty());
    }

    /**
     * A ratio given as its natural log and the variance of that log, such as an escalc {@code yi}
     * for a log risk ratio; pooled results print back as ratios of {@code kind}.
     *
     * @throws IllegalArgumentException as {@link #of(String, double, double)}, or if {@code kind} is
     *     not a ratio kind
     */
    public static StudyEffect logRatio(String label, double logEstimate, double variance, EffectEstimate.Kind kind) {
        checkArgument(kind.isRatio(), "StudyEffect kind of a log ratio must be a ratio kind: %s", kind);
        return ImmutableStudyEffect.of(label, logEstimate, variance, Optional.of(kind), Unit.NONE, Optional.empty());
    }

    /**
     * A printed ratio with its interval: {@code ln value} with the variance of the log implied by the
     * interval (its standard error squared, Cochrane Handbook §6.3.2; a one-sided interval is read as
     * one-sided).
     *
     * @throws IllegalArgumentException if the ratio has no interval or is a ratio of ratios, or the
     *     label is blank
     */
    public static StudyEffect ratio(String label, RatioEstimate ratio) {
        checkArgument(ratio.ci().isPresent(), "StudyEffect %s needs a confidence interval to pool: %s", label, ratio);
        double se = ratio.standardError().orElseThrow();
        return ImmutableStudyEffect.of(
                label, Math.log(ratio.value()), se * se, Optional.of(ratio.kind()), Unit.NONE, ratio.ci());
    }

    /**
     * A printed difference with its interval: the value with the variance implied by the interval
     * (symmetric on the linear scale).
     *
     * @throws IllegalArgumentException if the difference has no interval, or the label is blank
     */
    public static StudyEffect difference(String label, MeanDifference difference) {
        ConfidenceInterval ci = difference
                .ci()
                .orElseThrow(() -> new IllegalArgumentException(
                        "StudyEffect " + label + " needs a confidence interval to pool: " + difference));
        double se = ci.standardError(Scale.LINEAR);
        return ImmutableStudyEffect.of(
                label,
                difference.value(),
                se * se,
                Optional.of(EffectEstimate.Kind.MEAN_DIFFERENCE),
                difference.unit(),
                Optional.of(ci));
    }

    /**
     * The log risk ratio of a 2×2 table and its large-sample variance, as metafor's {@code
     * escalc(measure="RR")} computes them: {@code ln((a/n1)/(c/n2))} and {@code 1/a − 1/n1 + 1/c −
     * 1/n2}. When a cell is zero, 1/2 is added to every cell of that table first.
     *
     * @param events1 events in the first (treated) group, {@code a}
     * @param total1 people in the first group, {@code n1}
     * @param events2 events in the second (control) group, {@code c}
     * @param total2 people in the second group, {@code n2}
     * @throws IllegalArgumentException if a count is negative, events exceed their total, or a group
     *     has no events at all in either arm and no non-events in either arm (nothing to compare)
     */
    public static StudyEffect logRiskRatio(String label, int events1, int total1, int events2, int total2) {
        TwoByTwo t = TwoByTwo.of(label, events1, total1, events2, total2);
        double n1 = t.a + t.b;
        double n2 = t.c + t.d;
        double y = Math.log((t.a / n1) / (t.c / n2));
        double v = 1 / t.a - 1 / n1 + 1 / t.c - 1 / n2;
        return ImmutableStudyEffect.of(
                label, y, v, Optional.of(EffectEstimate.Kind.RISK_RATIO), Unit.NONE, Optional.empty());
    }

    /**
     * The log odds ratio of a 2×2 table and its variance (Woolf), as metafor's {@code
     * escalc(measure="OR")} computes them: {@code ln(ad/bc)} and {@code 1/a + 1/b + 1/c + 1/d}. When
     * a cell is zero, 1/2 is added to every cell of that table first.
     *
     * @throws IllegalArgumentException as {@link #logRiskRatio}
     */
    public static StudyEffect logOddsRatio(String label, int events1, int total1, int events2, int total2) {
        TwoByTwo t = TwoByTwo.of(label, events1, total1, events2, total2);
        double y = Math.log((t.a * t.d) / (t.b * t.c));
        double v = 1 / t.a + 1 / t.b + 1 / t.c + 1 / t.d;
        return ImmutableStudyEffect.of(
                label, y, v, Optional.of(EffectEstimate.Kind.ODDS_RATIO), Unit.NONE, Optional.empty());
    }

    /** The scale the estimate is on: {@link Scale#LOG} for ratios, else {@link Scale#LINEAR}. */
    public Scale scale() {
        return kind().map(k -> k.isRatio() ? Scale.LOG : Scale.LINEAR).orElse(Scale.LINEAR);
    }

    /** The standard error, {@code √variance}. */
    public double standardError() {
        return Math.sqrt(variance());
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("StudyEffect");
        problems.text("label", label());
        problems.finite("estimate", estimate());
        if (problems.finite("variance", variance())) {
            problems.check(variance() > 0, "variance must be positive: %s", variance());
        }
        kind().ifPresent(k -> problems.check(
                (k.isRatio() && k != EffectEstimate.Kind.RATIO_OF_RATIOS) || k == EffectEstimate.Kind.MEAN_DIFFERENCE,
                "kind must be a hazard, odds, risk or rate ratio or a mean difference: %s",
                k));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "StudyEffect " + label() + " " + estimate() + " (variance " + variance() + ", "
                + kind().map(EffectEstimate.Kind::label).orElse("as given") + ")";
    }

    /** The four cells of a 2×2 table, with 1/2 added to each when one is zero. */
    private static final class TwoByTwo {
        final double a;
        final double b;
        final double c;
        final double d;

        private TwoByTwo(double a, double b, double c, double d) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.d = d;
        }

        static TwoByTwo of(String label, int events1, int total1, int events2, int total2) {
            Problems problems = Problems.of("StudyEffect " + label);
            problems.check(events1 >= 0 && events2 >= 0, "events must not be negative: %s, %s", events1, events2);
            problems.check(
                    events1 <= total1 && events2 <= total2,
                    "events must not exceed their group's total: %s of %s, %s of %s",
                    events1,
                    total1,
                    events2,
                    total2);
            problems.check(total1 > 0 && total2 > 0, "group totals must be positive: %s, %s", total1, total2);
            problems.throwIfAny();
            double a = events1;
            double b = (double) total1 - events1;
            double c = events2;
            double d = (double) total2 - events2;
            checkArgument(
                    a + c > 0 && b + d > 0,
                    "StudyEffect %s has no events or no non-events in either group: %s of %s, %s of %s",
                    label,
                    events1,
                    total1,
                    events2,
                    total2);
            if (a == 0 || b == 0 || c == 0 || d == 0) {
                return new TwoByTwo(a + 0.5, b + 0.5, c + 0.5, d + 0.5);
            }
            return new TwoByTwo(a, b, c, d);
        }
    }
}
