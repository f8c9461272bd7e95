package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative change worded as a share of the people spared an event ("42% of people were spared death" for a
 * hazard ratio of 0.58) is found; a rate of people free of the event that a result gives is not. Written for these
 * tests; the values are results of the bundled evidence base (IMbrave150's ratio for death, 0.58; IMbrave050's
 * 12-month recurrence-free rates, 78% and 65%, and ratio, 0.72).
 */
class SparedWordingTest {
    @Test
    void a_relative_change_worded_as_a_share_of_people_spared_is_found() {
        NaturalWordingsTest.assertFinds(
                "With atezolizumab plus bevacizumab, about 42% of people were spared death compared with sorafenib"
                        + " (HR 0.58) [1].",
                "ONC-STAT-WORDING", "share of the people spared");
    }

    @Test
    void a_rate_of_people_free_of_the_event_raises_no_error() {
        String passage = "In IMbrave050, 78% of people on atezolizumab plus bevacizumab were spared a recurrence at 12"
                + " months, against 65% with active surveillance (HR 0.72) [12].";
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void every_share_of_people_spared_an_event_is_read_with_its_percentage() {
        List<String> spared = List.of("were spared death", "avoided progression", "were kept from dying");
        qt().forAll(integers().between(1, 99), integers().between(0, spared.size() - 1))
                .checkAssert((percent, verb) -> {
                    String text = "About " + percent + "% of the patients " + spared.get(verb) + " on the drug.";
                    List<AbsoluteWordings.Wording> found = AbsoluteWordings.of(text);
                    assertThat(found).as(text).hasSize(1);
                    assertThat(found.get(0).kind()).isEqualTo(AbsoluteWordings.Kind.SPARED);
                    assertThat(found.get(0).percent()).isEqualTo(percent.doubleValue());
                    assertThat(found.get(0).words()).endsWith(spared.get(verb));
                });
    }
}
