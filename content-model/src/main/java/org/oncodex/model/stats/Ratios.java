package org.oncodex.model.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.oncodex.model.internal.Problems;

/** The arithmetic and the rules that hazard, odds, risk and rate ratios, and ratios of them, share. */
final class Ratios {
    private Ratios() {}

    static void validate(String type, double value, Optional<ConfidenceInterval> ci) {
        problems(type, value, ci).throwIfAny();
    }

    /** The problems of a ratio's value and interval, for a type that has rules of its own to add. */
    static Problems problems(String type, double value, Optional<ConfidenceInterval> ci) {
        Problems problems = Problems.of(type);
        if (problems.finite("value", value)) {
            problems.check(value > 0, "value must be positive: %s", value);
        }
        ci.ifPresent(c -> problems.check(
                c.lower() > 0, "confidence interval lower bound must be positive for a ratio: %s", c.lower()));
        return problems;
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
     * BMJ 2003;326:219): {@code SE(d) = √(SE1² + SE2²)} on the log scale, at the level and sidedness
     * the two share, else two-sided at 95%; of the kind the two share, else a confidence interval.
     */
    static ConfidenceInterval ratioInterval(RatioEstimate numerator, RatioEstimate denominator) {
        checkArgument(
                numerator.ci().isPresent() && denominator.ci().isPresent(),
                "a ratio of ratios needs both confidence intervals: %s / %s",
                numerator,
                denominator);
        double se1 = numerator.standardError().orElseThrow();
        double se2 = denominator.standardError().orElseThrow();
        ConfidenceInterval ci1 = numerator.ci().orElseThrow();
        ConfidenceInterval ci2 = denominator.ci().orElseThrow();
        boolean shared = ci1.level() == ci2.level() && ci1.sidedness() == ci2.sidedness();
        ConfidenceInterval ci = ConfidenceInterval.fromStandardError(
                ratioValue(numerator, denominator),
                Math.hypot(se1, se2),
                Scale.LOG,
                shared ? ci1.level() : ConfidenceInterval.DEFAULT_LEVEL,
                shared ? ci1.sidedness() : Sidedness.TWO_SIDED);
        return ci1.kind() == ci2.kind() ? ci.withKind(ci1.kind()) : ci;
    }

    static ConfidenceInterval intervalFromP(double value, PValue p, PValueMethod method) {
        return ConfidenceInterval.fromPValue(value, p, Scale.LOG, ConfidenceInterval.DEFAULT_LEVEL, method);
    }

    static String describe(String label, double value, Optional<ConfidenceInterval> ci) {
        return ci.map(c -> label + " " + value + " (" + c + ")").orElse(label + " " + value);
    }
}
