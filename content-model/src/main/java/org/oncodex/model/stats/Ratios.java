package org.oncodex.model.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.oncodex.model.internal.Problems;

/** The arithmetic and the rules that hazard, odds and risk ratios share. */
final class Ratios {
    private Ratios() {}

    static void validate(String type, double value, Optional<ConfidenceInterval> ci) {
        Problems problems = Problems.of(type);
        if (problems.finite("value", value)) {
            problems.check(value > 0, "value must be positive: %s", value);
        }
        ci.ifPresent(c -> problems.check(
                c.lower() > 0, "confidence interval lower bound must be positive for a ratio: %s", c.lower()));
        problems.throwIfAny();
    }

    static ConfidenceInterval intervalAtLevel(RatioEstimate estimate, double level) {
        ConfidenceInterval ci = estimate.ci()
                .orElseThrow(() -> new IllegalStateException(
                        "a ratio without a confidence interval has no interval to re-express: " + estimate));
        return ci.withLevel(level, Scale.LOG);
    }

    /** The value of {@code numerator / denominator}. */
    static double ratioValue(RatioEstimate numerator, RatioEstimate denominator) {
        return numerator.value() / denominator.value();
    }

    /**
     * The interval of {@code numerator / denominator} for independent estimates (Altman &amp; Bland,
     * BMJ 2003;326:219): {@code SE(d) = √(SE1² + SE2²)} on the log scale, at the level the two share,
     * else at 95%.
     */
    static ConfidenceInterval ratioInterval(RatioEstimate numerator, RatioEstimate denominator) {
        checkArgument(
                numerator.ci().isPresent() && denominator.ci().isPresent(),
                "a ratio of ratios needs both confidence intervals: %s / %s",
                numerator,
                denominator);
        double se1 = numerator.standardError().orElseThrow();
        double se2 = denominator.standardError().orElseThrow();
        double level1 = numerator.ci().orElseThrow().level();
        double level = level1 == denominator.ci().orElseThrow().level() ? level1 : ConfidenceInterval.DEFAULT_LEVEL;
        return ConfidenceInterval.fromStandardError(
                ratioValue(numerator, denominator), Math.hypot(se1, se2), Scale.LOG, level);
    }

    static ConfidenceInterval intervalFromP(double value, PValue p, PValueMethod method) {
        return ConfidenceInterval.fromPValue(value, p, Scale.LOG, ConfidenceInterval.DEFAULT_LEVEL, method);
    }

    static String describe(String label, double value, Optional<ConfidenceInterval> ci) {
        return ci.map(c -> label + " " + value + " (" + c + ")").orElse(label + " " + value);
    }
}
