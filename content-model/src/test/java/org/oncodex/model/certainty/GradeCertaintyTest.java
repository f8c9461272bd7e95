package org.oncodex.model.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradeCertaintyTest {

    @Test
    void a_rating_as_printed_with_nothing_else_known() {
        GradeCertainty moderate = GradeCertainty.of(GradeRating.MODERATE);
        assertThat(moderate.printed()).isEqualTo("Moderate");
        assertThat(moderate.scale()).isEqualTo(CertaintyScale.GRADE);
        assertThat(moderate.impliedRating()).isEmpty();
        assertThat(moderate.reasons()).isEmpty();
        assertThat(GradeRating.parse("very low")).isEqualTo(GradeRating.VERY_LOW);
        assertThat(GradeRating.parse("Very-Low")).isEqualTo(GradeRating.VERY_LOW);
    }

    @Test
    void randomized_trials_start_high_and_each_serious_concern_rates_down_one_level() {
        GradeCertainty rated = GradeCertainty.builder()
                .rating(GradeRating.LOW)
                .start(GradeStart.RANDOMIZED_TRIALS)
                .concern(GradeDomain.RISK_OF_BIAS, GradeConcern.SERIOUS, "open-label, assessor not blinded")
                .concern(GradeDomain.IMPRECISION, GradeConcern.SERIOUS, "interval includes no effect")
                .concern(GradeDomain.PUBLICATION_BIAS, GradeConcern.NOT_SERIOUS, "")
                .build();
        assertThat(rated.impliedRating()).contains(GradeRating.LOW);
        assertThat(rated.reasons())
                .containsExactly(
                        "risk of bias: serious (open-label, assessor not blinded)",
                        "imprecision: serious (interval includes no effect)");
    }

    @Test
    void observational_studies_start_low_and_may_be_rated_up() {
        GradeCertainty rated = GradeCertainty.builder()
                .rating(GradeRating.HIGH)
                .start(GradeStart.OBSERVATIONAL_STUDIES)
                .upgrade(GradeUpgrade.VERY_LARGE_EFFECT, "relative risk above 5")
                .build();
        assertThat(rated.impliedRating()).contains(GradeRating.HIGH);
        GradeCertainty floor = GradeCertainty.builder()
                .rating(GradeRating.VERY_LOW)
                .start(GradeStart.OBSERVATIONAL_STUDIES)
                .concern(GradeDomain.INDIRECTNESS, GradeConcern.VERY_SERIOUS, "different population")
                .build();
        assertThat(floor.impliedRating()).contains(GradeRating.VERY_LOW);
    }

    @Test
    void the_stated_rating_counts_even_when_the_judgements_imply_another() {
        GradeCertainty judged = GradeCertainty.builder()
                .rating(GradeRating.MODERATE)
                .start(GradeStart.RANDOMIZED_TRIALS)
                .concern(GradeDomain.INCONSISTENCY, GradeConcern.SERIOUS, "I² 70%")
                .concern(GradeDomain.IMPRECISION, GradeConcern.SERIOUS, "borderline")
                .build();
        assertThat(judged.rating()).isEqualTo(GradeRating.MODERATE);
        assertThat(judged.impliedRating()).contains(GradeRating.LOW);
    }

    @Test
    void rejects_a_serious_concern_without_a_reason_and_both_large_effect_upgrades() {
        assertThatThrownBy(() -> new GradeJudgement(GradeConcern.SERIOUS, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GradeJudgement reason must be given for a serious concern: \" \"");
        assertThatThrownBy(() -> GradeCertainty.builder()
                        .rating(GradeRating.HIGH)
                        .upgrade(GradeUpgrade.LARGE_EFFECT, "RR 0.4")
                        .upgrade(GradeUpgrade.VERY_LARGE_EFFECT, "RR 0.1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GradeCertainty upgrades must not name both a large and a very large effect");
        assertThatThrownBy(() -> GradeRating.parse("moderately high"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GRADE rating must be one of High, Moderate, Low, Very low: \"moderately high\"");
    }
}
