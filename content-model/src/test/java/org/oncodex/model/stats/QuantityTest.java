package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void keeps_a_burden_of_disease_number_with_its_uncertainty_interval() {
        // as GBD papers print: "12·4 million (95% UI 10·1–15·2)"
        Quantity deaths =
                Quantity.of(12.4, "million", ConfidenceInterval.of(10.1, 15.2).withKind(IntervalKind.UNCERTAINTY));
        assertThat(deaths.kind()).isEqualTo(EffectEstimate.Kind.QUANTITY);
        assertThat(deaths.unit()).hasValue("million");
        assertThat(deaths.ci().orElseThrow().kind()).isEqualTo(IntervalKind.UNCERTAINTY);
        assertThat(deaths).hasToString("Quantity 12.4 million (95% UI 10.1 to 15.2)");
    }

    @Test
    void an_empty_unit_means_none() {
        assertThat(Quantity.of(0.91, "").unit()).isEmpty();
        assertThat(Quantity.of(0.91, "", ConfidenceInterval.of(0.83, 0.99)))
                .isEqualTo(Quantity.of(0.91, ConfidenceInterval.of(0.83, 0.99)));
        assertThat(Quantity.of(-3).unit()).isEmpty();
    }

    @Test
    void rejects_a_blank_unit_and_a_value_that_is_not_finite_at_once() {
        assertThatThrownBy(() -> Quantity.of(Double.POSITIVE_INFINITY, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Quantity has 2 problems: value must be a finite number: Infinity; "
                        + "unit must not be blank: \"  \"");
    }
}
