package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.model.stats.Unit;

class TimePointTest {

    @Test
    void prints_as_written_before_an_endpoint() {
        assertThat(TimePoint.of(8, Unit.YEARS)).hasToString("8-year");
        assertThat(TimePoint.of(18, Unit.MONTHS)).hasToString("18-month");
        assertThat(TimePoint.of(2.5, Unit.YEARS)).hasToString("2.5-year");
        assertThat(TimePoint.of(1, Unit.WEEKS)).hasToString("1-week");
        assertThat(TimePoint.of(30, Unit.DAYS)).hasToString("30-day");
    }

    @Test
    void prints_very_small_and_very_large_values_without_exponent_or_overflow() {
        assertThat(TimePoint.of(1e-4, Unit.DAYS)).hasToString("0.0001-day");
        assertThat(TimePoint.of(1e20, Unit.DAYS)).hasToString("100000000000000000000-day");
    }

    @Test
    void keeps_its_value_and_unit() {
        TimePoint point = TimePoint.of(5, Unit.YEARS);

        assertThat(point.value()).isEqualTo(5.0);
        assertThat(point.unit()).isEqualTo(Unit.YEARS);
        assertThat(point).isEqualTo(TimePoint.of(5, Unit.YEARS));
    }

    @ParameterizedTest
    @EnumSource(
            value = Unit.class,
            names = {"PERCENT", "NONE"})
    void rejects_a_unit_that_is_not_time(Unit unit) {
        assertThatThrownBy(() -> TimePoint.of(5, unit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TimePoint unit must be a unit of time: " + unit);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, -0.5})
    void rejects_a_value_that_is_not_positive(double value) {
        assertThatThrownBy(() -> TimePoint.of(value, Unit.MONTHS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TimePoint value must be positive: " + value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    void rejects_a_value_that_is_not_finite(double value) {
        assertThatThrownBy(() -> TimePoint.of(value, Unit.MONTHS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TimePoint value must be a finite number: " + value);
    }

    @Test
    void reports_a_bad_value_and_a_bad_unit_at_once() {
        assertThatThrownBy(() -> TimePoint.of(0, Unit.PERCENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "TimePoint has 2 problems: value must be positive: 0.0; unit must be a unit of time: PERCENT");
    }
}
