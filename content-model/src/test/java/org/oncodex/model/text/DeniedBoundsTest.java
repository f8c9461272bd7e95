package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.ValueRange;

/**
 * A bound told by denying its opposite: "no less than", "not lower than", "can not be lower than", "cannot be
 * higher than", "no greater than". Sentences written for the test, in the shape of heldout-6 row h6-047 ("the final
 * median survival ... can not be lower than 22.7 months"), which was read as a median of 22.7.
 */
class DeniedBoundsTest {

    private static final List<String> NEGATIONS = List.of("no", "not", "can not be", "cannot be", "will not be");
    private static final List<String> BELOW = List.of("less", "fewer", "lower", "shorter", "smaller");
    private static final List<String> ABOVE = List.of("more", "greater", "higher", "longer", "larger");

    private static EffectStatement bound(String text) {
        List<EffectStatement> read = EffectStatements.parse(text).statements();
        assertThat(read)
                .as(text)
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND));
        return read.get(0);
    }

    @Test
    void aMedianThatCanNotBeLowerIsAtLeastIt() {
        EffectStatement s = bound("the final median survival can not be lower than 22.7 months");
        ValueRange r = (ValueRange) s.estimate().orElseThrow();
        assertThat(r.lower()).hasValue(22.7);
        assertThat(r.upper()).isEmpty();
        assertThat(s.printedValue()).contains("22.7");
    }

    @Test
    void everyDeniedComparisonBoundsTheOtherWay() {
        qt().forAll(
                        integers().between(0, NEGATIONS.size() - 1),
                        integers().between(0, BELOW.size() - 1),
                        integers().between(1, 99))
                .checkAssert((n, c, value) -> {
                    String atLeast = "the share was " + NEGATIONS.get(n) + " " + BELOW.get(c) + " than " + value + "%";
                    ValueRange low = (ValueRange) bound(atLeast).estimate().orElseThrow();
                    assertThat(low.lower()).as(atLeast).hasValue(value);
                    assertThat(low.lowerInclusive()).as(atLeast).isTrue();
                    assertThat(low.upper()).as(atLeast).isEmpty();
                    String atMost = "the share was " + NEGATIONS.get(n) + " " + ABOVE.get(c) + " than " + value + "%";
                    ValueRange high = (ValueRange) bound(atMost).estimate().orElseThrow();
                    assertThat(high.upper()).as(atMost).hasValue(value);
                    assertThat(high.upperInclusive()).as(atMost).isTrue();
                    assertThat(high.lower()).as(atMost).isEmpty();
                });
    }

    @Test
    void aDenialWithNoComparisonOrNoNumberIsNoBound() {
        assertThat(EffectStatements.parse("it was not the 22.7 months expected").statements())
                .noneMatch(s -> s.kind() == EffectStatement.Kind.BOUND);
        assertThat(EffectStatements.parse("PFS was not longer than with placebo")
                        .statements())
                .isEmpty();
        assertThat(EffectStatements.parse("no less 22.7 months").statements())
                .noneMatch(s -> s.kind() == EffectStatement.Kind.BOUND);
    }
}
