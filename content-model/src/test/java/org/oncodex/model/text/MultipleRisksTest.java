package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multiple right before the risk it multiplies ("a 2.2-fold risk of the second cancer", "a threefold risk")
 * is a risk ratio, as "a 2.2-fold higher risk" is. Example from CMAJ as quoted by trade news (heldout-11).
 */
class MultipleRisksTest {

    private static List<EffectStatement> ratios(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RISK_RATIO)
                .toList();
    }

    @Test
    void reads_a_multiple_right_before_its_risk() {
        assertThat(ratios("\"The principal finding of this nationwide study was that excess risk of a second primary"
                        + " cancer was due mainly to a 2.2-fold risk of the second cancer being the same type as the"
                        + " first, whereas the risk of it being a different type was only 1.1-fold,\" the researchers"
                        + " write."))
                .first()
                .satisfies(s -> assertThat(s.printedValue()).contains("2.2"));
        assertThat(ratios("Carriers had a threefold risk of relapse."))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(3.0));
    }

    @Test
    void a_multiple_of_a_dose_or_a_count_is_no_risk_ratio() {
        assertThat(ratios("The dose was given 2 times a day for a week.")).isEmpty();
        assertThat(ratios("Enrollment rose 3-fold over the decade.")).isEmpty();
    }

    @Test
    void any_multiple_before_a_risk_reads_its_size() {
        qt().withExamples(200)
                .forAll(integers().between(1, 9), integers().between(1, 9))
                .checkAssert((whole, tenth) -> {
                    String size = whole + "." + tenth;
                    String text = "Smokers had a " + size + "-fold risk of death in the cohort.";
                    assertThat(ratios(text))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> assertThat(s.printedValue()).contains(size));
                });
    }
}
