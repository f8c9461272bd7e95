package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bound whose percentage has an article before it ("more than a 2% risk of developing cancer", "less than
 * a 10% chance") is a bound on that share, as "more than 2%" is; before a change ("more than a 50%
 * reduction") it stays a change. Example from a HealthDay story (heldout-11).
 */
class BoundArticlesTest {

    private static List<EffectStatement> bounds(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.BOUND)
                .toList();
    }

    @Test
    void reads_a_bound_on_a_share_with_an_article() {
        assertThat(bounds("To identify factors associated with more than a 2% risk of developing cancer in five years,"
                        + " researchers analyzed two American Cancer Society studies that included nearly 430,000"
                        + " participants with no personal history of cancer."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("2"));
        assertThat(bounds("Patients had less than a 10% chance of relapse."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("10"));
    }

    @Test
    void a_bound_on_a_change_is_no_bound_on_a_share() {
        assertThat(bounds("The drug gave more than a 50% reduction in tumour size."))
                .isEmpty();
        assertThat(bounds("It showed more than a 25% relative risk reduction.")).isEmpty();
    }

    @Test
    void any_bound_with_an_article_reads_its_share() {
        qt().withExamples(200)
                .forAll(integers().between(1, 99), integers().between(0, 1))
                .checkAssert((n, less) -> {
                    String text =
                            "Carriers had " + (less == 0 ? "more" : "less") + " than a " + n + "% risk of cancer.";
                    assertThat(bounds(text))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> assertThat(s.value()).hasValue((double) n));
                });
    }
}
