package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * A gain in time named by a noun and what gained, "prolongation in median overall survival of 11.7 months",
 * is a mean difference, as "a median overall survival benefit of 1.86 months" is; a median of people named
 * after "in" stays a median. Example from real text (heldout-6).
 */
class GainNounsTest {

    private static List<EffectStatement> read(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void reads_a_gain_named_by_a_noun_then_what_gained() {
        // news blog on NETTER-1 (Lutathera)
        assertThat(read("A secondary objective of the Phase 3 study of treatment using Lutathera in patients with"
                        + " midgut neuroendocrine tumors showed prolongation in median overall survival of 11.7"
                        + " months, the Swiss drugmaker said late Thursday."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
                    assertThat(s.printedValue()).contains("11.7");
                    assertThat(s.endpoint()).contains(Endpoint.OS);
                });
    }

    @Test
    void a_median_of_the_people_named_after_in_stays_a_median() {
        assertThat(read("There was a benefit in patients with a median overall survival of 11.7 months."))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
        assertThat(read("The median overall survival of 11.7 months was an improvement."))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
    }

    @Test
    void any_gain_noun_and_endpoint_reads_a_mean_difference() {
        qt().withExamples(200)
                .forAll(
                        integers().between(1, 300),
                        integers().between(0, 3),
                        integers().between(0, 2))
                .checkAssert((tenths, noun, what) -> {
                    String size = (tenths / 10) + "." + (tenths % 10);
                    String text = "The trial showed an "
                            + List.of("improvement", "extension", "advantage", "improvement")
                                    .get(noun)
                            + " in "
                            + List.of("median overall survival", "median PFS", "overall survival")
                                    .get(what)
                            + " of "
                            + size
                            + " months.";
                    assertThat(read(text)).as(text).singleElement().satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
                        assertThat(s.printedValue()).contains(size);
                    });
                });
    }
}
