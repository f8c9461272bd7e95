package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Proportion;

/**
 * A count of events or people "among" a total, as trial reports print it: "1000 deaths among 1924 patients" (the
 * shape of heldout-6 row h6-070, which was read as nothing). Sentences written for the test.
 */
class CountsAmongTest {

    private static final List<String> COUNTED =
            List.of("deaths", "events", "cases", "relapses", "recurrences", "responses", "responders", "patients");

    private static List<EffectStatement> counts(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.COUNT)
                .toList();
    }

    @Test
    void aCountAmongATotalIsACountOfIt() {
        assertThat(counts("There were 1000 deaths among 1924 patients assigned to chemotherapy"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.estimate()).contains(Proportion.ofCount(1000, 1924));
                    assertThat(s.text()).isEqualTo("1000 deaths among 1924 patients");
                });
        assertThat(counts("3 deaths among the 50 patients"))
                .singleElement()
                .satisfies(s -> assertThat(s.estimate()).contains(Proportion.ofCount(3, 50)));
    }

    @Test
    void amongNeedsWhatWasCountedAndATotalNoSmallerThanTheCount() {
        assertThat(counts("12 among 100")).isEmpty();
        assertThat(counts("12 months among 100 patients")).isEmpty();
        assertThat(counts("deaths among 1924 patients")).isEmpty();
        assertThat(counts("200 deaths among 100 patients")).isEmpty();
    }

    @Test
    void everyCountedWordAmongATotal() {
        qt().forAll(
                        integers().between(0, COUNTED.size() - 1),
                        integers().between(1, 500),
                        integers().between(0, 500))
                .checkAssert((w, count, more) -> {
                    String text = count + " " + COUNTED.get(w) + " among " + (count + more) + " patients";
                    assertThat(counts(text))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> assertThat(s.estimate()).contains(Proportion.ofCount(count, count + more)));
                });
    }
}
