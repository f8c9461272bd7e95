package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An interval named in words and given after a verb, with no point ("the 95% confidence interval for the
 * hazard ratio, which is 1.09 to 1.73"), is an interval, not a ratio of 1.09. Example from real text
 * (heldout-7).
 */
class WordedIntervalsTest {

    private static List<EffectStatement> read(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void reads_an_interval_named_before_its_verb() {
        // York course exercise answer (mortality after retirement)
        assertThat(read("The difference is significant at the 0.05 level because the 95% confidence interval for"
                        + " the hazard ratio, which is 1.09 to 1.73, does not include 1.00."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
                    assertThat(s.printedLower()).contains("1.09");
                    assertThat(s.printedUpper()).contains("1.73");
                    assertThat(s.ci())
                            .hasValueSatisfying(ci -> assertThat(ci.level()).isEqualTo(0.95));
                });
        assertThat(read("The 95% CI for the HR was 0.61 to 0.93."))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL));
    }

    @Test
    void numbers_after_another_verb_or_inverted_are_no_interval() {
        assertThat(read("The 95% CI was not reported, and survival was 10 to 12 months."))
                .noneMatch(s -> s.kind() == EffectStatement.Kind.INTERVAL);
        assertThat(read("The 95% CI was 1.73 to 1.09."))
                .noneMatch(s -> s.kind() == EffectStatement.Kind.INTERVAL
                        && s.printedLower().isPresent());
        // a ratio with its own interval after it is read as before
        assertThat(read("The hazard ratio was 0.72 (95% CI, 0.61 to 0.85)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                    assertThat(s.printedLower()).contains("0.61");
                });
    }

    @Test
    void any_ordered_pair_after_the_verb_is_the_interval() {
        qt().withExamples(200)
                .forAll(
                        integers().between(1, 150),
                        integers().between(1, 150),
                        integers().between(0, 2))
                .checkAssert((a, width, form) -> {
                    String lower = (a / 100) + "." + String.format(java.util.Locale.ROOT, "%02d", a % 100);
                    int u = a + width;
                    String upper = (u / 100) + "." + String.format(java.util.Locale.ROOT, "%02d", u % 100);
                    String name = List.of("95% confidence interval", "95% CI", "90% CI")
                            .get(form);
                    String text = "The " + name + " for the odds ratio was " + lower + " to " + upper + ".";
                    assertThat(read(text)).as(text).singleElement().satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
                        assertThat(s.printedLower()).contains(lower);
                        assertThat(s.printedUpper()).contains(upper);
                    });
                });
    }
}
