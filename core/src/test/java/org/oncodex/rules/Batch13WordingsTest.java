package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Held-out batch 13's wordings, each class with a passage the numbers contradict and one they bear out: significance
 * claimed as "statistically meaningful" or the abbreviation "sig.", significance denied as "could easily be down to
 * chance"; direction idioms "lost ground to" (held against which arm is the subject) and "detrimental" after a dash;
 * an absolute risk reduction abbreviated "ARR 22%" from a ratio. Written for these tests against bundled results
 * (REFLECT OS 0.92 (0.79–1.06), COLLISION OS 1.05 with P = 0.83, IMbrave050 RFS 0.72 (0.56–0.93) with P = .012,
 * HIMALAYA OS 0.78 (0.66–0.92), SHARP OS 0.69 (0.55–0.87), IMbrave150 OS 0.58 (0.42–0.79)).
 *
 * <p>First run (with the patterns changed, before the sentence splitter was): 14 of 15 passed; "sig. OS benefit" was
 * cut into two sentences at "sig.". After "sig." and "approx." end no sentence: 15 of 15.
 */
class Batch13WordingsTest {
    private static boolean raises(String passage, String rule) {
        return NaturalWordingsTest.errors(passage).stream()
                .anyMatch(f -> f.ruleId().equals(rule));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lenvatinib's survival edge over sorafenib in REFLECT was statistically meaningful (HR 0.92; 95% CI"
                        + " 0.79–1.06) [3].",
                "COLLISION (CRLM): ablation vs surgery, OS HR 1.05, P = 0.83 — sig. OS benefit for ablation [4].",
                "In IMbrave050, the lower risk of recurrence with atezolizumab plus bevacizumab (hazard ratio 0.72; 95% CI"
                        + " 0.56–0.93; P = .012) might just as easily be down to chance [12].",
                "In HIMALAYA, durvalumab plus tremelimumab lost ground to sorafenib on overall survival (hazard ratio"
                        + " 0.78) [7].",
                "SHARP: sorafenib vs placebo, OS HR 0.69 (0.55–0.87) — detrimental [8].",
                "In SHARP, sorafenib was detrimental to survival compared with placebo (HR 0.69) [8].",
                "HIMALAYA: STRIDE vs sorafenib, OS HR 0.78 (0.66–0.92), i.e. ARR 22% [7].",
                "HIMALAYA: durvalumab plus tremelimumab vs sorafenib, OS HR 0.78, an ARR of 22 percent [7].",
            })
    void words_the_numbers_contradict_are_found(String passage) {
        assertThat(raises(passage, "ONC-STAT-WORDING")).as(passage).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The IMbrave150 survival benefit was statistically meaningful (HR 0.58; 95% CI 0.42 to 0.79) [1].",
                "Lenvatinib's survival edge over sorafenib was not statistically meaningful (HR 0.92; 95% CI 0.79–1.06)"
                        + " [3].",
                "COLLISION (CRLM): ablation vs surgery, OS HR 1.05, P = 0.83 — no sig. OS difference [4].",
                "In REFLECT the small survival difference (HR 0.92; 95% CI 0.79–1.06) could easily be down to chance"
                        + " [3].",
                "In HIMALAYA, sorafenib lost ground to durvalumab plus tremelimumab on overall survival (hazard ratio"
                        + " 0.78) [7].",
                "SHARP: sorafenib vs placebo, OS HR 0.69 (0.55–0.87), with no detrimental effect on survival [8].",
                "HIMALAYA: durvalumab plus tremelimumab vs sorafenib, OS HR 0.78 (0.66–0.92), a 22% lower risk of death"
                        + " [7].",
            })
    void words_the_numbers_bear_out_raise_no_wording_error(String passage) {
        assertThat(raises(passage, "ONC-STAT-WORDING")).as(passage).isFalse();
    }
}
