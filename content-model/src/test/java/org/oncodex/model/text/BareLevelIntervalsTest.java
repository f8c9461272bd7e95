package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.ConfidenceInterval;

/**
 * An interval printed with its level but not its name, right after the bracket: "9.0 (95%, 8.3–9.7)", "HR 0.70
 * (95%: 0.55-0.90)". It was read as a share of 95% (an ungrounded number for the rules) or as bounds 95 and 8.3.
 * Sentences written for the test, in the shape of heldout-6 row h6-068.
 */
class BareLevelIntervalsTest {

    private static EffectStatement only(String text) {
        List<EffectStatement> read = EffectStatements.parse(text).statements();
        assertThat(read).as(text).hasSize(1);
        return read.get(0);
    }

    private static void interval(EffectStatement s, double level, double lower, double upper) {
        ConfidenceInterval ci = s.ci().orElseThrow();
        assertThat(ci.level()).isEqualTo(level);
        assertThat(ci.lower()).isEqualTo(lower);
        assertThat(ci.upper()).isEqualTo(upper);
    }

    @Test
    void aLevelWithACommaColonOrNothingBeforeTheBounds() {
        interval(only("HR 0.70 (95%: 0.55-0.90)"), 0.95, 0.55, 0.90);
        interval(only("HR was 0.70 (95% 0.55-0.90)"), 0.95, 0.55, 0.90);
        interval(only("HR 0.70 (90%, 0.55 to 0.90)"), 0.90, 0.55, 0.90);
        EffectStatement withP = only("HR 0.70 (95% 0.55 to 0.90; P = 0.01)");
        interval(withP, 0.95, 0.55, 0.90);
        assertThat(withP.pValue()).isPresent();
    }

    @Test
    void twoMediansEachWithItsBareLevel() {
        List<EffectStatement> read = EffectStatements.parse(
                        "median OS was 9.0 (95%, 8.3–9.7) and 4.0 (95%, 3.9–4.1) months respectively")
                .statements();
        assertThat(read).isNotEmpty();
        EffectStatement first = read.get(0);
        assertThat(first.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
        assertThat(first.value()).hasValue(9.0);
        interval(first, 0.95, 8.3, 9.7);
        assertThat(read)
                .noneMatch(s -> s.value().orElse(0) == 95.0
                        || s.printedLower().orElse("").equals("95"));
    }

    @Test
    void aShareThatIsNoConventionalLevelIsNoInterval() {
        assertThat(EffectStatements.parse("HR 0.70 (60%, 0.55-0.90)").statements())
                .noneMatch(s -> s.ci().isPresent());
        // a level with no bounds after it stays what it was
        assertThat(EffectStatements.parse("HR 0.70 (95%, n = 40)").statements()).noneMatch(s -> s.ci().isPresent());
    }

    @Test
    void everyConventionalLevelWithBoundsIsAnInterval() {
        double[] levels = {80, 90, 95, 97.5, 99, 99.9};
        qt().forAll(
                        integers().between(0, levels.length - 1),
                        integers().between(1, 40),
                        integers().between(41, 99))
                .checkAssert((k, lo, hi) -> {
                    String level = levels[k] == Math.rint(levels[k])
                            ? Integer.toString((int) levels[k])
                            : Double.toString(levels[k]);
                    String text = String.format(Locale.ROOT, "HR 0.40 (%s%%, 0.%02d-0.%02d)", level, lo, hi);
                    EffectStatement s = only(text);
                    assertThat(s.kind()).as(text).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                    interval(s, IntervalWords.fraction(new Tokens(level).at(0)), lo / 100.0, hi / 100.0);
                });
    }
}
