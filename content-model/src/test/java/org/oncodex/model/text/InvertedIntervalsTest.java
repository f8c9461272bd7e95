package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * A bracket after a value that is no interval of it: an inverted pair is reported and not attached, and
 * then the statement prints no bounds either; a number followed by a range ("(60%, 12-18)") is not read
 * as the two ends of an interval at all. The sentences are written for the test.
 */
class InvertedIntervalsTest {

    @Test
    void a_share_and_a_range_in_the_bracket_are_no_interval() {
        ParseResult r = EffectStatements.parse("ORR was 40% (60%, 12-18)");
        assertThat(r.statements()).first().satisfies(s -> {
            assertThat(s.printedValue()).contains("40");
            assertThat(s.printedLower()).isEmpty();
            assertThat(s.printedUpper()).isEmpty();
            assertThat(s.ci()).isEmpty();
        });
    }

    @Test
    void an_inverted_interval_is_reported_and_prints_no_bounds() {
        ParseResult r = EffectStatements.parse("Median OS was 12.1 months (95% CI 13.0-11.0)");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.printedValue()).contains("12.1");
            assertThat(s.printedLower()).isEmpty();
            assertThat(s.printedUpper()).isEmpty();
        });
        assertThat(r.diagnostics()).anyMatch(d -> d.code() == Diagnostic.Code.INVERTED_INTERVAL);
    }

    @Test
    void a_named_interval_with_a_comma_still_reads() {
        assertThat(EffectStatements.parse("ORR was 40% (95% CI, 30, 50)").statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedLower()).contains("30");
                    assertThat(s.printedUpper()).contains("50");
                });
    }

    @Test
    void printed_bounds_are_always_in_order() {
        qt().forAll(
                        integers().between(1, 98),
                        integers().between(1, 98),
                        integers().between(1, 98))
                .checkAssert((value, a, b) -> {
                    String text = "ORR was " + value + "% (" + a + "%, " + b + ")";
                    for (EffectStatement s : EffectStatements.parse(text).statements()) {
                        if (s.printedLower().isPresent() && s.printedUpper().isPresent()) {
                            assertThat(Double.parseDouble(s.printedLower().get()))
                                    .as(text)
                                    .isLessThan(
                                            Double.parseDouble(s.printedUpper().get()));
                        }
                    }
                });
    }
}
