package org.oncodex.model.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;

/**
 * A proportion of patients, such as an objective response rate of 18% (4 of 22 patients) or a
 * 5-year survival rate, as a percentage and/or a count of a total, with an optional interval in
 * percent.
 *
 * <p>A printed percentage is kept as printed, even when rounding makes it differ slightly from the
 * count over the total.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProportion.class)
@JsonDeserialize(as = ImmutableProportion.class)
@ValueJson
@JsonTypeName("proportion")
public abstract non-sealed class Proportion implements EffectEstimate {

    Proportion() {}

    /** The percentage as printed, 0 to 100. */
    public abstract OptionalDouble percent();

    /** The number of patients with the outcome (n of N). */
    public abstract OptionalInt count();

    /** The number of patients assessed (N). */
    public abstract OptionalInt total();

    /** The confidence interval, in percent. */
    public abstract Optional<ConfidenceInterval> ci();

    /** A printed percentage. */
    public static Proportion ofPercent(double percent) {
        return builder().percent(percent).build();
    }

    /** A count of a total, such as 4 of 22 patients. */
    public static Proportion ofCount(int count, int total) {
        return builder().count(count).total(total).build();
    }

    /** A printed percentage with the count and total it came from. */
    public static Proportion of(double percent, int count, int total) {
        return builder().percent(percent).count(count).total(total).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The proportion as a fraction in [0, 1]: the printed percentage if any, else count / total. */
    public double fraction() {
        if (percent().isPresent()) {
            return percent().getAsDouble() / 100;
        }
        return (double) count().orElseThrow() / total().orElseThrow();
    }

    @Override
    @JsonIgnore
    public Kind kind() {
        return Kind.PROPORTION;
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Proportion");
        problems.check(
                percent().isPresent() || total().isPresent(), "needs a percentage or a count of a total, got neither");
        percent().ifPresent(p -> {
            if (problems.finite("percent", p)) {
                problems.check(p >= 0 && p <= 100, "percent must be in [0, 100]: %s", p);
            }
        });
        problems.check(
                total().isEmpty() || count().isPresent(),
                "a total needs its count: count %s, total %s",
                count(),
                total());
        problems.check(
                count().isEmpty() || total().isPresent() || percent().isPresent(),
                "a count without its total needs the percentage (\"129 (72%%)\"): count %s",
                count());
        if (count().isPresent() && total().isPresent()) {
            int n = count().getAsInt();
            int total = total().getAsInt();
            problems.check(total > 0, "total must be positive: %s", total);
            problems.check(n >= 0 && n <= total, "count must be in [0, total %s]: %s", total, n);
        }
        ci().ifPresent(c -> problems.check(
                c.lower() >= 0 && c.upper() <= 100,
                "confidence interval must lie within [0, 100] percent: %s to %s",
                c.lower(),
                c.upper()));
        problems.throwIfAny();
    }

    /** Builds a {@link Proportion}: a percentage, or a count and a total, or both. */
    public static final class Builder extends ImmutableProportion.Builder {
        Builder() {}
    }
}
