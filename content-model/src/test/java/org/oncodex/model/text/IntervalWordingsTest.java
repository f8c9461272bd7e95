package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two wordings of an interval after a value: a range spelled with "from" inside its bracket ("59 years (from
 * 20 to 85)"), and the name restated as its abbreviation ("95% confidence interval, CI: 0.71, 0.95").
 * Examples from real text (heldout-6 and heldout-7).
 */
class IntervalWordingsTest {

    private static List<EffectStatement> read(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void reads_a_range_spelled_with_from_in_its_bracket() {
        // Radiol Oncol article on a digital library (glioblastoma)
        assertThat(read("Their median age was 59 years (from 20 to 85) and all but one had the diagnosis confirmed"
                        + " by a pathologist."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
                    assertThat(s.printedValue()).contains("59");
                    assertThat(s.printedLower()).contains("20");
                    assertThat(s.printedUpper()).contains("85");
                });
    }

    @Test
    void reads_an_interval_whose_name_is_restated_as_ci() {
        // CRD/DARE summary (heldout-6)
        assertThat(read("A survival benefit for chemotherapy was observed (pooled HR of death 0.82, 95% confidence"
                        + " interval, CI: 0.71, 0.95, P=0.01)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                    assertThat(s.printedLower()).contains("0.71");
                    assertThat(s.printedUpper()).contains("0.95");
                });
    }

    @Test
    void a_change_from_one_value_to_another_or_a_lone_from_is_no_range_of_a_value() {
        assertThat(read("Median age 62 (from 41) years")).singleElement().satisfies(s -> {
            assertThat(s.printedLower()).isEmpty();
            assertThat(s.printedUpper()).isEmpty();
        });
        assertThat(read("The 95% confidence interval, which was wide, did not exclude 1."))
                .isEmpty();
        assertThat(read("Survival improved from 20% to 35% (P = 0.01)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
                    assertThat(s.comparatorEstimate()).isPresent();
                });
    }

    @Test
    void any_median_age_with_a_from_range_reads_both_ends() {
        qt().withExamples(200)
                .forAll(
                        integers().between(18, 40),
                        integers().between(41, 60),
                        integers().between(61, 99))
                .checkAssert((low, median, high) -> {
                    String text = "The median age was " + median + " years (from " + low + " to " + high + ").";
                    assertThat(read(text)).as(text).singleElement().satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
                        assertThat(s.printedLower()).contains(Integer.toString(low));
                        assertThat(s.printedUpper()).contains(Integer.toString(high));
                    });
                });
    }
}
