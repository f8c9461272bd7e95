package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An explainer saying how a number must not be read ("It does not mean that 42 more people out of every 100
 * survived") states nothing with it. Written for these tests; IMbrave150's hazard ratio for death, 0.58, is a result
 * of the bundled evidence base.
 */
class DeniedMeaningsTest {
    private static final String RATIO = "In IMbrave150, the hazard ratio for death with atezolizumab plus bevacizumab"
            + " compared with sorafenib was 0.58 (95% CI 0.42–0.79) [1]. ";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It does not mean that 42 more people out of every 100 survived.",
                "This doesn't mean 42 out of every 100 people survived.",
                "A 42% lower risk is not the same as 42 more people out of every 100 being alive.",
                "It should not be read as 42 percentage points more survival.",
            })
    void a_number_set_out_as_what_a_statistic_does_not_mean_raises_no_error(String denial) {
        assertThat(NaturalWordingsTest.errors(RATIO + denial)).as(denial).isEmpty();
    }

    @Test
    void a_denial_counts_only_within_its_reach_before_the_number() {
        String denial = "It does not mean that ";
        for (int pad : new int[] {0, DeniedMeanings.REACH - denial.length() - 2, DeniedMeanings.REACH + 10}) {
            String text = denial + "x ".repeat(pad / 2) + "42 more people out of every 100 survived";
            int at = text.indexOf("42") + 2;
            assertThat(DeniedMeanings.before(text, new int[] {0, text.length()}, at))
                    .as("denial %s characters before the number", at)
                    .isEqualTo(at <= DeniedMeanings.REACH);
        }
    }

    @Test
    void a_number_in_a_denied_result_is_still_a_claim() {
        String passage = "In IMbrave150, atezolizumab plus bevacizumab did not lower the risk of death (HR 0.93) [1].";
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isNotEmpty();
    }

    @Test
    void the_same_words_stated_rather_than_denied_are_checked() {
        String stated = RATIO + "It means that 42 more people out of every 100 survived.";
        assertThat(NaturalWordingsTest.errors(stated)).as(stated).isNotEmpty();
    }

    @Test
    void no_number_after_a_denied_meaning_is_held_as_a_claim() {
        qt().withExamples(30).forAll(integers().between(1, 99)).checkAssert(n -> {
            String denied = RATIO + "It does not mean that " + n + " more people out of every 100 survived.";
            assertThat(NaturalWordingsTest.errors(denied)).as(denied).isEmpty();
        });
    }
}
