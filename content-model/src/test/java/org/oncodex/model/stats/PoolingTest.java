package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeRating;

class PoolingTest {

    @Test
    void pools_printed_hazard_ratios_on_the_log_scale_with_the_se_their_intervals_imply() {
        HazardRatio a = HazardRatio.of(0.68, 0.50, 0.91);
        HazardRatio b = HazardRatio.of(0.62, 0.44, 0.87);
        PooledEstimate fe = Pooling.ratios(List.of(a, b)).fixedEffect();
        double wa = 1 / Math.pow(a.standardError().orElseThrow(), 2);
        double wb = 1 / Math.pow(b.standardError().orElseThrow(), 2);
        double expected = (wa * Math.log(0.68) + wb * Math.log(0.62)) / (wa + wb);
        assertThat(fe.estimate()).isCloseTo(expected, within(1e-12));
        assertThat(fe.studies()).extracting(StudyEffect::label).containsExactly("Study 1", "Study 2");
        assertThat(fe.effect()).isInstanceOf(HazardRatio.class);
        assertThat(fe.scale()).isEqualTo(Scale.LOG);
    }

    @Test
    void labels_ratios_and_differences_from_a_map_in_its_order() {
        Map<String, HazardRatio> ratios = new LinkedHashMap<>();
        ratios.put("KEYNOTE-189", HazardRatio.of(0.62, 0.44, 0.87));
        ratios.put("CheckMate 017/057", HazardRatio.of(0.68, 0.50, 0.91));
        assertThat(Pooling.ratios(ratios).studies())
                .extracting(StudyEffect::label)
                .containsExactly("KEYNOTE-189", "CheckMate 017/057");
        Map<String, MeanDifference> differences = new LinkedHashMap<>();
        differences.put("A", MeanDifference.of(-1.2, Unit.NONE, -2.0, -0.4));
        differences.put("B", MeanDifference.of(-0.8, Unit.NONE, -1.9, 0.3));
        PooledEstimate pooled = Pooling.differences(differences).randomEffects(TauEstimator.DL);
        assertThat(pooled.effect()).isInstanceOf(MeanDifference.class);
        assertThat(pooled.scale()).isEqualTo(Scale.LINEAR);
    }

    @Test
    void another_level_changes_the_intervals() {
        Pooling pooling = Pooling.of(PoolingBcgTest.BCG_RR);
        PooledEstimate at95 = pooling.randomEffects(TauEstimator.DL);
        PooledEstimate at90 = pooling.level(0.90).randomEffects(TauEstimator.DL);
        assertThat(at90.level()).isEqualTo(0.90);
        assertThat(at90.upper() - at90.lower()).isLessThan(at95.upper() - at95.lower());
        assertThat(at90.estimate()).isEqualTo(at95.estimate());
    }

    @Test
    void carries_a_certainty_rating() {
        PooledEstimate rated = Pooling.of(PoolingBcgTest.BCG_RR)
                .randomEffects()
                .withCertainty(GradeCertainty.of(GradeRating.MODERATE));
        assertThat(rated.certainty()).contains(GradeCertainty.of(GradeRating.MODERATE));
    }

    @Test
    void rejects_no_studies() {
        assertThatThrownBy(() -> Pooling.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pooling needs at least one study: []");
    }

    @Test
    void rejects_studies_that_measure_different_things() {
        StudyEffect hr = StudyEffect.logRatio("A", -0.3, 0.02, EffectEstimate.Kind.HAZARD_RATIO);
        StudyEffect or = StudyEffect.logRatio("B", -0.2, 0.03, EffectEstimate.Kind.ODDS_RATIO);
        assertThatThrownBy(() -> Pooling.of(List.of(hr, or)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pooling studies must all measure the same effect in the same unit: A is hazard ratio,"
                        + " B is odds ratio");
    }

    @Test
    void rejects_knapp_hartung_for_a_single_study() {
        Pooling one = Pooling.of(List.of(StudyEffect.of("A", 0.1, 0.04)));
        assertThatThrownBy(() -> one.randomEffects(TauEstimator.REML, Adjustment.KNAPP_HARTUNG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the Knapp–Hartung adjustment needs at least 2 studies: 1");
    }

    @Test
    void rejects_a_level_outside_zero_and_one() {
        Pooling pooling = Pooling.of(List.of(StudyEffect.of("A", 0.1, 0.04)));
        assertThatThrownBy(() -> pooling.level(1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence level must be in (0, 1): 1.2");
    }

    @Test
    void a_study_effect_names_every_problem() {
        assertThatThrownBy(() -> StudyEffect.of(" ", Double.NaN, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StudyEffect has 3 problems: label must not be blank: \" \"; estimate must be a finite"
                        + " number: NaN; variance must be positive: -1.0");
    }

    @Test
    void a_ratio_without_an_interval_cannot_be_pooled() {
        assertThatThrownBy(() -> StudyEffect.ratio("A", HazardRatio.of(0.7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StudyEffect A needs a confidence interval to pool: HazardRatio 0.7");
    }

    @Test
    void a_log_ratio_must_be_of_a_ratio_kind() {
        assertThatThrownBy(() -> StudyEffect.logRatio("A", 0.1, 0.2, EffectEstimate.Kind.MEDIAN_TIME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StudyEffect kind of a log ratio must be a ratio kind: MEDIAN_TIME");
    }

    @Test
    void a_two_by_two_table_with_a_zero_cell_gets_half_added_to_every_cell() {
        StudyEffect s = StudyEffect.logOddsRatio("A", 0, 10, 3, 10);
        assertThat(s.estimate()).isCloseTo(Math.log((0.5 * 7.5) / (10.5 * 3.5)), within(1e-15));
        assertThat(s.variance()).isCloseTo(1 / 0.5 + 1 / 10.5 + 1 / 3.5 + 1 / 7.5, within(1e-15));
    }

    @Test
    void a_two_by_two_table_must_be_possible() {
        assertThatThrownBy(() -> StudyEffect.logRiskRatio("A", 11, 10, -1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StudyEffect A has 2 problems: events must not be negative: 11, -1; events must not"
                        + " exceed their group's total: 11 of 10, -1 of 5");
        assertThatThrownBy(() -> StudyEffect.logRiskRatio("B", 0, 10, 0, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("StudyEffect B has no events or no non-events in either group: 0 of 10, 0 of 12");
    }

    @Test
    void bounds_must_be_in_order() {
        assertThatThrownBy(() -> new Bounds(2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bounds lower bound 2.0 must not exceed upper bound 1.0");
        assertThat(new Bounds(0, 0).contains(0)).isTrue();
    }
}
