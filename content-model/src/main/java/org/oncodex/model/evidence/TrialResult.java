package org.oncodex.model.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.Endpoint;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.internal.Problems;
import org.oncodex.model.internal.ValueJson;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.RatioOfRatios;

/**
 * One reported result: what a study found for an endpoint in a population under a comparison, with
 * the source that states it. It is what an answer's numbers are grounded in.
 *
 * <p>The {@link #estimate()} is either a contrast between the arms (a ratio, a ratio of ratios, a
 * mean difference) or the value in the intervention arm (a median, a rate, a range, a quantity); in
 * the second case {@link #comparatorEstimate()} may hold the comparator arm's value ("35.9% vs
 * 8.9%"). When the source also gives the same comparison in the whole population, {@link
 * #overallEstimate()} holds it, as in the "overall population" column of a subgroup table.
 *
 * <p>Rules checked at construction: hazard ratios, ratios of hazard ratios and medians need a
 * time-to-event endpoint; a rate of a time-to-event endpoint needs its {@link #timePoint()};
 * comparator and overall estimates are of the same kind as the estimate; a comparator estimate needs
 * a comparator and an estimate that is not already a contrast (a ratio or a mean difference).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrialResult.class)
@JsonDeserialize(as = ImmutableTrialResult.class)
@ValueJson
public abstract class TrialResult {

    TrialResult() {}

    /** A stable identifier, such as {@code keynote-189-os-liver-metastases}. */
    public abstract String id();

    /** The study that produced the result. */
    public abstract Study study();

    /** The patients it describes. */
    public abstract Population population();

    /** What it compares. */
    public abstract Comparison comparison();

    /** What was measured. */
    public abstract Endpoint endpoint();

    /** For a landmark rate, when it was measured ("5-year"). */
    public abstract Optional<TimePoint> timePoint();

    /** The result: a contrast between the arms, or the intervention arm's value. */
    public abstract EffectEstimate estimate();

    /** The comparator arm's value, when the estimate is an arm value and the source gives both. */
    public abstract Optional<EffectEstimate> comparatorEstimate();

    /** The P value the source reports for the result. */
    public abstract Optional<PValue> pValue();

    /** The same comparison in the whole population, for subgroup results. */
    public abstract Optional<EffectEstimate> overallEstimate();

    /** What the source says about the result, in its own terms. */
    public abstract Optional<String> note();

    /** The source that states the result. */
    public abstract Optional<Citation> citation();

    /**
     * The source's own words that state the result: a short verbatim quote that contains every
     * number of the estimates, copied character for character.
     */
    public abstract Optional<String> quote();

    /**
     * How certain the evidence for the result is, on the scale its source uses (GRADE, NCI PDQ,
     * OncoKB), kept as the source states it; empty when the source states none.
     */
    public abstract Optional<Certainty> certainty();

    /** A builder; id, study, population, comparison, endpoint and estimate are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("TrialResult \"" + id() + "\"");
        problems.id("id", id());
        EffectEstimate.Kind kind = estimate().kind();
        boolean timeToEvent = endpoint().isTimeToEvent();
        problems.check(
                timeToEvent || kind != EffectEstimate.Kind.HAZARD_RATIO,
                "a hazard ratio needs a time-to-event endpoint, not %s (%s)",
                endpoint(),
                endpoint().label());
        problems.check(
                timeToEvent
                        || !(estimate() instanceof RatioOfRatios r && r.ofKind() == EffectEstimate.Kind.HAZARD_RATIO),
                "a ratio of hazard ratios needs a time-to-event endpoint, not %s (%s)",
                endpoint(),
                endpoint().label());
        problems.check(
                timeToEvent || kind != EffectEstimate.Kind.MEDIAN_TIME,
                "a median time needs a time-to-event endpoint, not %s (%s)",
                endpoint(),
                endpoint().label());
        problems.check(
                !timeToEvent
                        || kind != EffectEstimate.Kind.PROPORTION
                        || timePoint().isPresent(),
                "a proportion for %s (%s) needs the time point it was measured at, such as 5 years",
                endpoint(),
                endpoint().label());
        comparatorEstimate().ifPresent(c -> {
            problems.check(
                    c.kind() == kind,
                    "comparatorEstimate must be of the estimate's kind (%s), not %s",
                    kind.label(),
                    c.kind().label());
            problems.check(
                    !(estimate() instanceof RatioEstimate || estimate() instanceof MeanDifference),
                    "comparatorEstimate is for arm values; the estimate (%s) already compares the arms",
                    kind.label());
            problems.check(
                    comparison().comparator().isPresent(), "comparatorEstimate needs a comparison with a comparator");
        });
        overallEstimate()
                .ifPresent(o -> problems.check(
                        o.kind() == kind,
                        "overallEstimate must be of the estimate's kind (%s), not %s",
                        kind.label(),
                        o.kind().label()));
        note().ifPresent(n -> problems.text("note", n));
        quote().ifPresent(q -> problems.text("quote", q));
        problems.throwIfAny();
    }

    /** Builds a {@link TrialResult}. */
    public static final class Builder extends ImmutableTrialResult.Builder {
        Builder() {}
    }
}
