package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;

/**
 * The edges of the 2×2 tables a study effect is computed from, and how pooling treats single
 * studies and studies that agree exactly. The tables are written for the test.
 */
class StudyEffectTablesTest {
    @Test
    void a_table_with_no_events_in_one_arm_is_pooled_with_a_half_added_to_each_cell() {
        // 0 of 10 against 5 of 10 becomes 0.5 of 11 against 5.5 of 11: ln(0.5/5.5), 1/0.5 - 1/11 + 1/5.5 - 1/11
        StudyEffect first = StudyEffect.logRiskRatio("written for the test", 0, 10, 5, 10);
        assertThat(first.estimate()).isCloseTo(Math.log(0.5 / 5.5), within(1e-12));
        assertThat(first.variance()).isCloseTo(2 - 2.0 / 11 + 1 / 5.5, within(1e-12));
        StudyEffect second = StudyEffect.logRiskRatio("written for the test", 5, 10, 0, 10);
        assertThat(second.estimate()).isCloseTo(-first.estimate(), within(1e-12));
        assertThat(second.variance()).isCloseTo(first.variance(), within(1e-12));
    }

    @Test
    void tables_without_a_comparison_are_refused_naming_the_counts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudyEffect.logRiskRatio("T", 0, 0, 5, 10))
                .withMessage("StudyEffect T group totals must be positive: 0, 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudyEffect.logRiskRatio("T", 5, 10, 0, 0))
                .withMessage("StudyEffect T group totals must be positive: 10, 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudyEffect.logRiskRatio("T", 0, 10, 0, 10))
                .withMessage("StudyEffect T has no events or no non-events in either group: 0 of 10, 0 of 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudyEffect.logRiskRatio("T", 10, 10, 10, 10))
                .withMessage("StudyEffect T has no events or no non-events in either group: 10 of 10, 10 of 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudyEffect.logRiskRatio("T", -1, 10, 5, 10))
                .withMessage("StudyEffect T events must not be negative: -1, 5");
    }

    @Test
    void a_study_needs_a_positive_variance_and_a_kind_that_pools() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StudyEffect.of("T", 0.1, 0))
                .withMessage("StudyEffect variance must be positive: 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImmutableStudyEffect.of(
                        "T", 0.1, 0.2, Optional.of(EffectEstimate.Kind.RATIO_OF_RATIOS), Unit.NONE, Optional.empty()))
                .withMessageStartingWith(
                        "StudyEffect kind must be a hazard, odds, risk or rate ratio or a mean difference");
    }

    @Test
    void pooling_one_mean_difference_gives_back_its_interval() {
        // written for the test: a difference of 2.0 points, 95% CI 1.0 to 3.0
        MeanDifference md = MeanDifference.of(2.0, Unit.NONE, ConfidenceInterval.of(1.0, 3.0));
        PooledEstimate one =
                Pooling.differences(Map.of("written for the test", md)).fixedEffect();
        assertThat(one.lower()).isCloseTo(1.0, within(1e-9));
        assertThat(one.upper()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void a_pooling_level_is_inside_the_open_unit_interval() {
        Pooling bcg = Pooling.of(PoolingExamples.BCG);
        for (double level : new double[] {0, 1}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> bcg.level(level))
                    .withMessage("confidence level must be in (0, 1): " + level);
        }
        assertThat(bcg.level(0.9).fixedEffect().level()).isEqualTo(0.9);
    }

    @Test
    void knapp_hartung_on_studies_that_agree_exactly_has_no_spread_and_a_defined_test() {
        // three studies written for the test, all with the same estimate: the Knapp-Hartung residual is 0
        for (double y : new double[] {0.0, 0.4, -0.4}) {
            List<StudyEffect> same =
                    List.of(StudyEffect.of("A", y, 0.04), StudyEffect.of("B", y, 0.09), StudyEffect.of("C", y, 0.01));
            PooledEstimate hk = Pooling.of(same).randomEffects(TauEstimator.DL, Adjustment.KNAPP_HARTUNG);
            assertThat(hk.standardError()).isZero();
            assertThat(hk.estimate()).isCloseTo(y, within(1e-12));
            assertThat(hk.exactP()).as("P for %s", y).isEqualTo(y == 0 ? 1.0 : 0.0);
            assertThat(Math.signum(hk.statistic())).isEqualTo(Math.signum(y));
        }
    }

    @Test
    void fixed_effect_heterogeneity_is_dersimonian_lairds_i2_and_h2_from_q() {
        // documented on Heterogeneity: with DerSimonian-Laird, I2 = (Q - df)/Q, as for the fixed-effect model
        qt().withExamples(200).forAll(Generators.studyEffectLists()).checkAssert(studies -> {
            Pooling pooling = Pooling.of(studies);
            Heterogeneity fe = pooling.fixedEffect().heterogeneity();
            Heterogeneity dl = pooling.randomEffects(TauEstimator.DL).heterogeneity();
            assertThat(fe.degreesOfFreedom()).isEqualTo(studies.size() - 1);
            assertThat(fe.q()).isEqualTo(dl.q());
            assertThat(fe.i2()).isCloseTo(dl.i2(), within(1e-6));
            assertThat(fe.tau2()).isZero();
            if (studies.size() == 1) {
                assertThat(fe.qPValue()).isEmpty();
                assertThat(fe.h2()).isEqualTo(1.0);
            } else {
                assertThat(fe.qPValue().orElseThrow()).isCloseTo(dl.qPValue().orElseThrow(), within(1e-12));
                assertThat(fe.h2()).isCloseTo(fe.q() / fe.degreesOfFreedom(), within(1e-9));
            }
        });
    }
}
