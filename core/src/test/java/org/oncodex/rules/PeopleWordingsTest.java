package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A relative change from a ratio worded as people per hundred or as a chance, in more of the words models use.
 * Written for these tests; the ratios are results of the bundled evidence base (IMbrave150's 0.58 for death,
 * REFLECT's 0.66 for progression).
 */
class PeopleWordingsTest {
    private static final String SAYS = "words a relative change from a ratio";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In IMbrave150, for every 100 people treated with atezolizumab plus bevacizumab instead of sorafenib, 42"
                        + " deaths were prevented (HR 0.58; 95% CI 0.42–0.79) [1].",
                "If 100 people took atezolizumab plus bevacizumab instead of sorafenib in IMbrave150, about 42 more"
                        + " would be alive (HR 0.58; 95% CI 0.42–0.79) [1].",
                "In IMbrave150, 4 out of 10 more people were alive with atezolizumab plus bevacizumab (HR 0.58; 95% CI"
                        + " 0.42–0.79) [1].",
                "In REFLECT, lenvatinib gave a 34% better chance of staying progression-free (HR 0.66) [3].",
                "In REFLECT, 34% of people on lenvatinib had their cancer held back compared with sorafenib (HR 0.66)"
                        + " [3].",
                // held-out batch 11: a share that avoided death, four words after "patients"; people per a clinic of 50
                "With a hazard ratio of 0.58, 42% of patients on atezolizumab plus bevacizumab avoided death compared"
                        + " with sorafenib in IMbrave150 [1].",
                "Out of a clinic of 50 patients treated with tremelimumab plus durvalumab instead of sorafenib, about 11"
                        + " fewer would die (HR 0.78) [7].",
            })
    void a_ratio_worded_as_people_or_a_chance_is_found(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-STAT-WORDING", SAYS);
    }

    @Test
    void the_same_change_worded_as_a_lower_risk_raises_no_error() {
        String passage = "In IMbrave150, the risk of death was 42% lower with atezolizumab plus bevacizumab (HR 0.58;"
                + " 95% CI 0.42–0.79) [1].";
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void n_fewer_in_a_clinic_of_d_is_a_share_per_its_denominator() {
        qt().forAll(integers().between(1, 9), integers().between(10, 400)).checkAssert((n, d) -> {
            String words = "out of a clinic of " + d + " patients, about " + n + " fewer would die";
            assertThat(AbsoluteWordings.of(words))
                    .as(words)
                    .singleElement()
                    .satisfies(w -> assertThat(w.percent())
                            .isCloseTo(100.0 * n / d, org.assertj.core.data.Offset.offset(1e-9)));
        });
    }

    @Test
    void n_out_of_d_more_people_is_a_share_per_its_denominator() {
        qt().forAll(integers().between(1, 9), integers().between(2, 19)).checkAssert((n, d) -> {
            String words = n + " out of " + d + " more people were alive";
            assertThat(AbsoluteWordings.of(words))
                    .as(words)
                    .singleElement()
                    .satisfies(w -> assertThat(w.percent())
                            .isCloseTo(100.0 * n / d, org.assertj.core.data.Offset.offset(1e-9)));
        });
    }
}
