package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verdict in a heading ("Lenvatinib beat sorafenib", "a statistically significant win") is held against the
 * ratios of the section under it. Written for these tests; the ratios are results of the bundled evidence base
 * (REFLECT's 0.92, 0.79–1.06; IMpower150's 0.68, 0.45–1.02 in people with liver metastases; SHARP's 0.69,
 * 0.55–0.87).
 */
class HeadingVerdictsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "### Lenvatinib beat sorafenib for survival\n\nIn REFLECT the hazard ratio for death was 0.92 (95% CI"
                        + " 0.79–1.06) [3].",
                "### A statistically significant win with liver metastases\n\nIn people whose lung cancer had spread to"
                        + " the liver, the hazard ratio for death was 0.68 (95% CI 0.45–1.02) in IMpower150 [4].",
                "### Lenvatinib: a clear survival advantage\n\nIn REFLECT the hazard ratio for death was 0.92 (95% CI"
                        + " 0.79–1.06) [3].",
                "### A significant survival benefit\n\nIn REFLECT the hazard ratio for death was 0.92 (95% CI"
                        + " 0.79–1.06) [3].",
            })
    void a_heading_that_claims_a_win_over_an_inconclusive_section_is_found(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-STAT-WORDING", "heading");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "### Sorafenib beat placebo for survival\n\nIn SHARP the hazard ratio for death was 0.69 (95% CI"
                        + " 0.55–0.87) [8].",
                "### Did lenvatinib beat sorafenib?\n\nIn REFLECT the hazard ratio for death was 0.92 (95% CI"
                        + " 0.79–1.06) [3].",
                "### No clear win for lenvatinib\n\nIn REFLECT the hazard ratio for death was 0.92 (95% CI 0.79–1.06)"
                        + " [3].",
                // "significant" that says "important", not a statistic
                "### Significant findings\n\nIn REFLECT the hazard ratio for death was 0.92 (95% CI 0.79–1.06) [3].",
                "### Significant side effects\n\nIn REFLECT the hazard ratio for death was 0.92 (95% CI 0.79–1.06)"
                        + " [3].",
            })
    void a_heading_that_the_section_backs_or_that_claims_nothing_raises_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }
}
