package org.oncodex.model.certainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.oncodex.model.internal.Problems;

/**
 * A GRADE rating of the certainty of a body of evidence for one outcome, as its source states it,
 * with the judgements behind it when the source gives them: where the assessment started
 * (randomized trials start high, observational studies low), the concerns that rated it down in
 * each of the five domains, and the reasons that rated it up.
 *
 * <pre>{@code
 * GradeCertainty.of(GradeRating.MODERATE);                       // as a summary of findings prints it
 * GradeCertainty.builder()
 *         .rating(GradeRating.MODERATE)
 *         .start(GradeStart.RANDOMIZED_TRIALS)
 *         .concern(GradeDomain.IMPRECISION, GradeConcern.SERIOUS, "fewer than 300 events")
 *         .build();
 * }</pre>
 *
 * <p>The stated {@link #rating()} is what counts. GRADE is a judgement, not arithmetic (two
 * borderline concerns may together rate down once), so the rating is not required to equal {@link
 * #impliedRating()}; tools may compare them and report a difference.
 */
@Value.Immutable
public abstract non-sealed class GradeCertainty implements Certainty {

    GradeCertainty() {}

    /** The overall certainty, as stated. */
    public abstract GradeRating rating();

    /** Where the assessment started, when the source says. */
    public abstract Optional<GradeStart> start();

    /** The judgement for each domain the source reports; domains it does not report are absent. */
    public abstract Map<GradeDomain, GradeJudgement> concerns();

    /** The reasons the evidence was rated up, each with its explanation. */
    public abstract Map<GradeUpgrade, String> upgrades();

    /** A rating with nothing else known. */
    public static GradeCertainty of(GradeRating rating) {
        return builder().rating(rating).build();
    }

    /** A builder; the rating is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CertaintyScale scale() {
        return CertaintyScale.GRADE;
    }

    /** "High", "Moderate", "Low" or "Very low". */
    @Override
    public String printed() {
        return rating().printed();
    }

    /**
     * The rating the judgements imply: the start, down one level per serious and two per very serious
     * concern, up by the upgrades, kept within high and very low. Empty when the start is not known.
     */
    public Optional<GradeRating> impliedRating() {
        int down = concerns().values().stream()
                .mapToInt(j -> j.concern().levelsDown())
                .sum();
        int up = upgrades().keySet().stream().mapToInt(GradeUpgrade::levelsUp).sum();
        return start().map(s -> s.rating().move(down - up));
    }

    /**
     * The reasons in words, rating-down concerns first: "imprecision: serious (fewer than 300
     * events)", "dose-response gradient (...)".
     */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        concerns().forEach((domain, j) -> {
            if (j.concern() != GradeConcern.NOT_SERIOUS) {
                reasons.add(domain.label() + ": " + j.concern().label() + " (" + j.reason() + ")");
            }
        });
        upgrades().forEach((upgrade, why) -> reasons.add(upgrade.label() + " (" + why + ")"));
        return List.copyOf(reasons);
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("GradeCertainty");
        problems.check(
                !(upgrades().containsKey(GradeUpgrade.LARGE_EFFECT)
                        && upgrades().containsKey(GradeUpgrade.VERY_LARGE_EFFECT)),
                "upgrades must not name both a large and a very large effect: %s",
                upgrades().keySet());
        upgrades().forEach((upgrade, why) -> problems.text("reason for " + upgrade.label(), why));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "GRADE " + rating().label() + (reasons().isEmpty() ? "" : " " + reasons());
    }

    /** Builds a {@link GradeCertainty}; the rating is required. */
    public static final class Builder extends ImmutableGradeCertainty.Builder {
        Builder() {}

        /** The judgement on one domain: {@code concern(IMPRECISION, SERIOUS, "few events")}. */
        public Builder concern(GradeDomain domain, GradeConcern concern, String reason) {
            putConcern(domain, new GradeJudgement(concern, reason));
            return this;
        }

        /** A reason to rate up, with its explanation. */
        public Builder upgrade(GradeUpgrade upgrade, String reason) {
            putUpgrade(upgrade, reason);
            return this;
        }
    }
}
