package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueRangeTest {

    @Test
    void models_the_ablation_table_ranges() {
        // WJCO 2026 Table 4: RFA local control 80%-95%; MWA >= 85%; SBRT grade >= 3 toxicity < 10%
        ValueRange rfa = ValueRange.between(80, 95, Unit.PERCENT);
        ValueRange mwa = ValueRange.atLeast(85, Unit.PERCENT);
        ValueRange toxicity = ValueRange.lessThan(10, Unit.PERCENT);

        assertThat(rfa.contains(80)).isTrue();
        assertThat(rfa.contains(95.5)).isFalse();
        assertThat(mwa.contains(85)).isTrue();
        assertThat(mwa.upper()).isEmpty();
        assertThat(toxicity.contains(10)).isFalse();
        assertThat(toxicity.contains(9.9)).isTrue();
        assertThat(ValueRange.greaterThan(85, Unit.PERCENT).contains(85)).isFalse();
        assertThat(ValueRange.atMost(33, Unit.PERCENT).contains(33)).isTrue();
    }

    @Test
    void rejects_inverted_and_out_of_range_bounds_at_once() {
        assertThatThrownBy(() -> ValueRange.between(95, 180, Unit.PERCENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ValueRange percent bounds must lie within [0, 100]: 95.0 to 180.0");
        assertThatThrownBy(() -> ValueRange.between(95, 80, Unit.PERCENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ValueRange lower bound 95.0 must be less than upper bound 80.0");
    }

    @Test
    void needs_a_bound() {
        assertThatThrownBy(() -> ValueRange.builder().unit(Unit.PERCENT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ValueRange needs a lower or an upper bound, got neither");
    }

    @Test
    void an_absent_bound_cannot_be_exclusive() {
        assertThatThrownBy(() -> ValueRange.builder()
                        .upper(5)
                        .lowerInclusive(false)
                        .unit(Unit.NONE)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ValueRange an absent lower bound cannot be marked exclusive");
    }
}
