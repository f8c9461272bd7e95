package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A good rate said to be higher or lower "with" an arm ("the chance of being alive at one year was lower with X than
 * with Y (67.2% vs 54.6%)"), read against the pair of rates. Written for these tests; IMbrave150's 12-month survival,
 * 67.2% with atezolizumab plus bevacizumab and 54.6% with sorafenib, is a result of the bundled evidence base.
 */
class RatesWithArmTest {
    private static final String PAIR = " with atezolizumab plus bevacizumab than with sorafenib (67.2% vs 54.6%) [1].";

    @Test
    void a_rate_said_lower_with_the_arm_that_has_the_higher_one_is_found() {
        NaturalWordingsTest.assertFinds(
                "In IMbrave150, the chance of being alive at one year was lower" + PAIR,
                "ONC-STAT-WORDING",
                "lower with");
    }

    @Test
    void the_same_rate_said_higher_raises_no_error() {
        String passage = "In IMbrave150, the chance of being alive at one year was higher" + PAIR;
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void a_rate_of_a_bad_event_is_not_read_as_a_good_one() {
        String passage = "In IMbrave150, the rate of serious side effects was lower" + PAIR;
        assertThat(NaturalWordingsTest.errors(passage).stream()
                        .filter(f -> f.message().contains("lower with")))
                .as(passage)
                .isEmpty();
    }
}
