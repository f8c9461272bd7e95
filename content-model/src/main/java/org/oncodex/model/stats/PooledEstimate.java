package org.oncodex.model.stats;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.internal.Problems;

/**
 * The result of pooling studies ({@link Pooling}): the combined estimate with its interval and
 * test, the weight each study got, how much the studies disagree ({@link #heterogeneity()}), a
 * prediction interval for a random-effects model, and, when someone has rated it, the certainty of
 * the evidence.
 *
 * <p>It names its method ({@link #model()}, {@link #tauEstimator()}, {@link #adjustment()}, in
 * words {@link #method()}) and keeps its inputs ({@link #studies()}), so a reader can redo it.
 * Numbers are on the analysis scale (natural logs for ratios), as meta-analysis software reports
 * them; {@link #effect()} and {@link #predictionInterval()} carry them back to the printed scale.
 */
@Value.Immutable
public abstract class PooledEstimate {

    /** Fixed (common) effect or random effects. */
    public enum Model {
        /** Inverse-variance fixed-effect (common-effect) model: one true effect, weights {@code 1/v}. */
        FIXED_EFFECT("fixed effect"),
        /** Random-effects model: true effects vary between studies with variance τ², weights {@code 1/(v + τ²)}. */
        RANDOM_EFFECTS("random effects");

        private final String label;

        Model(String label) {
            this.label = label;
        }

        /** The model in words: "fixed effect", "random effects". */
        public String label() {
            return label;
        }
    }

    PooledEstimate() {}

    /** Fixed effect or random effects. */
    public abstract Model model();

    /** How τ² was estimated; empty for a fixed-effect model. */
    public abstract Optional<TauEstimator> tauEstimator();

    /** How the interval and test were computed; {@link Adjustment#NONE} for a fixed-effect model. */
    public abstract Adjustment adjustment();

    /** The studies pooled, in the order given. */
    public abstract List<StudyEffect> studies();

    /** Each study's share of the total weight, in the order of {@link #studies()}; they sum to 1. */
    public abstract List<Double> weights();

    /** The pooled estimate on the analysis scale (the log of a ratio). */
    public abstract double estimate();

    /** The standard error of the pooled estimate, on the analysis scale. */
    public abstract double standardError();

    /** The confidence level of {@link #lower()} and {@link #upper()}, 0.95 unless chosen otherwise. */
    public abstract double level();

    /** The lower confidence bound, on the analysis scale. */
    public abstract double lower();

    /** The upper confidence bound, on the analysis scale. */
    public abstract double upper();

    /** The test statistic, {@code estimate / standardError}: z, or t with the Knapp–Hartung adjustment. */
    public abstract double statistic();

    /** The degrees of freedom of a t statistic; empty for a z statistic. */
    public abstract OptionalInt degreesOfFreedom();

    /** The two-sided P value of the test that the true (average) effect is null, unrounded. */
    public abstract double exactP();

    /** How much the studies disagree. */
    public abstract Heterogeneity heterogeneity();

    /**
     * The prediction interval on the analysis scale: where the true effect of a new study is expected
     * to lie, {@code estimate ± crit·√(τ² + SE²)} with {@code crit} the normal quantile, or Student's
     * t on {@code k − 1} degrees of freedom with the Knapp–Hartung adjustment (as metafor's {@code
     * predict} computes it). Empty for a fixed-effect model.
     */
    public abstract Optional<Bounds> predictionBounds();

    /** The certainty of this evidence, when it has been rated. */
    public abstract Optional<Certainty> certainty();

    /** The number of studies pooled. */
    public int studyCount() {
        return studies().size();
    }

    /** The scale of the analysis: {@link Scale#LOG} for ratios. */
    public Scale scale() {
        return studies().get(0).scale();
    }

    /** What the studies measure, when they said: a ratio kind or a mean difference. */
    public Optional<EffectEstimate.Kind> kind() {
        return studies().get(0).kind();
    }

    /** The method in words: "random effects (REML, Knapp–Hartung)", "fixed effect (inverse variance)". */
    public String method() {
        if (model() == Model.FIXED_EFFECT) {
            return "fixed effect (inverse variance)";
        }
        String estimator = tauEstimator().map(TauEstimator::label).orElse("");
        return adjustment() == Adjustment.NONE
                ? "random effects (" + estimator + ")"
                : "random effects (" + estimator + ", " + adjustment().label() + ")";
    }

