package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A cell under "HR (95% CI); P value" holds the ratio, its interval and, last, its P value: "0.85 (0.74–0.98);
 * 0.02" is one hazard ratio with P = 0.02, not a second ratio of 0.02.
 */
class CellPValuesTest {

    private static List<EffectStatement> cell(String text, String header) {
        return EffectStatements.parse(text, ParseContext.column(header)).statements();
    }

    @Test
    void the_last_number_after_the_interval_is_the_p_value() {
        assertThat(cell("0.85 (0.74–0.98); 0.02", "HR (95% CI); P value"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                    assertThat(s.printedValue()).contains("0.85");
                    assertThat(s.pValue())
                            .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(0.02));
                });
        assertThat(cell("0.62 (0.44 to 0.87), <.001", "OR (95% CI), P"))
                .singleElement()
                .satisfies(s -> assertThat(s.pValue()).isPresent());
    }

    @Test
    void a_second_estimate_or_a_number_above_one_is_no_p_value() {
        assertThat(cell("0.85 (0.74–0.98), 0.90 (0.80–1.01)", "HR (95% CI)")).hasSize(2);
        assertThat(cell("0.85 (0.74–0.98); 12", "HR (95% CI)"))
                .first()
                .satisfies(s -> assertThat(s.pValue()).isEmpty());
    }

    @Test
    void running_text_keeps_its_own_reading() {
        // outside a labelled column a number after the interval is not taken for a P value
        assertThat(EffectStatements.parse("HR 0.85 (0.74–0.98); 0.02").statements())
                .first()
                .satisfies(s -> assertThat(s.pValue()).isEmpty());
    }

    @Test
    void any_ratio_interval_and_p_in_a_cell_read_as_one_statement() {
        qt().withExamples(300)
                .forAll(
                        integers().between(20, 500),
                        integers().between(1, 19),
                        integers().between(1, 999))
                .checkAssert((hundredths, gap, thousandths) -> {
                    String text = String.format(
                            Locale.ROOT,
                            "%.2f (%.2f–%.2f); %.3f",
                            hundredths / 100.0,
                            (hundredths - gap) / 100.0,
                            (hundredths + gap) / 100.0,
                            thousandths / 1000.0);
                    assertThat(cell(text, "HR (95% CI); P"))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> assertThat(s.pValue())
                                    .hasValueSatisfying(
                                            p -> assertThat(p.value()).isEqualTo(thousandths / 1000.0)));
                });
    }
}
