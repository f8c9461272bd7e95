package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers the grounding rule reads in the shapes the third held-out batch ({@link SeededHeldOutBatch3Test})
 * found misread. The sentences were written for these tests in other words than the batch's; the correct
 * ones state results of the bundled evidence base, set into the GPT-style skeleton with its sixteen
 * sources.
 */
class GroundingRuleTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                // a count in words before "of" and a total in digits
                "Pembrolizumab shrank tumours in four of 22 people (18%) with MSI-high pancreatic cancer in KEYNOTE-158"
                        + " [4].",
                // the level of an interval after its label, in another language
                "En HIMALAYA, el hazard ratio de muerte fue de 0.78 (IC del 95 %: 0.66–0.92) [7].",
                "In HIMALAYA betrug die Hazard Ratio 0.78 (KI 95%: 0.66–0.92) [7].",
            })
    void a_number_a_cited_result_gives_is_grounded(String sentence) {
        assertThat(NaturalWordingsTest.errors(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Pembrolizumab shrank tumours in five of 22 people (23%) with MSI-high pancreatic cancer in KEYNOTE-158 [4]. | 22 people (23%)",
                // a rate of 95% is no interval's level without the interval's label
                "In HIMALAYA, 95% of people were alive at one year [7]. | 95%",
            })
    void a_number_no_cited_result_gives_is_found(String sentence, String quote) {
        assertThat(NaturalWordingsTest.errors(sentence)).as(sentence).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("ONC-NUMBER-UNGROUNDED");
            assertThat(f.quote()).hasValueSatisfying(q -> assertThat(q).contains(quote));
        });
    }
}