    /**
     * The pooled estimate on the printed scale, as the estimate type its studies measure: a hazard,
     * odds, risk or rate ratio ({@code exp} of the estimate and bounds), or a mean difference (in the
     * studies' unit; also for studies given as plain numbers). Its interval is left out when it has
     * no width or a bound does not print as a finite number.
     */
    public EffectEstimate effect() {
        Optional<ConfidenceInterval> ci = printedInterval();
        EffectEstimate.Kind kind = kind().orElse(EffectEstimate.Kind.MEAN_DIFFERENCE);
        double value = scale().fromScale(estimate());
        return switch (kind) {
            case HAZARD_RATIO -> ci.map(c -> HazardRatio.of(value, c)).orElseGet(() -> HazardRatio.of(value));
            case ODDS_RATIO -> ci.map(c -> OddsRatio.of(value, c)).orElseGet(() -> OddsRatio.of(value));
            case RISK_RATIO -> ci.map(c -> RiskRatio.of(value, c)).orElseGet(() -> RiskRatio.of(value));
            case RATE_RATIO -> ci.map(c -> RateRatio.of(value, c)).orElseGet(() -> RateRatio.of(value));
            default -> {
                Unit unit = studies().get(0).unit();
                yield ci.map(c -> MeanDifference.of(value, unit, c)).orElseGet(() -> MeanDifference.of(value, unit));
            }
        };
    }

    private Optional<ConfidenceInterval> printedInterval() {
        double lo = scale().fromScale(lower());
        double hi = scale().fromScale(upper());
        boolean printable = lo < hi && Double.isFinite(lo) && Double.isFinite(hi) && (scale() != Scale.LOG || lo > 0);
        return printable ? Optional.of(ConfidenceInterval.of(lo, hi, level())) : Optional.empty();
    }

    /** The prediction interval on the printed scale (exponentiated for ratios); empty for a fixed-effect model. */
    public Optional<Bounds> predictionInterval() {
        return predictionBounds().map(b -> b.fromScale(scale()));
    }

    /** The P value as reports give it: exact, or {@code P < 0.0001} below that. */
    public PValue pValue() {
        return exactP() < PValue.REPORTING_FLOOR ? PValue.lessThan(PValue.REPORTING_FLOOR) : PValue.of(exactP());
    }

    /** Whether the confidence interval excludes the null value (0 on the analysis scale, 1 for a ratio). */
    public boolean isSignificant() {
        return lower() > 0 || upper() < 0;
    }

    /** The same result carrying the certainty of its evidence, replacing any it had. */
    public PooledEstimate withCertainty(Certainty certainty) {
        return ImmutablePooledEstimate.builder().from(this).certainty(certainty).build();
    }

    static ImmutablePooledEstimate.Builder builder() {
        return ImmutablePooledEstimate.builder();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("PooledEstimate");
        problems.check(!studies().isEmpty(), "studies must not be empty");
        problems.check(
                weights().size() == studies().size(),
                "weights must match the studies one to one: %s weights for %s studies",
                weights().size(),
                studies().size());
        double sum = weights().stream().mapToDouble(Double::doubleValue).sum();
        problems.check(Math.abs(sum - 1) < 1e-9, "weights must sum to 1: %s", sum);
        problems.check(weights().stream().allMatch(w -> w >= 0), "weights must not be negative: %s", weights());
        problems.finite("estimate", estimate());
        if (problems.finite("standard error", standardError())) {
            problems.check(standardError() >= 0, "standard error must not be negative: %s", standardError());
        }
        problems.check(level() > 0 && level() < 1, "confidence level must be in (0, 1): %s", level());
        boolean finiteLower = problems.finite("lower bound", lower());
        boolean finiteUpper = problems.finite("upper bound", upper());
        if (finiteLower && finiteUpper) {
            problems.check(lower() <= upper(), "lower bound %s must not exceed upper bound %s", lower(), upper());
        }
        problems.check(exactP() >= 0 && exactP() <= 1, "P value must be in [0, 1]: %s", exactP());
        problems.check(
                (model() == Model.FIXED_EFFECT) == tauEstimator().isEmpty(),
                "a tau2 estimator is named exactly for a random-effects model: %s, %s",
                model(),
                tauEstimator());
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "PooledEstimate " + method() + ", k = " + studyCount() + ": " + estimate() + " [" + lower() + ", "
                + upper() + "], " + heterogeneity();
    }
}
