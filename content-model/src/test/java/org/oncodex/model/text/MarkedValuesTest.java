package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A footnote mark run on a value before its bracket ("1.20* (1.13 to 1.28)", "HR 0.72† (0.61–0.85)") leaves
 * the bracket the value's interval, as it is without the mark.
 */
class MarkedValuesTest {

    private static List<EffectStatement> parse(String text, ParseContext context) {
        return EffectStatements.parse(text, context).statements();
    }

    @Test
    void reads_the_interval_after_a_marked_value() {
        // a cell under "Geometric mean effect size (95% CI)" (heldout-7), here under a ratio's header
        assertThat(parse("1.20* (1.13 to 1.28)", ParseContext.column("HR (95% CI)")))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("1.20");
                    assertThat(s.printedLower()).contains("1.13");
                    assertThat(s.printedUpper()).contains("1.28");
                });
        assertThat(parse("median OS 12.1‡ (10.2–14.0) months", ParseContext.none()))
                .singleElement()
                .satisfies(s -> assertThat(s.printedUpper()).contains("14.0"));
    }

    @Test
    void a_mark_with_a_space_before_it_or_no_bracket_after_it_changes_nothing() {
        assertThat(parse("HR 0.72 * (0.61–0.85)", ParseContext.none()))
                .noneMatch(s -> s.printedLower().isPresent()
                        && s.printedValue().filter("0.72"::equals).isPresent());
        assertThat(parse("HR 0.72*", ParseContext.none()))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("0.72"));
    }

    @Test
    void any_mark_between_a_ratio_and_its_interval_is_skipped() {
        String marks = Counts.FOOTNOTE_MARKS;
        qt().withExamples(300)
                .forAll(
                        integers().between(20, 500),
                        integers().between(1, 19),
                        integers().between(0, marks.length() - 1))
                .checkAssert((hundredths, gap, mark) -> {
                    String v = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
                    String lo = String.format(Locale.ROOT, "%.2f", (hundredths - gap) / 100.0);
                    String hi = String.format(Locale.ROOT, "%.2f", (hundredths + gap) / 100.0);
                    String text = "HR " + v + marks.charAt(mark) + " (" + lo + "–" + hi + ")";
                    assertThat(parse(text, ParseContext.none()))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> {
                                assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                                assertThat(s.printedLower()).contains(lo);
                                assertThat(s.printedUpper()).contains(hi);
                            });
                });
    }
}
