package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanDifferenceTest {

    @Test
    void a_difference_whose_interval_excludes_zero_is_significant() {
        MeanDifference md = MeanDifference.of(-1.2, Unit.NONE, -2.3, -0.1);
        assertThat(md.kind()).isEqualTo(EffectEstimate.Kind.MEAN_DIFFERENCE);
        assertThat(md.kind().isRatio()).isFalse();
        assertThat(md.isSignificant()).isTrue();
        assertThat(MeanDifference.of(-1.2, Unit.NONE, -2.3, 0.1).isSignificant())
                .isFalse();
        assertThat(MeanDifference.of(-1.2, Unit.NONE).isSignificant()).isFalse();
    }

    @Test
    void an_absolute_difference_of_percentages_is_in_percentage_points() {
        MeanDifference orr = MeanDifference.of(12.5, Unit.PERCENTAGE_POINTS, 4.1, 20.9);
        assertThat(orr.unit().plural()).isEqualTo("percentage points");
        assertThat(orr.unit().isTime()).isFalse();
        assertThat(orr).hasToString("MeanDifference 12.5 percentage points (95% CI 4.1 to 20.9)");
    }

    @Test
    void zero_and_negative_values_are_differences_too() {
        assertThat(MeanDifference.of(0, Unit.MONTHS).value()).isZero();
        assertThat(MeanDifference.of(-3.4, Unit.MONTHS, -5, -1).value()).isEqualTo(-3.4);
    }

    @Test
    void re_expresses_its_interval_on_the_linear_scale() {
        MeanDifference at99 = MeanDifference.of(2.0, Unit.MONTHS, 1.0, 3.0).withConfidenceLevel(0.99);
        assertThat(at99.ci().orElseThrow().center(Scale.LINEAR)).isCloseTo(2.0, within(1e-12));
        assertThat(at99.ci().orElseThrow().width()).isCloseTo(2.0 * 2.5758 / 1.9600, within(1e-3));
        assertThatThrownBy(() -> MeanDifference.of(2.0, Unit.MONTHS).withConfidenceLevel(0.99))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejects_a_value_that_is_not_finite() {
        assertThatThrownBy(() -> MeanDifference.of(Double.NaN, Unit.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MeanDifference value must be a finite number: NaN");
    }
}
