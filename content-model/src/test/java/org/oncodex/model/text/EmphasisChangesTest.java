package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word that stresses the size of a change ("by a full 42%", "by a further 10%", "fell fully 8%") leaves
 * it a relative change of that size; without a verb of change the percentage stays a share.
 */
class EmphasisChangesTest {

    private static final List<String> EMPHASIS =
            List.of("a full", "a further", "an additional", "a whopping", "a striking", "fully");

    private static List<EffectStatement> changes(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE)
                .toList();
    }

    @Test
    void reads_a_change_by_a_full_percentage() {
        // law-firm blog on OlympiA (heldout-10)
        assertThat(changes("Remarkably, the risk of recurrence or death was lowered by a full 42% in the women"
                        + " in the study receiving the PARP inhibitor cancer drug."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("42");
                    assertThat(s.relativeChange())
                            .hasValueSatisfying(
                                    c -> assertThat(c.direction()).isEqualTo(RelativeChange.Direction.LOWER));
                });
        assertThat(changes("Screening cut deaths by a further 10% in the second decade."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("10"));
        assertThat(changes("Incidence fell fully 8% in a year."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("8"));
    }

    @Test
    void a_stressed_share_without_a_verb_of_change_is_no_change() {
        assertThat(changes("A full 42% of the women had a recurrence.")).isEmpty();
    }

    @Test
    void any_stressed_percentage_after_reduced_by_is_a_change_downward() {
        qt().withExamples(300)
                .forAll(integers().between(1, 99), integers().between(0, EMPHASIS.size() - 1))
                .checkAssert((pct, e) -> {
                    String text = "The drug reduced the risk of death by " + EMPHASIS.get(e) + " " + pct + "%.";
                    assertThat(changes(text)).as(text).singleElement().satisfies(s -> {
                        assertThat(s.value()).hasValue(pct.doubleValue());
                        assertThat(s.relativeChange())
                                .hasValueSatisfying(
                                        c -> assertThat(c.direction()).isEqualTo(RelativeChange.Direction.LOWER));
                    });
                });
    }
}
