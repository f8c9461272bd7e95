package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A comparison named "A vs B" before a lone number ("REFLECT (lenvatinib vs sorafenib): mOS 13.6 mo") names the
 * trial's arms: the number is credited to A, as the first number of a pair is, not to B for standing nearest. Found
 * by the extra correct set 9; written for these tests. The values are results of the bundled evidence base
 * (REFLECT's median overall survival, 13.6 months with lenvatinib; SHARP's, 10.7 months with sorafenib and 7.9 with
 * placebo; CELESTIAL's, 10.2 months with cabozantinib).
 */
class VersusPairNamesArmsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "REFLECT (lenvatinib vs sorafenib): OS HR 0.92 (95% CI 0.79–1.06), non-inferior; mOS 13.6 mo [3].",
                "In REFLECT, lenvatinib versus sorafenib gave a median overall survival of 13.6 months [3].",
                "CELESTIAL (cabozantinib vs. placebo): median overall survival 10.2 months [5].",
                // numbers joined by a slash after the pair: each is its side's arm's
                "In REFLECT, median overall survival with lenvatinib versus sorafenib was 13.6/12.3 months [3].",
            })
    void the_first_of_a_named_pair_is_credited(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the comparator named alone before the intervention's value still credits the comparator
                "In REFLECT, sorafenib gave a median overall survival of 13.6 months [3].",
                // the pair named the other way round credits the value to the arm named first
                "REFLECT (sorafenib vs lenvatinib): mOS 13.6 mo [3].",
                "In REFLECT, median overall survival with lenvatinib versus sorafenib was 12.3/13.6 months [3].",
            })
    void a_value_credited_to_the_other_arm_is_still_misattributed(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-NUMBER-MISATTRIBUTED", "arm");
    }
}
