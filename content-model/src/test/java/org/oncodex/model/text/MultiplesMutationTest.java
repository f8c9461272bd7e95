package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.model.Endpoint;

/**
 * The edges of {@link Multiples}: how far back the verb of a rise and how far on the risk may stand, which words
 * make a schedule, what is printed and what is approximate. PIT left 27 of 72 of its mutants alive (parser run q4,
 * 2026-12-01). Every sentence here is written for the test.
 */
class MultiplesMutationTest {

    private static List<EffectStatement> ratios(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RISK_RATIO)
                .toList();
    }

    private static String words(int n) {
        return "word ".repeat(n);
    }

    @Test
    void theVerbOfARiseMayStandTenWordsBeforeBy() {
        // "raised" + ten words + "by": the verb is the furthest word the reader looks at
        assertThat(ratios("Smoking raised " + words(9) + "risk by 3-fold"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(3.0));
        assertThat(ratios("Smoking raised " + words(11) + "risk by 3-fold")).isEmpty();
    }

    @Test
    void anythingButAWordBetweenTheVerbAndByEndsTheLookBack() {
        assertThat(ratios("Smoking raised the risk, in men, by 3-fold")).isEmpty();
        assertThat(ratios("Smoking raised the risk in men by 3-fold"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(3.0));
    }

    @Test
    void aMultipleAfterByWithNoVerbOfARiseIsNoRatio() {
        assertThat(ratios("The dose was divided by 3-fold")).isEmpty();
        assertThat(ratios("Smoking raised the risk 3-fold")).isEmpty();
    }

    @Test
    void theRiskMayBeNamedUpToThreeWordsAfterTheRise() {
        assertThat(ratios("a 4-fold higher primary cancer risk"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(4.0));
        assertThat(ratios("a 4-fold higher second primary cancer risk")).isEmpty();
        assertThat(ratios("a 4-fold greater odds of relapse"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(4.0));
        assertThat(ratios("a 4-fold excess mortality"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(4.0));
        // a rise named by a word the reader does not take as one
        assertThat(ratios("a 4-fold bigger risk")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"risk", "risks", "odds", "hazard", "likelihood", "chance"})
    void everyWordForARiskCounts(String risk) {
        assertThat(ratios("carriers had a 5-fold higher " + risk + " of relapse"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(5.0));
        assertThat(ratios("carriers had twice the " + risk + " of relapse"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(2.0));
    }

    @Test
    void theArticleBeforeTheRiskMustBeTheOrAn() {
        assertThat(ratios("carriers had twice an elevated risk")).isEmpty();
        assertThat(ratios("carriers had twice a risk")).isEmpty();
        assertThat(ratios("carriers had twice their risk")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"likely", "often", "common", "commonly", "frequent", "frequently"})
    void moreOrAsWithAWordOfFrequencyCounts(String often) {
        assertThat(ratios("the tumour was 3 times more " + often + " in smokers"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(3.0));
        assertThat(ratios("the tumour was twice as " + often + " in smokers"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(2.0));
    }

    @Test
    void moreOrAsWithAnotherWordIsNoRatio() {
        assertThat(ratios("the tumour was 3 times more aggressive in smokers")).isEmpty();
        assertThat(ratios("the tumour was twice as large in smokers")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a day", "per week", "daily", "weekly", "each cycle", "every week", "over a year", "/ day"})
    void aScheduleIsNoMultiple(String schedule) {
        assertThat(ratios("the risk rose by 3 times " + schedule)).isEmpty();
        assertThat(Multiples.dosing(new Tokens("x " + schedule), 1)).isTrue();
    }

    @Test
    void aMultipleOfOneOrLessIsNoRise() {
        assertThat(ratios("smoking raised the risk by 1-fold")).isEmpty();
        assertThat(ratios("smoking raised the risk by 0.5-fold")).isEmpty();
    }

    @Test
    void theValueIsPrintedAsWrittenOrFromTheWord() {
        assertThat(ratios("a 2.50-fold higher risk"))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("2.50"));
        assertThat(ratios("a threefold higher risk"))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("3"));
        assertThat(ratios("twice the risk")).singleElement().satisfies(s -> {
            assertThat(s.printedValue()).contains("2");
            assertThat(s.start()).isZero();
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
            assertThat(s.estimate()).isPresent();
        });
    }

    @Test
    void aMultipleIsExactUnlessWordedAsApproximate() {
        assertThat(ratios("a 3-fold higher risk"))
                .singleElement()
                .satisfies(s -> assertThat(s.approximate()).isFalse());
        assertThat(ratios("about twice the risk"))
                .singleElement()
                .satisfies(s -> assertThat(s.approximate()).isTrue());
    }

    @Test
    void theEndpointInForceIsTheMultiplesWhenNamedCloseBefore() {
        assertThat(ratios("For overall survival, carriers had twice the risk of death."))
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.OS));
        assertThat(ratios("For overall survival, " + words(30) + "carriers had twice the risk of death."))
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).isEmpty());
    }

    @Test
    void readingGoesOnAfterTheMultiple() {
        List<EffectStatement> all = ratios("a 3-fold higher risk and a 5-fold higher odds");
        assertThat(all).extracting(s -> s.value().orElseThrow()).containsExactly(3.0, 5.0);
    }
}
