package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncodex.disclaimers.DisclaimerKind.CONSULT_CARE_TEAM;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A doctor who "knows your situation and is the right person to guide" you sends the reader to them, as "your doctor
 * is the right person to" does: a few words may stand between the doctor and the claim (found by extra correct set
 * 15). Sentences written for this test.
 */
class CareTeamRightPersonTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Your oncologist knows your situation and is the right person to guide your decisions.",
                "Your doctor is the best person to answer questions about your own treatment.",
                "Your doctors, who have your scans, are the right people to decide this with you.",
            })
    void a_doctor_who_is_the_right_person_to_guide_you_is_the_consult_disclaimer(String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, Locale.ENGLISH)).contains(CONSULT_CARE_TEAM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The trial enrolled people whose doctor judged them fit for treatment.",
                "Your oncologist knows your situation well.",
                "A physician reviewed every scan in the trial, and the right dose was chosen by a committee.",
            })
    void a_doctor_named_without_sending_you_to_them_is_no_consult_disclaimer(String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, Locale.ENGLISH)).doesNotContain(CONSULT_CARE_TEAM);
    }
}
