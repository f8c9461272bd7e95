package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncodex.disclaimers.DisclaimerKind.CONSULT_CARE_TEAM;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A care team that "will go over" or "can talk through" what fits you sends the reader to it, as "will tell
 * you" does (found by held-out batch 15's patient-portal reply). Sentences written for this test.
 */
class CareTeamGoesOverTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Your care team will go over what is right for you.",
                "Your oncologist can talk through which option fits you.",
                "Your doctor will go through the choices with you at your next visit.",
            })
    void a_team_that_will_go_over_your_options_is_the_consult_disclaimer(String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, Locale.ENGLISH)).contains(CONSULT_CARE_TEAM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The trial team will go over the scans every nine weeks.",
                "Nurses went through the side effects with each patient in the trial.",
                "Radiologists can talk through imaging findings at tumour boards.",
            })
    void going_over_something_in_a_trial_is_no_disclaimer(String sentence) {
        assertThat(BUNDLED.kindsStatedBy(sentence, Locale.ENGLISH)).doesNotContain(CONSULT_CARE_TEAM);
    }
}
