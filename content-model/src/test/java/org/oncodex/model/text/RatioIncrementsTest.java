package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ratio given per an increment ("odds ratio 1.5 per 50 Gy [95% CI: 1.1–2.0]") keeps the interval that
 * follows the increment. Example from real text (heldout-6).
 */
class RatioIncrementsTest {

    private static List<EffectStatement> read(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void reads_the_interval_after_the_increment() {
        // Eur J Nucl Med Mol Imaging abstract (radioligand therapy)
        assertThat(read("Cycle 1 radiation dose in measurable lesions was associated with local response (odds"
                        + " ratio 1.5 per 50 Gy [95% CI: 1.1–2.0], p = 0.002) when adjusted by tumour grade and RSC."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.ODDS_RATIO);
                    assertThat(s.printedValue()).contains("1.5");
                    assertThat(s.printedLower()).contains("1.1");
                    assertThat(s.printedUpper()).contains("2.0");
                });
        assertThat(read("HR 1.3 per SD (1.1-1.5)"))
                .singleElement()
                .satisfies(s -> assertThat(s.printedLower()).contains("1.1"));
    }

    @Test
    void an_increment_with_no_bracket_after_it_takes_no_later_interval() {
        List<EffectStatement> read = read("The HR was 0.8 per year of follow-up, and 0.9 (0.8-1.0) later.");
        assertThat(read).hasSize(2);
        assertThat(read.get(0).printedLower()).isEmpty();
        assertThat(read.get(1).printedValue()).contains("0.9");
        assertThat(read.get(1).printedLower()).contains("0.8");
    }

    @Test
    void any_increment_keeps_its_interval() {
        qt().withExamples(200)
                .forAll(integers().between(1, 100), integers().between(0, 3))
                .checkAssert((size, unit) -> {
                    String text = "HR 1.12 per " + size + " "
                            + List.of("years", "Gy", "kg", "mg/day").get(unit) + " (95% CI 1.01-1.25)";
                    assertThat(read(text)).as(text).singleElement().satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                        assertThat(s.printedLower()).contains("1.01");
                        assertThat(s.printedUpper()).contains("1.25");
                    });
                });
    }
}
