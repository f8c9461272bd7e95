package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PValueTest {

    @Test
    void an_exact_value_lies_in_zero_one() {
        assertThat(PValue.of(1.0).isExact()).isTrue();
        assertThatThrownBy(() -> PValue.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PValue P value must be in (0, 1]: 0.0");
        assertThatThrownBy(() -> PValue.of(1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PValue P value must be in (0, 1]: 1.2");
        assertThatThrownBy(() -> PValue.of(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PValue P value must be a finite number: NaN");
    }

    @Test
    void bounds_must_leave_some_p_possible() {
        assertThatThrownBy(() -> PValue.lessThan(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PValue upper bound of a P value must be in (0, 1]: < 0.0");
        assertThatThrownBy(() -> PValue.greaterThan(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PValue lower bound of a P value must be in [0, 1): > 1.0");
    }

    @Test
    void is_below_alpha_only_when_known() {
        assertThat(PValue.of(0.01).isBelow(0.05)).isTrue();
        assertThat(PValue.of(0.05).isBelow(0.05)).isFalse();
        assertThat(PValue.lessThan(0.001).isBelow(0.05)).isTrue();
        assertThat(PValue.lessThan(0.05).isBelow(0.05)).isTrue();
        assertThat(PValue.of(0.05, PValue.Relation.LESS_THAN_OR_EQUAL).isBelow(0.05))
                .isFalse();
        assertThat(PValue.greaterThan(0.05).isBelow(0.5)).isFalse();
        assertThat(PValue.lessThan(0.1).isBelow(0.05)).isFalse();
    }

    @Test
    void tiny_computed_p_values_are_reported_as_a_bound() {
        PValue p = PValueMethod.NORMAL.pValue(6.0);
        assertThat(p.relation()).isEqualTo(PValue.Relation.LESS_THAN);
        assertThat(p.value()).isEqualTo(PValue.REPORTING_FLOOR);
        assertThat(PValueMethod.NORMAL.pValue(Double.POSITIVE_INFINITY)).isEqualTo(PValue.lessThan(0.0001));
        assertThat(PValueMethod.NORMAL.pValue(0).value()).isEqualTo(1.0);
    }

    @Test
    void reads_as_printed() {
        assertThat(PValue.lessThan(0.001)).hasToString("P < 0.001");
        assertThat(PValue.of(0.034)).hasToString("P = 0.034");
    }
}
