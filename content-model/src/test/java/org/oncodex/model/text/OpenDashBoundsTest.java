package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An interval whose upper end could not be estimated, printed as a dash where the end stands: "18 (15.3, –)",
 * "(95% CI 8.3 to –)". The end is open ("NE"); a dash glued to a number is still its minus sign.
 */
class OpenDashBoundsTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void reads_a_dash_after_the_comma_as_an_open_upper_end() {
        // venclextahcp.com, VIALE-A table printed row by row (heldout-9)
        assertThat(parse("Median DOCR (months), (95% CI) 18 (15.3, –) 13.4 (8.7, 17.6)"))
                .first()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.printedValue()).contains("18");
                    assertThat(s.printedLower()).contains("15.3");
                    assertThat(s.printedUpper()).contains("NE");
                });
        assertThat(parse("median 18 months (95% CI 15.3 to –)"))
                .singleElement()
                .satisfies(s -> assertThat(s.printedUpper()).contains("NE"));
    }

    @Test
    void a_dash_glued_to_a_number_stays_its_sign() {
        assertThat(EffectStatements.parse("−1.2 (−2.0, −0.5)", ParseContext.column("Mean difference (95% CI)"))
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedUpper()).contains("-0.5"));
    }

    @Test
    void a_dash_not_closing_the_bracket_is_no_open_end() {
        assertThat(parse("median 18 months (95% CI 15.3, – 2)"))
                .noneMatch(s -> s.printedUpper().filter("NE"::equals).isPresent());
    }

    @Test
    void any_lower_end_with_a_dash_for_the_upper_reads_both() {
        qt().withExamples(300)
                .forAll(integers().between(1, 500), integers().between(1, 200))
                .checkAssert((tenths, gap) -> {
                    String lower = String.format(Locale.ROOT, "%.1f", tenths / 10.0);
                    String point = String.format(Locale.ROOT, "%.1f", (tenths + gap) / 10.0);
                    String text = "median " + point + " months (95% CI " + lower + ", –)";
                    assertThat(parse(text)).as(text).singleElement().satisfies(s -> {
                        assertThat(s.printedLower()).contains(lower);
                        assertThat(s.printedUpper()).contains("NE");
                    });
                });
    }
}
