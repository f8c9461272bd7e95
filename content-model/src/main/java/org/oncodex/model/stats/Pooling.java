package org.oncodex.model.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.oncodex.model.internal.Problems;

/**
 * Pools the estimates of several studies into one, by inverse-variance meta-analysis.
 *
 * <pre>{@code
 * Pooling bcg = Pooling.of(List.of(
 *         StudyEffect.logRiskRatio("Aronson 1948", 4, 123, 11, 139),
 *         StudyEffect.of("Ferguson & Simes 1949", -1.5854, 0.1946),   // yi, vi as tables print them
 *         ...));
 * PooledEstimate fixed = bcg.fixedEffect();
 * PooledEstimate dl = bcg.randomEffects(TauEstimator.DL);
 * PooledEstimate modern = bcg.randomEffects(TauEstimator.REML, Adjustment.KNAPP_HARTUNG);
 * Pooling.ratios(List.of(HazardRatio.of(0.68, 0.50, 0.91), HazardRatio.of(0.62, 0.44, 0.87)));
 * }</pre>
 *
 * <p>Ratios are pooled on the natural-log scale, each with the standard error its confidence
 * interval implies; differences on their own scale. The numbers reproduce metafor's {@code
 * rma.uni} (Viechtbauer, J Stat Softw 2010;36(3)) for the same methods: the tests check the BCG
 * vaccine and teacher-expectancy examples of its documentation and test suite to the digits printed
 * there.
 *
 * <p>Pooling says nothing about whether the studies should be pooled: studies of different
 * populations, treatments or end points give a number that means little. {@link
 * PooledEstimate#heterogeneity()} and the prediction interval show how much they disagree.
 */
public final class Pooling {
    private final List<StudyEffect> studies;
    private final double level;

    private Pooling(List<StudyEffect> studies, double level) {
        this.studies = studies;
        this.level = level;
    }

    /**
     * The studies to pool, each an estimate on the analysis scale with its variance.
     *
     * @throws IllegalArgumentException if there are no studies, or they do not all measure the same
     *     kind of effect in the same unit
     */
    public static Pooling of(List<StudyEffect> studies) {
        checkArgument(!studies.isEmpty(), "Pooling needs at least one study: []");
        StudyEffect first = studies.get(0);
        Problems problems = Problems.of("Pooling");
        for (StudyEffect s : studies) {
            problems.check(
                    s.kind().equals(first.kind()) && s.unit() == first.unit(),
                    "studies must all measure the same effect in the same unit: %s is %s, %s is %s",
                    first.label(),
                    measure(first),
                    s.label(),
                    measure(s));
        }
        problems.throwIfAny();
        return new Pooling(List.copyOf(studies), ConfidenceInterval.DEFAULT_LEVEL);
    }

    private static String measure(StudyEffect s) {
        String unit = s.unit() == Unit.NONE ? "" : " in " + s.unit().plural();
        return s.kind().map(EffectEstimate.Kind::label).orElse("given as is") + unit;
    }

