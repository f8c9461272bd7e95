package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Proportion;

class CountsTest {

    @Test
    void counts_with_their_percentage() {
        assertThat(RecognizerTestSupport.read(new Counts(), "3/48 (6.3%)")
                        .get(0)
                        .estimate())
                .contains(Proportion.of(6.3, 3, 48));
        assertThat(RecognizerTestSupport.read(new Counts(), "11 of 58 RCTs (19%)")
                        .get(0)
                        .estimate())
                .contains(Proportion.of(19, 11, 58));
        assertThat(RecognizerTestSupport.read(new Counts(), "187/219 (85)")
                        .get(0)
                        .estimate())
                .contains(Proportion.of(85, 187, 219));
    }

    @Test
    void a_count_of_people_without_a_percentage() {
        EffectStatement s =
                RecognizerTestSupport.read(new Counts(), "36 of 120 patients").get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.COUNT);
        assertThat(s.estimate()).contains(Proportion.ofCount(36, 120));
    }

    @Test
    void a_slash_between_trial_numbers_is_no_count() {
        assertThat(RecognizerTestSupport.read(new Counts(), "017/057")).isEmpty();
        assertThat(RecognizerTestSupport.read(new Counts(), "5/2")).isEmpty();
    }
}
