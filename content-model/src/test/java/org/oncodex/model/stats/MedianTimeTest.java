package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MedianTimeTest {

    @Test
    void keeps_a_median_with_its_interval() {
        // WJCO 2026 Table 2, KEYNOTE-158 PDAC: median OS = 4.0 months, 95% CI: 2.1-8.7
        MedianTime os = MedianTime.of(4.0, Unit.MONTHS, ConfidenceInterval.of(2.1, 8.7));
        assertThat(os.value()).hasValue(4.0);
        assertThat(os.isReached()).isTrue();
        assertThat(os.ci()).contains(ConfidenceInterval.of(2.1, 8.7));
        assertThat(os.kind()).isEqualTo(EffectEstimate.Kind.MEDIAN_TIME);
    }

    @Test
    void an_upper_bound_not_reached_leaves_no_closed_interval() {
        // JCO style: 30.0 months (95% CI, 18.3 months to not reached)
        MedianTime os = MedianTime.builder()
                .value(30.0)
                .unit(Unit.MONTHS)
                .ciLevel(0.95)
                .ciLower(18.3)
                .build();
        assertThat(os.ci()).isEmpty();
        assertThat(os.ciLower()).hasValue(18.3);
        assertThat(os.ciUpper()).isEmpty();
    }

    @Test
    void a_median_not_reached_has_no_value() {
        MedianTime nr = MedianTime.notReached(Unit.MONTHS);
        assertThat(nr.isReached()).isFalse();
        assertThat(nr.value()).isEmpty();
    }

    @Test
    void lists_every_problem_at_once() {
        assertThatThrownBy(() -> MedianTime.builder()
                        .value(-1)
                        .unit(Unit.PERCENT)
                        .ciLower(9)
                        .ciUpper(3)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MedianTime has 4 problems")
                .hasMessageContaining("unit must be a unit of time: PERCENT")
                .hasMessageContaining("value must not be negative: -1.0")
                .hasMessageContaining("need a confidence level")
                .hasMessageContaining("lower bound 9.0 must be less than upper bound 3.0");
    }
}
