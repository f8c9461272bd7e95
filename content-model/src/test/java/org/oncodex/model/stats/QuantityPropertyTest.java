package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuantityPropertyTest {
    private static final Gen<Double> NOT_FINITE =
            Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    private static final Gen<String> BLANK = Generate.pick(List.of(" ", "  ", "\t", "\n", "\u2003", " \u00A0 "));

    @Test
    void any_finite_value_with_any_non_blank_unit_and_any_interval_is_accepted() {
        qt().forAll(Generators.quantities(), Generators.texts(), Generators.anyIntervals())
                .checkAssert((q, unit, ci) -> {
                    Quantity again = Quantity.of(q.value(), unit, ci);
                    assertThat(again.unit()).hasValue(unit);
                    assertThat(again.ci()).hasValue(ci);
                });
    }

    @Test
    void a_value_that_is_not_finite_is_rejected_by_name() {
        qt().forAll(NOT_FINITE)
                .checkAssert(v -> assertThatThrownBy(() -> Quantity.of(v))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Quantity value must be a finite number: " + v));
    }

    @Test
    void a_blank_unit_is_rejected_and_an_empty_one_means_none() {
        qt().forAll(doubles().between(-1e9, 1e9), BLANK).checkAssert((v, blank) -> {
            assertThat(Quantity.of(v, "")).isEqualTo(Quantity.of(v));
            if (blank.isBlank()) {
                assertThatThrownBy(() -> Quantity.of(v, blank))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Quantity unit must not be blank: \"" + blank + "\"");
            }
        });
    }

    @Test
    void units_are_kept_as_printed() {
        qt().forAll(doubles().between(-1e9, 1e9), strings().basicLatinAlphabet().ofLengthBetween(1, 12))
                .assuming((v, unit) -> !unit.isBlank())
                .checkAssert(
                        (v, unit) -> assertThat(Quantity.of(v, unit).unit()).hasValue(unit));
    }
}
