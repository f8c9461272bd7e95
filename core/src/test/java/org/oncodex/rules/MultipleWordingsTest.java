package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A multiple said of two arms' medians or rates ("four times as long", "more than tripled", "five times the rate")
 * is held against the quotient of the two values beside it, or of the result its sentence names by trial and
 * endpoint. The passages are written for these tests; the values are results of the bundled evidence base (CELESTIAL's
 * median progression-free survival, 5.2 and 1.9 months, as its quote gives them; REFLECT's response rates, 24.1%
 * and 9.2%).
 */
class MultipleWordingsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "In CELESTIAL, people on cabozantinib went about four times as long before the cancer grew as those on"
                        + " placebo (5.2 vs 1.9 months) [16].",
                "Cabozantinib more than tripled median progression-free survival compared with placebo in CELESTIAL"
                        + " [16].",
                "In REFLECT, the response rate with lenvatinib was five times the rate with sorafenib [3].",
                // a ratio beside it does not make a multiple of time the ratio's
                "In CELESTIAL, people on cabozantinib went about four times as long before the cancer grew as those on"
                        + " placebo (HR 0.44; 95% CI 0.36–0.52) [16].",
            })
    void a_multiple_the_two_values_do_not_give_is_found_at_its_words(String passage) {
        NaturalWordingsTest.assertFinds(passage, "ONC-STAT-WORDING", "quotient of the two arms' values");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In CELESTIAL, people on cabozantinib went nearly three times as long before the cancer grew as those"
                        + " on placebo (5.2 vs 1.9 months) [16].",
                "Cabozantinib more than doubled median progression-free survival compared with placebo in CELESTIAL"
                        + " [16].",
                "In REFLECT, the response rate with lenvatinib was about 2.6 times the rate with sorafenib [3].",
                "In REFLECT, the response rate with lenvatinib was more than twice the rate with sorafenib [3].",
                // no pair beside it and no trial named: nothing to hold it against
                "Some treatments work several times as long as others [3].",
            })
    void a_multiple_the_two_values_give_raises_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void the_multiple_of_a_risk_is_left_to_the_ratio() {
        assertThat(MultipleWordings.of("People with liver metastases were three times more likely to die"))
                .isEmpty();
        assertThat(MultipleWordings.of("a two-fold higher risk of death")).isEmpty();
        assertThat(MultipleWordings.of("three times the risk of death")).isEmpty();
    }

    @Test
    void bounding_words_set_the_quotients_a_multiple_stands_for() {
        MultipleWordings.Multiple more =
                MultipleWordings.of("more than tripled the median").get(0);
        assertThat(more.words()).isEqualTo("more than tripled");
        assertThat(more.standsFor(3.2)).isTrue();
        assertThat(more.standsFor(2.74)).isFalse();
        MultipleWordings.Multiple nearly =
                MultipleWordings.of("nearly three times as long").get(0);
        assertThat(nearly.standsFor(2.74)).isTrue();
        assertThat(nearly.standsFor(3.2)).isFalse();
        MultipleWordings.Multiple about =
                MultipleWordings.of("about four times as long").get(0);
        assertThat(about.words()).isEqualTo("four times as long");
        assertThat(about.standsFor(4.4)).isTrue();
        assertThat(about.standsFor(2.74)).isFalse();
    }

    @Test
    void a_multiple_beside_a_pair_is_found_exactly_when_the_pairs_quotient_is_outside_what_it_stands_for() {
        List<String> words = List.of("two", "three", "four", "five", "six");
        qt().withExamples(500)
                .forAll(
                        integers().between(0, words.size() - 1),
                        integers().between(5, 400),
                        integers().between(5, 400))
                .checkAssert((w, a, b) -> {
                    int n = w + 2;
                    double first = a / 10.0;
                    double second = b / 10.0;
                    String sentence = String.format(
                            Locale.ROOT,
                            "People on the drug went %s times as long as those on placebo (%.1f vs %.1f months)",
                            words.get(w),
                            first,
                            second);
                    double quotient = Math.max(first, second) / Math.min(first, second);
                    boolean outside = Math.abs(quotient - n) > Math.max(0.5, 0.15 * n) + 1e-9;
                    List<MultipleWordings.Contradiction> found =
                            MultipleWordings.contradicted(sentence, List.of(new double[] {first, second}), List::of);
                    assertThat(found).as(sentence).hasSize(outside ? 1 : 0);
                });
    }
}
