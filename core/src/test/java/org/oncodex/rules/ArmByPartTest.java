package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An arm named by its part in the trial ("the control arm", "the placebo group", "the treatment arm") credits the
 * number to the comparator or the intervention, as a treatment's name does. Written for these tests; the values are
 * results of the bundled evidence base (CheckMate 9DW's median overall survival, 23.7 and 20.6 months; SHARP's,
 * 10.7 and 7.9; IMbrave150's response rates, 28% and 12%).
 */
class ArmByPartTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "In CheckMate 9DW, median overall survival in the control arm (sorafenib or lenvatinib) was 23.7"
                        + " months [11].",
                "In SHARP, median overall survival was 7.9 months in the sorafenib group and 10.7 months in the placebo"
                        + " group [8].",
                "In IMbrave150, 12% of people in the treatment arm responded, against 28% in the control arm [2].",
                "In IMbrave150, 12% of people in the active arm responded, against 28% in the comparison arm [2].",
            })
    void a_value_credited_to_the_other_arm_by_its_part_is_misattributed(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-NUMBER-MISATTRIBUTED", "arm");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In CheckMate 9DW, median overall survival in the control arm (sorafenib or lenvatinib) was 20.6"
                        + " months [11].",
                "In SHARP, median overall survival was 10.7 months in the sorafenib group and 7.9 months in the placebo"
                        + " group [8].",
                "In IMbrave150, 28% of people in the treatment arm responded, against 12% in the control arm [2].",
                "In CheckMate 9DW, median overall survival was 23.7 months in the experimental arm [11].",
                "In IMbrave150, 28% of people in the active arm responded, against 12% in the comparison arm [2].",
            })
    void a_value_credited_to_its_own_arm_by_its_part_raises_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }
}
