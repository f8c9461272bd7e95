package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MeanDifferencePropertyTest {
    private static final Gen<Double> NOT_FINITE =
            Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));

    @Test
    void any_finite_difference_in_any_unit_is_accepted() {
        qt().forAll(doubles().any(), Generate.enumValues(Unit.class))
                .assuming((v, unit) -> Double.isFinite(v))
                .checkAssert((v, unit) -> {
                    MeanDifference md = MeanDifference.of(v, unit);
                    assertThat(md.value()).isEqualTo(v);
                    assertThat(md.unit()).isEqualTo(unit);
                });
    }

    @Test
    void a_difference_that_is_not_finite_is_rejected_by_name() {
        qt().forAll(NOT_FINITE, Generate.enumValues(Unit.class))
                .checkAssert((v, unit) -> assertThatThrownBy(() -> MeanDifference.of(v, unit))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("MeanDifference value must be a finite number: " + v));
    }

    @Test
    void significant_exactly_when_the_interval_excludes_zero() {
        qt().forAll(Generators.meanDifferences()).checkAssert(md -> {
            boolean excludesZero =
                    md.ci().map(ci -> ci.lower() > 0 || ci.upper() < 0).orElse(false);
            assertThat(md.isSignificant()).as("%s", md).isEqualTo(excludesZero);
        });
    }

    @Test
    void another_level_keeps_the_center_sidedness_and_kind() {
        qt().forAll(Generators.meanDifferences(), doubles().between(0.6, 0.99))
                .assuming((md, level) -> md.ci().isPresent())
                .checkAssert((md, level) -> {
                    ConfidenceInterval before = md.ci().orElseThrow();
                    ConfidenceInterval after =
                            md.withConfidenceLevel(level).ci().orElseThrow();
                    assertThat(after.level()).isEqualTo(level);
                    assertThat(after.sidedness()).isEqualTo(before.sidedness());
                    assertThat(after.kind()).isEqualTo(before.kind());
                    assertThat(after.center(Scale.LINEAR))
                            .isCloseTo(
                                    before.center(Scale.LINEAR),
                                    org.assertj.core.api.Assertions.within(
                                            1e-9 * (1 + Math.abs(before.center(Scale.LINEAR)))));
                });
    }
}
