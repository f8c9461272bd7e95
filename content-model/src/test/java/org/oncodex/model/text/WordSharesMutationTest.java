package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.model.Endpoint;

/**
 * The edges of {@link WordShares}: where a share's phrase starts, what must follow it, ranges of two fractions,
 * frequencies with "every", what is printed, approximate and the endpoint given. PIT left 30 of 89 of its mutants
 * alive (parser run q4, 2026-12-01). Every text here is written for the test.
 */
class WordSharesMutationTest {

    private static List<EffectStatement> of(String text, EffectStatement.Kind kind) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == kind)
                .toList();
    }

    private static List<EffectStatement> shares(String text) {
        return of(text, EffectStatement.Kind.PROPORTION);
    }

    @Test
    void theShareStartsAtItsNumeratorOrItsWordOfRounding() {
        assertThat(shares("Roughly a quarter of patients relapsed"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).hasValue(25.0);
                    assertThat(s.printedValue()).contains("25");
                    assertThat(s.approximate()).isTrue();
                    assertThat(s.text()).isEqualTo("Roughly a quarter");
                });
        assertThat(shares("A quarter of patients relapsed")).singleElement().satisfies(s -> {
            assertThat(s.approximate()).isFalse();
            assertThat(s.text()).isEqualTo("A quarter");
        });
        assertThat(shares("One-third of patients relapsed")).singleElement().satisfies(s -> {
            assertThat(s.printedValue()).contains("33.3");
            assertThat(s.start()).isZero();
        });
        assertThat(shares("two thirds of patients relapsed"))
                .singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("two thirds"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"of the", "of all", "of those", "of these", "the", "of"})
    void theWordsBeforeThePeopleMayBe(String words) {
        assertThat(shares("half " + words + " patients relapsed"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(50.0));
    }

    @Test
    void aShareNeedsOfOrTheAndAWordAfterIt() {
        assertThat(shares("a quarter in patients relapsed")).isEmpty();
        assertThat(shares("a quarter of 120 patients relapsed")).isEmpty();
        assertThat(shares("half of the time")).isEmpty();
        assertThat(shares("a third of the way through")).isEmpty();
        assertThat(shares("half of all time")).isEmpty();
    }

    @Test
    void aFractionAfterByOrAfterANumberIsNoShare() {
        assertThat(shares("the risk fell by a third of patients")).isEmpty();
        assertThat(shares("one and a half of the doses")).isEmpty();
    }

    @Test
    void aRangeOfFractionsRunsLowToHighBeforeOf() {
        assertThat(of("one-fifth to one-third of patients relapsed", EffectStatement.Kind.RANGE))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedLower()).contains("20");
                    assertThat(s.printedUpper()).contains("33.3");
                    assertThat(s.printedValue()).contains("20-33.3");
                    assertThat(s.text()).isEqualTo("one-fifth to one-third");
                    assertThat(s.approximate()).isFalse();
                });
        assertThat(of("one-third to one-fifth of patients relapsed", EffectStatement.Kind.RANGE))
                .isEmpty();
        assertThat(of("one-fifth to one-fifth of patients relapsed", EffectStatement.Kind.RANGE))
                .isEmpty();
        assertThat(of("one-fifth to one-third in patients relapsed", EffectStatement.Kind.RANGE))
                .isEmpty();
        assertThat(of("about one-fifth to one-third of patients relapsed", EffectStatement.Kind.RANGE))
                .singleElement()
                .satisfies(s -> assertThat(s.approximate()).isTrue());
    }

    @Test
    void aShareIsPrintedWholeOrToOneDecimal() {
        assertThat(WordShares.printed(50.0)).isEqualTo("50");
        assertThat(WordShares.printed(100.0 / 3)).isEqualTo("33.3");
        assertThat(WordShares.printed(12.5)).isEqualTo("12.5");
        assertThat(WordShares.printed(200.0 / 3)).isEqualTo("66.7");
    }

    @Test
    void aShareSaidToSurviveCountsOverallSurvivalUnlessTheCallerNamesTheEndpoint() {
        assertThat(shares("two-thirds of patients survive at least five years"))
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.OS));
        assertThat(shares("two-thirds of patients relapsed"))
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).isEmpty());
        assertThat(EffectStatements.parse("two-thirds of patients", ParseContext.endpoint(Endpoint.ORR))
                        .statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.ORR));
    }

    @Test
    void aFrequencyWithEveryIsACountOfItsTotal() {
        assertThat(of("12 of every 100 women", EffectStatement.Kind.COUNT))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).hasValue(12.0);
                    assertThat(s.printedValue()).contains("12");
                    assertThat(s.text()).isEqualTo("12 of every 100");
                    assertThat(s.approximate()).isFalse();
                });
        assertThat(of("12 in every 100 women", EffectStatement.Kind.COUNT))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(12.0));
        assertThat(of("1 in every 4 women", EffectStatement.Kind.COUNT))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).hasValue(1.0);
                    assertThat(s.printedValue()).contains("1");
                });
        assertThat(of("about 12 of every 100 women", EffectStatement.Kind.COUNT))
                .singleElement()
                .satisfies(s -> assertThat(s.approximate()).isTrue());
    }

    @Test
    void aFrequencyNeedsAWholeCountEveryAndATotalOfTwoOrMore() {
        assertThat(of("12.5 of every 100 women", EffectStatement.Kind.COUNT)).isEmpty();
        assertThat(of("12 of each 100 women", EffectStatement.Kind.COUNT)).isEmpty();
        assertThat(of("12 to every 100 women", EffectStatement.Kind.COUNT)).isEmpty();
        assertThat(of("1 of every 1 women", EffectStatement.Kind.COUNT)).isEmpty();
    }

    @Test
    void readingGoesOnAfterAFrequency() {
        assertThat(of("12 of every 100 women and 30 of every 100 men", EffectStatement.Kind.COUNT))
                .extracting(s -> s.value().orElseThrow())
                .containsExactly(12.0, 30.0);
    }

    @Test
    void theCallersEndpointIsAFrequencysToo() {
        assertThat(EffectStatements.parse("12 of every 100 women", ParseContext.endpoint(Endpoint.ORR))
                        .statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.COUNT)
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.ORR));
    }
}
