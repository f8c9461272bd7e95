package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit of time that belongs to a number in a column header ("5 years of tamoxifen vs none", "OS at 12
 * months, %") names a duration or a landmark, not the unit of the cells: the cells are not medians in years.
 * Examples from a Lancet table (ATLAS, heldout-11).
 */
class HeaderDurationsTest {

    private static List<EffectStatement> cell(String text, String header) {
        return EffectStatements.parse(text, ParseContext.column(header)).statements();
    }

    @Test
    void a_treatment_duration_in_the_header_is_no_unit_of_the_cells() {
        assertThat(cell(
                        "0·68 (0·60–0·78)*",
                        "A: effects in meta-analyses of the trials of 5 years of tamoxifen vs none"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.UNLABELED_ESTIMATE);
                    assertThat(s.printedValue()).contains("0.68");
                    assertThat(s.printedLower()).contains("0.60");
                    assertThat(s.printedUpper()).contains("0.78");
                });
        assertThat(cell("0·75 (0·62–0·90)†", "B: continuing tamoxifen to 10 years vs stopping at 5 years (n=6846)"))
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.UNLABELED_ESTIMATE);
    }

    @Test
    void a_unit_heading_still_makes_medians() {
        assertThat(cell("8.5 (7.9–9.5)", "Median overall survival, months"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
        assertThat(cell("14.2 (11.0-17.5)", "Median OS (months)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
    }

    @Test
    void no_counted_time_in_a_header_makes_its_cells_times() {
        qt().withExamples(200)
                .forAll(
                        integers().between(1, 30),
                        integers().between(10, 99),
                        integers().between(0, 1))
                .checkAssert((n, v, unit) -> {
                    String header = "Effects of " + n + (unit == 0 ? " years" : " months") + " of therapy vs none";
                    String text = "0." + v + " (0." + (v - 5) + "–1.0" + (v % 10) + ")";
                    assertThat(cell(text, header))
                            .as("%s under %s", text, header)
                            .extracting(EffectStatement::kind)
                            .doesNotContain(EffectStatement.Kind.MEDIAN_TIME);
                });
    }
}
