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
        // a pass over a tenth of the input for each of a tenth of its characters: quadratic (1 million
        // steps at 10 KB, 100 million at 100 KB, each depending on the last, so that no compiler skips them)
        double quadratic = Scaling.ratio(n -> "a".repeat(n), s -> {
            int m = s.length() / 10;
            long acc = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    acc = acc * 31 + (s.charAt(j) ^ i);
                }
            }
            sink = acc;
        });
        assertThat(linear).isLessThan(30);
        assertThat(quadratic).isGreaterThan(30);
    }
}
