package org.oncodex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The yardstick of the timing-ratio tests tells linear work from quadratic work. */
class ScalingTest {

    private static volatile long sink;

    @Test
    @Tag("timing")
    void linear_work_gives_a_ratio_near_10_and_quadratic_work_one_near_100() {
        double linear = Scaling.ratio(
                n -> "a".repeat(n), s -> sink = s.chars().filter(c -> c == 'a').count());
        // a pass over a twentieth of the input for each of a twentieth of its characters: quadratic
        double quadratic = Scaling.ratio(n -> "a".repeat(n), s -> {
            int m = s.length() / 20;
            long pairs = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    pairs += s.charAt(i) == s.charAt(j) ? 1 : 0;
                }
            }
            sink = pairs;
        });
        assertThat(linear).isLessThan(30);
        assertThat(quadratic).isGreaterThan(30);
    }
}
