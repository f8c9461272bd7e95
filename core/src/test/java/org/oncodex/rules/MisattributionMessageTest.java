package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the misattribution rule's message says a number belongs to: the result's trial, endpoint,
 * subgroup and arms, as the bundled evidence base records them. The sentences were written for these
 * tests and set into the GPT-style skeleton ({@link NaturalWordingsTest}).
 */
class MisattributionMessageTest {
    private static String message(String sentence) {
        return NaturalWordingsTest.errors(sentence).stream()
                .filter(f -> f.ruleId().equals("ONC-NUMBER-MISATTRIBUTED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no misattribution in: " + sentence))
                .message();
    }

    @Test
    void a_subgroups_ratio_is_named_with_its_subgroup_and_both_arms() {
        assertThat(message(
                        "Ramucirumab helped people with HCC regardless of their AFP level (HR 0.71; 95% CI 0.53–0.95)"
                                + " [10]."))
                .contains("is REACH-2's overall survival in alpha-fetoprotein ≥ 400 ng/mL with ramucirumab + best"
                        + " supportive care (vs placebo + best supportive care) (result reach-2-os), not ");
    }

    @Test
    void a_comparators_median_is_named_with_the_comparator() {
        assertThat(message("In HIMALAYA, median overall survival was 13.8 months (tremelimumab plus durvalumab) [7]."))
                .contains("is HIMALAYA's overall survival with sorafenib (result himalaya-os-median), not ");
    }
}
