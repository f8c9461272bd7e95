package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * The second ratio of a "respectively" pair takes the label of the first, also when a P value stands between
 * them, and each takes the endpoint in its place. Written for the test.
 */
class RespectivelyRatiosTest {

    private static List<EffectStatement> ratios(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .toList();
    }

    @Test
    void a_p_value_between_the_two_ratios_does_not_end_the_series() {
        List<EffectStatement> hr =
                ratios("Drug A improved PFS and OS (hazard ratio: 0.64, p=0.031; and 0.61, p=0.028 respectively).");
        assertThat(hr).hasSize(2);
        assertThat(hr.get(0).printedValue()).contains("0.64");
        assertThat(hr.get(0).endpoint()).contains(Endpoint.PFS);
        assertThat(hr.get(0).pValue())
                .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(0.031));
        assertThat(hr.get(1).printedValue()).contains("0.61");
        assertThat(hr.get(1).endpoint()).contains(Endpoint.OS);
        assertThat(hr.get(1).pValue())
                .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(0.028));
    }

    @Test
    void two_ratios_after_a_plural_label_take_the_endpoints_in_order() {
        List<EffectStatement> hr = ratios("The HRs for PFS and OS were 0.62 and 0.71, respectively.");
        assertThat(hr).extracting(s -> s.printedValue().orElse("")).containsExactly("0.62", "0.71");
        assertThat(hr).extracting(s -> s.endpoint().orElseThrow()).containsExactly(Endpoint.PFS, Endpoint.OS);
        List<EffectStatement> bare = ratios("HRs 0.62 and 0.71, respectively");
        assertThat(bare).extracting(s -> s.printedValue().orElse("")).containsExactly("0.62", "0.71");
    }

    @Test
    void a_number_after_a_p_value_and_other_words_takes_no_label() {
        assertThat(ratios("The hazard ratio was 0.64 (p=0.031); the trial enrolled 120 patients."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("0.64"));
    }
}
