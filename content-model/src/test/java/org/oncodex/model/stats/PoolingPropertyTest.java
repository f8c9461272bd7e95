package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;

class PoolingPropertyTest {
    /** Each example fits five models; 200 examples keep the run short on a small machine. */
    private static final int EXAMPLES = 200;

    /** Every way this package pools. */
    private static final List<Function<Pooling, PooledEstimate>> METHODS = List.of(
            Pooling::fixedEffect,
            p -> p.randomEffects(TauEstimator.DL),
            p -> p.randomEffects(TauEstimator.REML),
            p -> p.randomEffects(TauEstimator.DL, Adjustment.KNAPP_HARTUNG),
            p -> p.randomEffects(TauEstimator.REML, Adjustment.KNAPP_HARTUNG));

    /** Every way this package pools a single study (Knapp–Hartung needs two). */
    private static final List<Function<Pooling, PooledEstimate>> ONE_STUDY_METHODS = METHODS.subList(0, 3);

    private static List<PooledEstimate> all(List<StudyEffect> studies) {
        Pooling pooling = Pooling.of(studies);
        List<Function<Pooling, PooledEstimate>> methods = studies.size() == 1 ? ONE_STUDY_METHODS : METHODS;
        return methods.stream().map(m -> m.apply(pooling)).toList();
    }

    @Test
    void pooling_one_study_returns_that_study() {
        qt().forAll(Generators.studyEffects()).checkAssert(study -> {
            for (PooledEstimate p : all(List.of(study))) {
                assertThat(p.estimate()).as("%s", p.method()).isEqualTo(study.estimate());
                assertThat(p.standardError())
                        .as("%s", p.method())
                        .isCloseTo(study.standardError(), within(1e-12 * study.standardError()));
                assertThat(p.weights()).containsExactly(1.0);
                assertThat(p.heterogeneity().tau2()).isZero();
                assertThat(p.heterogeneity().i2()).isZero();
                HazardRatio single = (HazardRatio) p.effect();
                assertThat(single.value()).isEqualTo(Math.exp(study.estimate()));
            }
        });
    }

    @Test
    void weights_sum_to_one_in_every_method() {
        qt().withExamples(EXAMPLES).forAll(Generators.studyEffectLists()).checkAssert(studies -> {
            for (PooledEstimate p : all(studies)) {
                double sum =
                        p.weights().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(sum).as("%s weights %s", p.method(), p.weights()).isCloseTo(1.0, within(1e-12));
                assertThat(p.weights()).allMatch(w -> w > 0);
            }
        });
    }

    @Test
    void fixed_effect_weights_are_the_inverse_variances_shared_out() {
        qt().withExamples(EXAMPLES).forAll(Generators.studyEffectLists()).checkAssert(studies -> {
            PooledEstimate fe = Pooling.of(studies).fixedEffect();
            double total = studies.stream().mapToDouble(s -> 1 / s.variance()).sum();
            for (int i = 0; i < studies.size(); i++) {
                assertThat(fe.weights().get(i)).isCloseTo(1 / studies.get(i).variance() / total, within(1e-12));
            }
        });
    }

    @Test
    void tau2_its_interval_and_i2_stay_in_range() {
        qt().withExamples(EXAMPLES).forAll(Generators.studyEffectLists()).checkAssert(studies -> {
            for (PooledEstimate p : all(studies)) {
                Heterogeneity h = p.heterogeneity();
                assertThat(h.tau2()).as("%s", p.method()).isGreaterThanOrEqualTo(0);
                assertThat(h.i2()).as("%s", p.method()).isBetween(0.0, 100.0);
                assertThat(h.q()).isGreaterThanOrEqualTo(0);
                h.tau2Interval().ifPresent(b -> assertThat(b.lower()).isGreaterThanOrEqualTo(0));
                h.i2Interval().ifPresent(b -> {
                    assertThat(b.lower()).isBetween(0.0, 100.0);
                    assertThat(b.upper()).isBetween(0.0, 100.0);
                });
            }
        });
    }

    @Test
    void permuting_the_studies_changes_nothing() {
        qt().withExamples(EXAMPLES)
                .forAll(Generators.studyEffectLists(), longs().all())
                .checkAssert((studies, seed) -> {
                    List<StudyEffect> shuffled = new ArrayList<>(studies);
                    Collections.shuffle(shuffled, new Random(seed));
                    List<PooledEstimate> before = all(studies);
                    List<PooledEstimate> after = all(shuffled);
                    for (int m = 0; m < before.size(); m++) {
                        PooledEstimate a = before.get(m);
                        PooledEstimate b = after.get(m);
                        double scale = 1e-9 * (1 + Math.abs(a.estimate()) + a.standardError());
                        assertThat(b.estimate()).as("%s", a.method()).isCloseTo(a.estimate(), within(scale));
                        assertThat(b.standardError()).as("%s", a.method()).isCloseTo(a.standardError(), within(scale));
                        assertThat(b.lower()).isCloseTo(a.lower(), within(scale));
                        assertThat(b.upper()).isCloseTo(a.upper(), within(scale));
                        assertThat(b.heterogeneity().tau2())
                                .as("%s tau2", a.method())
                                .isCloseTo(
                                        a.heterogeneity().tau2(),
                                        within(1e-9 * (1 + a.heterogeneity().tau2())));
                        assertThat(b.heterogeneity().q())
                                .isCloseTo(
                                        a.heterogeneity().q(),
                                        within(1e-9 * (1 + a.heterogeneity().q())));
                        // I² moves by 100/s² per unit of τ²; near τ² = 0 that turns τ²'s last digits into 1e-6
                        assertThat(b.heterogeneity().i2())
                                .isCloseTo(a.heterogeneity().i2(), within(1e-4));
                        for (int i = 0; i < studies.size(); i++) {
                            double weight = a.weights().get(i);
                            double moved = b.weights().get(shuffled.indexOf(studies.get(i)));
                            assertThat(moved).isCloseTo(weight, within(1e-8));
                        }
                    }
                });
    }

    @Test
    void the_interval_holds_the_estimate_and_the_prediction_interval_holds_the_interval() {
        qt().withExamples(EXAMPLES).forAll(Generators.studyEffectLists()).checkAssert(studies -> {
            for (PooledEstimate p : all(studies)) {
                assertThat(p.lower()).isLessThanOrEqualTo(p.estimate());
                assertThat(p.upper()).isGreaterThanOrEqualTo(p.estimate());
                p.predictionBounds().ifPresent(b -> {
                    assertThat(b.lower()).isLessThanOrEqualTo(p.lower() + 1e-12);
                    assertThat(b.upper()).isGreaterThanOrEqualTo(p.upper() - 1e-12);
                });
                assertThat(p.exactP()).isBetween(0.0, 1.0);
            }
        });
    }

    @Test
    void random_effects_with_no_heterogeneity_is_the_fixed_effect_estimate() {
        qt().withExamples(EXAMPLES).forAll(Generators.studyEffectLists()).checkAssert(studies -> {
            Pooling pooling = Pooling.of(studies);
            PooledEstimate dl = pooling.randomEffects(TauEstimator.DL);
            if (dl.heterogeneity().tau2() == 0) {
                assertThat(dl.estimate()).isEqualTo(pooling.fixedEffect().estimate());
            }
        });
    }
}
