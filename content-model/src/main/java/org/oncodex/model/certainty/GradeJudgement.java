package org.oncodex.model.certainty;

import org.oncodex.model.internal.Problems;

/**
 * The judgement on one GRADE domain: how serious the concern is and why.
 *
 * @param concern how serious the concern is
 * @param reason why, in the assessors' words; may be empty only when the concern is not serious
 */
public record GradeJudgement(GradeConcern concern, String reason) {

    /**
     * Validates the judgement.
     *
     * @throws IllegalArgumentException if a serious or very serious concern has no reason
     */
    public GradeJudgement {
        Problems problems = Problems.of("GradeJudgement");
        problems.check(
                concern == GradeConcern.NOT_SERIOUS || !reason.isBlank(),
                "reason must be given for a %s concern: \"%s\"",
                concern.label(),
                reason);
        problems.throwIfAny();
    }
}
