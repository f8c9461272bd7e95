package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * A change "from ~X to Y" or "from about X to Y" is a change whose first value is approximate: the value
 * reached, with the first as its comparator, not a range. Example from real text (heldout-8).
 */
class ApproximateFromTest {

    private static List<EffectStatement> read(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void reads_a_change_from_an_approximate_value() {
        // onedaymd.com, machine-written review page
        assertThat(read("OS Evidence: OS data not mature; PFS extended from ~26.9 to 40.7 months [7]."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.printedValue()).contains("40.7");
                    assertThat(s.comparatorEstimate()).isPresent();
                    assertThat(s.endpoint()).contains(Endpoint.PFS);
                    assertThat(s.approximate()).isTrue();
                    assertThat(s.text()).isEqualTo("from ~26.9 to 40.7 months");
                });
        assertThat(read("Rates fell from about 30% to 20%.")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
            assertThat(s.printedValue()).contains("20");
        });
    }

    @Test
    void an_approximate_span_without_a_change_stays_a_range() {
        assertThat(read("Response rates ranged from ~4% to 20% across the trials."))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RANGE));
    }

    @Test
    void any_approximate_start_reads_the_value_reached() {
        qt().withExamples(200)
                .forAll(
                        integers().between(1, 49),
                        integers().between(50, 99),
                        integers().between(0, 2))
                .checkAssert((from, to, mark) -> {
                    String approx = List.of("~", "about ", "approximately ").get(mark);
                    String text = "Survival improved from " + approx + from + "% to " + to + "%.";
                    assertThat(read(text)).as(text).singleElement().satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
                        assertThat(s.printedValue()).contains(Integer.toString(to));
                        assertThat(s.comparatorEstimate()).isPresent();
                    });
                });
    }
}
