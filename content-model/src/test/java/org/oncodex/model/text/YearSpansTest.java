package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year or a span of years in brackets right after a label ("Overall SMR (1980–2013) was 2.94") is the period
 * the statistic covers: it is not read as the value, and the label goes to the value after it.
 */
class YearSpansTest {

    private static List<EffectStatement> read(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_span_of_years_after_a_label_is_no_value() {
        // the shape of an Oncotarget abstract on Hodgkin lymphoma (heldout-10), with decimal points
        assertThat(read("Overall SMR (1980–2013) was 2.943 (95% CI: 2.518–3.439)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RATE_RATIO);
                    assertThat(s.printedValue()).contains("2.943");
                    assertThat(s.printedLower()).contains("2.518");
                });
        assertThat(read("The HR (2010 to 2015) was 0.80."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("0.80"));
        assertThat(read("The incidence rate ratio (2019) was 1.31."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("1.31"));
    }

    @Test
    void a_value_in_brackets_that_is_no_year_span_is_still_read() {
        assertThat(read("HR (0.74, 95% CI 0.61–0.90)"))
                .anySatisfy(s -> assertThat(s.printedValue()).contains("0.74"));
        assertThat(YearSpans.past(new Tokens("SMR (2013–1980) was"), 2)).isEqualTo(-1);
        assertThat(YearSpans.past(new Tokens("SMR (1850) was"), 2)).isEqualTo(-1);
    }

    @Test
    void no_year_span_is_read_as_a_ratio() {
        qt().forAll(integers().between(1900, 2098), integers().between(1, 40)).checkAssert((from, length) -> {
            int to = Math.min(2099, from + length);
            String text = "Overall SMR (" + from + "–" + to + ") was 1.52 (95% CI 1.21–1.90).";
            assertThat(read(text)).as(text).singleElement().satisfies(s -> {
                assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RATE_RATIO);
                assertThat(s.printedValue()).contains("1.52");
            });
        });
    }
}