    /**
     * Printed ratios with their confidence intervals, labelled "Study 1", "Study 2", ...
     *
     * @throws IllegalArgumentException if a ratio has no interval or is a ratio of ratios, or the
     *     ratios are of different kinds
     */
    public static Pooling ratios(List<? extends RatioEstimate> ratios) {
        List<StudyEffect> studies = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            studies.add(StudyEffect.ratio("Study " + (i + 1), ratios.get(i)));
        }
        return of(studies);
    }

    /**
     * Printed ratios with their confidence intervals, each under its study's label, in the map's order.
     *
     * @throws IllegalArgumentException as {@link #ratios(List)}
     */
    public static Pooling ratios(Map<String, ? extends RatioEstimate> ratios) {
        return of(ratios.entrySet().stream()
                .map(e -> StudyEffect.ratio(e.getKey(), e.getValue()))
                .collect(Collectors.toList()));
    }

    /**
     * Printed differences with their confidence intervals, each under its study's label, in the map's
     * order.
     *
     * @throws IllegalArgumentException if a difference has no interval, or the units differ
     */
    public static Pooling differences(Map<String, MeanDifference> differences) {
        return of(differences.entrySet().stream()
                .map(e -> StudyEffect.difference(e.getKey(), e.getValue()))
                .collect(Collectors.toList()));
    }

    /**
     * The same studies, with confidence, prediction and τ² intervals at another level.
     *
     * @throws IllegalArgumentException if the level is outside (0, 1)
     */
    public Pooling level(double level) {
        checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1): %s", level);
        return new Pooling(studies, level);
    }

    /** The studies, in the order given. */
    public List<StudyEffect> studies() {
        return studies;
    }

    /** The inverse-variance fixed-effect (common-effect) estimate: weights {@code 1/v}, z test. */
    public PooledEstimate fixedEffect() {
        double[] y = estimates();
        double[] v = variances();
        double[] w = TauSquared.weights(v, 0);
        double sw = sum(w);
        double mu = TauSquared.weightedMean(w, y);
        double se = Math.sqrt(1 / sw);
        double z = ConfidenceInterval.criticalValue(level);
        return result(w, mu, se, z)
                .model(PooledEstimate.Model.FIXED_EFFECT)
                .adjustment(Adjustment.NONE)
                .statistic(mu / se)
                .exactP(Normal.twoSidedP(mu / se))
                .heterogeneity(Heterogeneity.ofFixedEffect(y, v))
                .build();
    }

    /** The random-effects estimate with REML and the Knapp–Hartung adjustment, the modern default. */
    public PooledEstimate randomEffects() {
        return randomEffects(TauEstimator.REML, Adjustment.KNAPP_HARTUNG);
    }

    /** The random-effects estimate with τ² from {@code estimator}, z test, no adjustment. */
    public PooledEstimate randomEffects(TauEstimator estimator) {
        return randomEffects(estimator, Adjustment.NONE);
    }

    /**
     * The random-effects estimate with τ² from {@code estimator} and the interval and test from
     * {@code adjustment}: weights {@code 1/(v + τ²)}, standard error {@code √(1/Σw)}, or with
     * Knapp–Hartung {@code √(Σw(y − μ)² / ((k − 1)Σw))} and Student's t on {@code k − 1} degrees of
     * freedom.
     *
     * @throws IllegalArgumentException if the Knapp–Hartung adjustment is asked for a single study
     */
    public PooledEstimate randomEffects(TauEstimator estimator, Adjustment adjustment) {
        double[] y = estimates();
        double[] v = variances();
        int k = y.length;
        checkArgument(
                adjustment == Adjustment.NONE || k >= 2,
                "the Knapp–Hartung adjustment needs at least 2 studies: %s",
                k);
        double tau2 = switch (estimator) {
            case DL -> TauSquared.dersimonianLaird(y, v);
            case REML -> TauSquared.reml(y, v);
        };
        double[] w = TauSquared.weights(v, tau2);
        double sw = sum(w);
        double mu = TauSquared.weightedMean(w, y);
        double se;
        double crit;
        double p;
        OptionalInt df = OptionalInt.empty();
        if (adjustment == Adjustment.KNAPP_HARTUNG) {
            double residual = 0;
            for (int i = 0; i < k; i++) {
                residual += w[i] * (y[i] - mu) * (y[i] - mu);
            }
            se = Math.sqrt(residual / ((k - 1) * sw));
            crit = Distributions.tCritical(level, k - 1);
            p = se > 0 ? Distributions.twoSidedT(mu / se, k - 1) : (mu == 0 ? 1 : 0);
            df = OptionalInt.of(k - 1);
        } else {
            se = Math.sqrt(1 / sw);
            crit = ConfidenceInterval.criticalValue(level);
            p = Normal.twoSidedP(mu / se);
        }
        double statistic = se > 0 ? mu / se : (mu == 0 ? 0 : Math.copySign(Double.MAX_VALUE, mu));
        double half = crit * Math.sqrt(tau2 + se * se);
        return result(w, mu, se, crit)
                .model(PooledEstimate.Model.RANDOM_EFFECTS)
                .tauEstimator(estimator)
                .adjustment(adjustment)
                .statistic(statistic)
                .degreesOfFreedom(df)
                .exactP(p)
                .heterogeneity(Heterogeneity.ofRandomEffects(y, v, tau2, level))
                .predictionBounds(new Bounds(mu - half, mu + half))
                .build();
    }

    /** A result with the studies, their weights {@code w}, and the estimate with its interval {@code mu ± crit·se}. */
    private ImmutablePooledEstimate.Builder result(double[] w, double mu, double se, double crit) {
        return PooledEstimate.builder()
                .studies(studies)
                .weights(shares(w))
                .estimate(mu)
                .standardError(se)
                .level(level)
                .lower(mu - crit * se)
                .upper(mu + crit * se);
    }

    private double[] estimates() {
        return studies.stream().mapToDouble(StudyEffect::estimate).toArray();
    }

    private double[] variances() {
        return studies.stream().mapToDouble(StudyEffect::variance).toArray();
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double x : values) {
            s += x;
        }
        return s;
    }

    private static List<Double> shares(double[] w) {
        double sw = sum(w);
        List<Double> shares = new ArrayList<>(w.length);
        for (double wi : w) {
            shares.add(wi / sw);
        }
        return shares;
    }

    @Override
    public String toString() {
        return "Pooling of " + studies.size() + " studies at " + level + ": "
                + studies.stream().map(StudyEffect::label).collect(Collectors.joining(", "));
    }
}
