package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Proportion;

/**
 * Natural frequencies whose total is written in words, as patient-facing pages and model answers write them: "one in
 * four women", "two out of three patients", "1 in eight", "one in every five". Each is a {@link
 * EffectStatement.Kind#COUNT} of its total, as "1 in 4 women" is. Every sentence here is written for the test.
 */
class SpelledFrequenciesTest {

    private static List<EffectStatement> counts(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.COUNT)
                .toList();
    }

    private static void readsAs(String text, int count, int total, String printed) {
        assertThat(counts(text)).as(text).singleElement().satisfies(s -> {
            assertThat(s.estimate()).contains(Proportion.ofCount(count, total));
            assertThat(s.text()).isEqualTo(printed);
        });
    }

    @Test
    void aTotalInWordsAfterInOrOutOf() {
        readsAs("About one in eight women will be diagnosed.", 1, 8, "one in eight women");
        readsAs("one in four women will develop it", 1, 4, "one in four women");
        readsAs("two out of three patients responded", 2, 3, "two out of three patients");
        readsAs("1 in eight women", 1, 8, "1 in eight women");
        readsAs("In one in three cases, the tumour shrank", 1, 3, "one in three cases");
    }

    @Test
    void aTotalInWordsAfterEvery() {
        readsAs("one in every four women", 1, 4, "one in every four");
        readsAs("two out of every three patients", 2, 3, "two out of every three patients");
    }

    @Test
    void aBoundOnAFrequencyInWordsStaysABound() {
        assertThat(EffectStatements.parse("More than one in four people survive.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND));
    }

    @Test
    void aNumberInWordsThatIsNoTotalStaysAWord() {
        assertThat(counts("Three in five years had relapsed")).isEmpty();
        assertThat(counts("she was one in a million")).isEmpty();
        assertThat(counts("in one of the trials")).isEmpty();
        assertThat(counts("the one in charge")).isEmpty();
    }

    @Test
    void everyFrequencyInWordsIsItsCountOfItsTotal() {
        qt().forAll(integers().between(1, 9), integers().between(2, 99))
                .assuming((n, d) -> n < d)
                .checkAssert((n, d) -> {
                    String text = NumberWords.toWords(n) + " in " + NumberWords.toWords(d) + " patients";
                    readsAs(text, n, d, text);
                    String outOf = NumberWords.toWords(n) + " out of " + NumberWords.toWords(d) + " patients";
                    readsAs(outOf, n, d, outOf);
                });
    }
}
