package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.Unit;

/** A difference in percentage points, the unit hyphenated to its number or not. Written for the test. */
class PercentagePointsTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_hyphenated_percentage_point_difference_is_a_risk_difference() {
        for (String text : List.of(
                "to detect a 7-percentage-point absolute difference in survival",
                "to detect a 7-percentage point difference in survival",
                "to detect a 7 percentage-point difference in survival",
                "to detect a 7 percentage point difference in survival")) {
            assertThat(parse(text)).as(text).singleElement().satisfies(s -> {
                assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE);
                assertThat(s.printedValue()).contains("7");
                assertThat(s.estimate())
                        .hasValueSatisfying(
                                e -> assertThat(((MeanDifference) e).unit()).isEqualTo(Unit.PERCENTAGE_POINTS));
            });
        }
    }

    @Test
    void a_hyphen_before_a_word_that_is_not_the_unit_changes_nothing() {
        assertThat(parse("a 7-point scale")).isEmpty();
    }
}
