package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pair of values written out after one treatment ("lenvatinib was noninferior ... with median OS of 13.6 and 12.3
 * months", extra correct set 7, k06): the second value is the other arm's, the one set against ("than sorafenib") or
 * else the second named, not the treatment's named before the pair. Written for these tests against REFLECT's bundled
 * medians (13.6 months with lenvatinib, 12.3 with sorafenib, the words of the result's quote).
 *
 * <p>First run: 4 of 7 passed. "Compared with sorafenib, lenvatinib ..." read both arms as set against (the window
 * before lenvatinib reached back to "Compared with"), fixed by reading only the words since the treatment before; and
 * an example "median overall survival with lenvatinib was 12.3 months" raised nothing, since REFLECT's quote grounds
 * 12.3 (a known miss of batch 13), so it was replaced by "12.3 vs 13.6 months". After: 7 of 7.
 */
class SecondValueOfPairTest {
    private static boolean misattributed(String passage) {
        return NaturalWordingsTest.errors(passage).stream()
                .anyMatch(f -> f.ruleId().equals("ONC-NUMBER-MISATTRIBUTED"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REFLECT did not show that lenvatinib helps people live longer than sorafenib; lenvatinib was"
                        + " noninferior, with median OS of 13.6 and 12.3 months [3].",
                "Compared with sorafenib, lenvatinib had a median overall survival of 13.6 and 12.3 months [3].",
                "In REFLECT, lenvatinib and sorafenib gave median overall survival of 13.6 months and 12.3 months [3].",
                "Lenvatinib was noninferior to sorafenib: median OS 13.6 vs 12.3 months [3].",
            })
    void the_second_value_is_the_other_arms(String passage) {
        assertThat(misattributed(passage)).as(passage).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REFLECT did not show that lenvatinib helps people live longer than sorafenib; lenvatinib was"
                        + " noninferior, with median OS of 12.3 and 13.6 months [3].",
                "Compared with sorafenib, lenvatinib had a median overall survival of 12.3 and 13.6 months [3].",
                "Lenvatinib was noninferior to sorafenib: median OS 12.3 vs 13.6 months [3].",
            })
    void values_in_the_wrong_order_are_still_misattributed(String passage) {
        assertThat(misattributed(passage)).as(passage).isTrue();
    }
}
