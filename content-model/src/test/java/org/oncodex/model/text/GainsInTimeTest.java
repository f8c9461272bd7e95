package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A gain in time given as an average ("extended survival by an average of about 3.5 months") or after
 * "longer" ("a significantly longer median overall survival by 8.5 months") is a difference in time, as
 * "extended survival by about 3 months" is. Examples from real text (heldout-11).
 */
class GainsInTimeTest {

    private static List<EffectStatement> differences(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.MEAN_DIFFERENCE)
                .toList();
    }

    @Test
    void reads_a_gain_given_as_an_average() {
        // Reuters Health, reposted by an advocacy group
        assertThat(differences("Researchers looked at the 62 cancer drugs approved in the U.S. and Europe between"
                        + " 2003 and 2013 and found they extended survival by an average of about 3.5 months."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("3.5");
                    assertThat(s.approximate()).isTrue();
                });
    }

    @Test
    void reads_a_gain_after_longer_and_by() {
        // PROSTVAC news on a trade site
        assertThat(differences("The headline data as previously reported showed that patients in the PROSTVAC(TM)"
                        + " group had a significantly longer median overall survival by 8.5 months compared to the"
                        + " control group."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("8.5");
                    assertThat(s.endpoint()).contains(org.oncodex.model.Endpoint.OS);
                });
    }

    @Test
    void longer_without_a_time_after_by_is_no_gain() {
        assertThat(differences("Follow-up was longer in the second cohort by design."))
                .isEmpty();
        assertThat(differences("Patients no longer needed transfusions by 12 weeks of age."))
                .isEmpty();
    }

    @Test
    void any_longer_survival_by_a_time_reads_its_size() {
        qt().withExamples(200)
                .forAll(
                        integers().between(1, 40),
                        integers().between(0, 9),
                        integers().between(0, 1))
                .checkAssert((whole, tenth, unit) -> {
                    String size = whole + "." + tenth;
                    String text = "The arm had a longer median progression-free survival by " + size
                            + (unit == 0 ? " months" : " weeks") + " than the control arm.";
                    assertThat(differences(text))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> assertThat(s.printedValue()).contains(size));
                });
    }
}
