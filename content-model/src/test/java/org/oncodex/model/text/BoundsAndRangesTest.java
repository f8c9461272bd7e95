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
    void a_bound_on_an_amount_in_millions() {
        EffectStatement s = RecognizerTestSupport.read(new Bounds(), "more than 1.4 million US patients")
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND);
        assertThat(s.estimate()).contains(ValueRange.greaterThan(1.4, Unit.NONE));
        assertThat(s.unitLabel()).contains("million");
        assertThat(RecognizerTestSupport.read(new Bounds(), "up to 14 million years")
                        .get(0)
                        .estimate())
                .contains(ValueRange.atMost(14, Unit.NONE));
        assertThat(RecognizerTestSupport.read(new Bounds(), "more than 1.4 patients"))
                .isEmpty();
    }

    @Test
    void medline_plain_text_signs_are_bounds() {
        assertThat(RecognizerTestSupport.read(new Bounds(), ">/=36 months")
                        .get(0)
                        .estimate())
                .contains(ValueRange.atLeast(36, Unit.MONTHS));
        assertThat(RecognizerTestSupport.read(new Bounds(), "</= 10%").get(0).estimate())
                .contains(ValueRange.atMost(10, Unit.PERCENT));
    }

    @Test
    void a_range_of_multiples_with_a_suspended_hyphen() {
        EffectStatement s = RecognizerTestSupport.read(new Ranges(), "2.1- to 4.2-fold higher")
                .get(0);
        assertThat(s.estimate()).contains(ValueRange.between(2.1, 4.2, Unit.NONE));
        assertThat(s.unitLabel()).contains("fold");
        assertThat(s.text()).isEqualTo("2.1- to 4.2-fold");
        assertThat(RecognizerTestSupport.read(new Ranges(), "12- to 24 months")
                        .get(0)
                        .estimate())
                .contains(ValueRange.between(12, 24, Unit.MONTHS));
        // a suspended hyphen with nothing after the high end that says what the numbers are
        assertThat(RecognizerTestSupport.read(new Ranges(), "2- to 4 patients")).isEmpty();
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

    @Test
    void a_bound_on_a_ratio_after_its_label() {
        assertThat(EffectStatements.parse("A hazard ratio of less than 1.00 favored the combination group.")
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND);
                    assertThat(s.estimate()).contains(ValueRange.lessThan(1.00, Unit.NONE));
                });
        assertThat(EffectStatements.parse("the upper bound of a one-sided 90% CI for the hazard ratio (HR) had to be"
                                + " less than 1.18.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND));
        // without a ratio's label, a bare bound is no statistic
        assertThat(EffectStatements.parse("tumours less than 3 in number").statements())
                .isEmpty();
        assertThat(RecognizerTestSupport.read(new Bounds(), "as many as 27% were better off")
                        .get(0)
                        .estimate())
                .contains(ValueRange.atMost(27, Unit.PERCENT));
    }

    @Test
    void negative_ends_and_a_minus_sign_as_the_dash() {
        assertThat(RecognizerTestSupport.read(new Ranges(), "−15% to 15%")
                        .get(0)
                        .estimate())
                .contains(ValueRange.between(-15, 15, Unit.PERCENTAGE_POINTS));
        assertThat(RecognizerTestSupport.read(new Ranges(), "12%−20% of all")
                        .get(0)
                        .estimate())
                .contains(ValueRange.between(12, 20, Unit.PERCENT));
        assertThat(RecognizerTestSupport.read(new Ranges(), "−20% to −10%")
                        .get(0)
                        .estimate())
                .contains(ValueRange.between(-20, -10, Unit.PERCENTAGE_POINTS));
    }

    @Test
    void a_range_of_rates_takes_the_endpoint_named_before_it() {
        assertThat(EffectStatements.parse("response rates to first line chemotherapy range from 30 to 50%")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(org.oncodex.model.Endpoint.ORR));
    }

    @Test
    void a_change_from_one_value_to_another_is_a_pair_not_a_range() {
        EffectStatement s = EffectStatements.parse("the clinical benefit rate improved from 70.3% to 84.9% (p < 0.001)")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
        assertThat(s.printedValue()).contains("84.9");
        assertThat(s.comparatorEstimate()).contains(org.oncodex.model.stats.Proportion.ofPercent(70.3));
        assertThat(s.pValue()).contains(PValue.of(0.001, PValue.Relation.LESS_THAN));
        EffectStatement fell = EffectStatements.parse("reduced the 15-year risk of death from 25.2% to 21.4%")
                .statements()
                .get(0);
        assertThat(fell.printedValue()).contains("21.4");
        assertThat(fell.comparatorEstimate()).contains(org.oncodex.model.stats.Proportion.ofPercent(25.2));
        assertThat(EffectStatements.parse("median survival rose from 7 to 8 months")
                        .statements())
                .singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
        // without a verb of change, it is a range
        assertThat(EffectStatements.parse("rates ranging from 4% to 20%").statements())
                .singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(EffectStatement.Kind.RANGE));
    }
}
