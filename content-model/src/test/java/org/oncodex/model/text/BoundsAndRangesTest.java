package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

class BoundsAndRangesTest {

    @Test
    void bounds_of_percentages_and_times() {
        assertThat(RecognizerTestSupport.read(new Bounds(), "≥ 85%").get(0).estimate())
                .contains(ValueRange.atLeast(85, Unit.PERCENT));
        assertThat(RecognizerTestSupport.read(new Bounds(), "up to 33%").get(0).estimate())
                .contains(ValueRange.atMost(33, Unit.PERCENT));
        assertThat(RecognizerTestSupport.read(new Bounds(), "> 12 months")
                        .get(0)
                        .estimate())
                .contains(ValueRange.greaterThan(12, Unit.MONTHS));
        assertThat(RecognizerTestSupport.read(new Bounds(), "≥ 0%; P < .05")
                        .get(0)
                        .pValue())
                .contains(PValue.of(0.05, PValue.Relation.LESS_THAN));
    }

    @Test
    void a_relation_after_the_number() {
        EffectStatement s = RecognizerTestSupport.read(new Bounds(), "40% or more of trials")
                .get(0);
        assertThat(s.estimate()).contains(ValueRange.atLeast(40, Unit.PERCENT));
        assertThat(s.text()).isEqualTo("40% or more");
        assertThat(RecognizerTestSupport.read(new Bounds(), "5% or less").get(0).estimate())
                .contains(ValueRange.atMost(5, Unit.PERCENT));
        assertThat(RecognizerTestSupport.read(new Bounds(), "40% of trials")).isEmpty();
    }

    @Test
    void sizes_are_not_bounds() {
        assertThat(RecognizerTestSupport.read(new Bounds(), "< 3 cm")).isEmpty();
    }

    @Test
    void ranges_of_percentages_and_times() {
        assertThat(RecognizerTestSupport.read(new Ranges(), "80%-95%").get(0).estimate())
                .contains(ValueRange.between(80, 95, Unit.PERCENT));
        assertThat(RecognizerTestSupport.read(new Ranges(), "12% to 37%").get(0).estimate())
                .contains(ValueRange.between(12, 37, Unit.PERCENT));
        assertThat(RecognizerTestSupport.read(new Ranges(), "6-12 months")
                        .get(0)
                        .estimate())
                .contains(ValueRange.between(6, 12, Unit.MONTHS));
        assertThat(RecognizerTestSupport.read(new Ranges(), "12-6 months")).isEmpty();
    }
}
