package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "(difference, 19.2; 95% CI ...)" in brackets right after two percentages is a difference of the shares (a risk
 * difference in points); after plain numbers it stays a mean difference.
 */
class DifferenceAfterSharesTest {

    @Test
    void reads_a_difference_after_two_response_rates_as_a_risk_difference() {
        // real text: PMC11074923 (KEYNOTE-671 author manuscript) through a proxy (heldout-12, h12-062)
        ParseResult r = EffectStatements.parse("Major pathologic response rates were 30.2% versus 11.0% (difference,"
                + " 19.2; 95% CI, 13.9–24.7; P<0.00001).");
        EffectStatement d = r.statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RISK_DIFFERENCE)
                .findFirst()
                .orElseThrow();
        assertThat(d.printedValue()).contains("19.2");
        assertThat(d.printedLower()).contains("13.9");
        assertThat(d.printedUpper()).contains("24.7");
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.MEAN_DIFFERENCE);
    }

    @Test
    void keeps_a_difference_after_plain_numbers_a_mean_difference() {
        // written for this test: the nearby form the change must not touch
        ParseResult r = EffectStatements.parse(
                "Mean scores were 61.2 versus 55.0 points (difference, 6.2; 95% CI," + " 2.1 to 10.3).");
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.RISK_DIFFERENCE);
    }
}
