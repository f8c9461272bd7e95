package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Unit;

/**
 * A table's footnote letter run on a ratio ("3.27d" under "OR"): a ratio has no unit, so the letter is a mark,
 * not days or years. A median keeps its unit letter.
 */
class RatioFootnoteMarksTest {

    private static List<EffectStatement> cell(String text, String header) {
        return EffectStatements.parse(text, ParseContext.column(header)).statements();
    }

    @Test
    void a_letter_run_on_a_ratio_in_a_column_of_ratios_is_a_mark() {
        // PMC6604780 table 4 (heldout-9)
        assertThat(cell("3.27d", "OR")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.ODDS_RATIO);
            assertThat(s.value()).hasValue(3.27);
        });
        assertThat(cell("2.06e (1.24 – 3.41)", "OR (95% CI)")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.ODDS_RATIO);
            assertThat(s.printedUpper()).contains("3.41");
        });
    }

    @Test
    void a_median_keeps_its_unit_letter() {
        assertThat(EffectStatements.parse("The median time to response was 12d.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate()).contains(MedianTime.of(12, Unit.DAYS)));
    }

    @Test
    void any_letter_run_on_a_hazard_ratio_leaves_the_ratio() {
        qt().withExamples(300)
                // footnote letters run from a; "p" after a number starts a P value and is left out
                .forAll(integers().between(1, 999), integers().between(0, 14))
                .checkAssert((hundredths, letter) -> {
                    String value = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
                    String text = value + (char) ('a' + letter);
                    assertThat(cell(text, "HR")).as(text).singleElement().satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                        assertThat(s.printedValue()).contains(value);
                    });
                });
    }
}
