package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A difference of two rates in percentage points worded as a percentage of people ("16% more people ... (28% vs
 * 12%)"). Written for these tests; the rates are results of the bundled evidence base (IMbrave150's response rates,
 * 28% and 12%; IMbrave050's 12-month recurrence-free rates, 78% and 65%).
 */
class PointsAsPercentsTest {
    private static final String SAYS = "in percentage points, not a share of the people";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In IMbrave150, 16% more people had their tumours shrink with atezolizumab + bevacizumab than with"
                        + " sorafenib (28% vs 12%) [2].",
                "In IMbrave050, 13% more people were free of recurrence at 12 months with atezolizumab plus"
                        + " bevacizumab (78% vs 65%) [12].",
                "In IMbrave150, the objective response rate was higher with atezolizumab plus bevacizumab: 16 percent"
                        + " more patients responded [2].",
                // held-out batch 11: a rate "boosted by" the points
                "Lenvatinib boosted the response rate by 14.9% compared with sorafenib in REFLECT (24.1% vs 9.2%) [3].",
            })
    void points_worded_as_a_share_of_people_are_found(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-STAT-WORDING", SAYS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In IMbrave150, 16 percentage points more people had their tumours shrink with atezolizumab +"
                        + " bevacizumab than with sorafenib (28% vs 12%) [2].",
                "In IMbrave150, the response rate was 28% with atezolizumab + bevacizumab and 12% with sorafenib [2].",
                "In IMbrave050, 78% vs 65% of people were free of recurrence at 12 months [12].",
                "Atezolizumab plus bevacizumab raised the response rate by 16 percentage points over sorafenib in"
                        + " IMbrave150 (28% vs 12%) [2].",
            })
    void points_said_as_points_raise_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void a_rate_raised_by_a_percentage_is_found_exactly_when_it_is_the_points_and_not_the_relative_change() {
        foundExactlyForThePoints("The new drug raised the response rate by %d%% (%d%% vs %d%%).");
    }

    @Test
    void a_share_is_found_exactly_when_it_is_the_points_and_not_the_relative_change() {
        foundExactlyForThePoints("%d%% more people responded to the new drug (%d%% vs %d%%).");
    }

    /** The wording in {@code format} (the number said, then the two rates) is found exactly when it says the points. */
    private static void foundExactlyForThePoints(String format) {
        qt().withExamples(60)
                .forAll(
                        integers().between(5, 60),
                        integers().between(1, 30),
                        integers().between(-3, 3))
                .checkAssert((low, gap, offset) -> {
                    int high = low.intValue() + gap.intValue();
                    int said = Math.max(1, gap.intValue() + offset.intValue());
                    String passage = String.format(Locale.ROOT, format, said, high, low);
                    double change = 100.0 * gap / low;
                    boolean expected = said == gap.intValue() && Math.abs(said - change) > Math.max(1, change / 10);
                    List<Finding> found = NaturalWordingsTest.errors(passage).stream()
                            .filter(f -> f.message().contains(SAYS))
                            .toList();
                    assertThat(!found.isEmpty()).as(passage).isEqualTo(expected);
                });
    }
}
