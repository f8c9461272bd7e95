package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.Unit;

/**
 * A column of differences takes its kind from what it differences: of a response rate, a difference of risks
 * in percentage points; of a time or a score, a mean difference. The cells are written for the test.
 */
class DifferenceHeadersTest {

    private static List<EffectStatement> cell(String text, String header) {
        return EffectStatements.parse(text, ParseContext.column(header)).statements();
    }

    @Test
    void a_difference_of_response_rates_is_a_risk_difference_in_points() {
        assertThat(cell("16.0 (9.8 to 22.2)", "Difference in ORR (95% CI)"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE);
                    assertThat(s.printedValue()).contains("16.0");
                    assertThat(s.printedLower()).contains("9.8");
                    assertThat(s.printedUpper()).contains("22.2");
                    assertThat(s.endpoint()).contains(Endpoint.ORR);
                    assertThat(s.estimate())
                            .hasValueSatisfying(
                                    e -> assertThat(((MeanDifference) e).unit()).isEqualTo(Unit.PERCENTAGE_POINTS));
                });
    }

    @Test
    void a_difference_of_times_or_scores_stays_a_mean_difference() {
        assertThat(cell("-2.1 (-4.0 to -0.2)", "Difference in OS (95% CI)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE));
        assertThat(cell("1.2 (0.4 to 2.0)", "Difference in pain score (95% CI)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE));
    }

    @Test
    void a_difference_in_per_cent_in_brackets_is_a_risk_difference() {
        // table cell (predicted minus observed 10-year OS, breast cancer; heldout-8)
        assertThat(cell("−4.4 (−5.7, −3.0)", "Difference 1 (%) (95% CI) (CancerMath-Observed)"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE);
                    assertThat(s.printedLower()).contains("-5.7");
                });
        assertThat(cell("−4.4 (−5.7, −3.0)", "Difference (%) (95% CI)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE));
    }

    @Test
    void a_mean_or_standardised_difference_in_per_cent_stays_a_mean_difference() {
        assertThat(cell("2.1 (0.5 to 3.7)", "Mean difference (%)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE));
        assertThat(cell("−5·4%", "Standardised difference, %"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE));
    }
}
