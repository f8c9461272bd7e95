package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Quantity;
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
    void a_bound_on_a_frequency_in_words_is_a_bound_on_its_share() {
        // phrases written for this test
        EffectStatement more = RecognizerTestSupport.read(new Bounds(), "More than one in four adults survive")
                .get(0);
        assertThat(more.estimate()).contains(ValueRange.greaterThan(25, Unit.PERCENT));
        assertThat(more.text()).isEqualTo("More than one in four");
        assertThat(RecognizerTestSupport.read(new Bounds(), "fewer than one in five people")
                        .get(0)
                        .estimate())
                .contains(ValueRange.lessThan(20, Unit.PERCENT));
        assertThat(RecognizerTestSupport.read(new Bounds(), "less than 1 in 10 patients")
                        .get(0)
                        .printedValue())
                .contains("10");
        // with nothing counted after it, no share is said
        assertThat(RecognizerTestSupport.read(new Bounds(), "more than one in four."))
                .isEmpty();
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
    void a_range_that_between_opens_and_and_closes() {
        // written for this test: "between 80% and 95%" is one range; "80% and 95%" without it is two values
        assertThat(EffectStatements.parse("ablation controlled between 80% and 95% of treated tumours")
                        .statements())
                .singleElement()
                .satisfies(r -> assertThat(r.estimate()).contains(ValueRange.between(80, 95, Unit.PERCENT)));
        assertThat(EffectStatements.parse("response rates were 80% and 95%").statements())
                .noneSatisfy(r -> assertThat(r.estimate()).containsInstanceOf(ValueRange.class));
        // nor is the "between" of a comparison (as in the corpus's a-065)
        assertThat(EffectStatements.parse("the trial was to differentiate between 50% and 65% survival rates")
                        .statements())
                .noneSatisfy(r -> assertThat(r.estimate()).containsInstanceOf(ValueRange.class));
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

    @Test
    void a_change_between_two_values_each_with_its_interval() {
        // the GBD's style, copied from the development corpus (a-248, a-250)
        EffectStatement s = EffectStatements.parse(
                        "global viral hepatitis deaths increased from 0·89 million (95% uncertainty interval [UI] 0·86-0·94) to 1·45 million (1·38-1·54)")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
        assertThat(s.printedValue()).contains("1.45");
        assertThat(s.printedLower()).contains("1.38");
        // the second bracket is the kind and level of the first: no level assumed
        assertThat(s.ci()).hasValueSatisfying(ci -> assertThat(ci.kind()).isEqualTo(IntervalKind.UNCERTAINTY));
        assertThat(s.comparatorEstimate())
                .contains(Quantity.of(
                        0.89, "million", ConfidenceInterval.of(0.86, 0.94).withKind(IntervalKind.UNCERTAINTY)));
        // without a verb, two values each with its own interval are still a change, not a range
        ParseResult noVerb = EffectStatements.parse("YLDs from 0·65 million (0·45-0·89) to 0·87 million (0·61-1·18)");
        assertThat(noVerb.statements())
                .singleElement()
                .satisfies(x -> assertThat(x.printedValue()).contains("0.87"));
        // and years are no change of a statistic
        assertThat(EffectStatements.parse("From 2007 to 2008, trials grew").statements())
                .isEmpty();
    }

    @Test
    void a_range_of_plain_numbers_where_words_say_so_and_a_range_with_its_median() {
        // copied from the development corpus (d-016, d-159, b-160)
        EffectStatement hr = EffectStatements.parse(
                        "A boundary was observed ranging from 0.74 to 0.86 in the HR for OS")
                .statements()
                .get(0);
        assertThat(hr.kind()).isEqualTo(EffectStatement.Kind.RANGE);
        assertThat(hr.estimate()).contains(ValueRange.between(0.74, 0.86, Unit.NONE));
        assertThat(hr.endpoint()).contains(org.oncodex.model.Endpoint.OS);
        EffectStatement median = EffectStatements.parse(
                        "The magnitude of the benefit on overall survival ranged from 1.0 to 5.8 months (median 2.7 months).")
                .statements()
                .get(0);
        assertThat(median.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
        assertThat(median.printedValue()).contains("2.7");
        assertThat(median.spread()).contains(Spread.of(Spread.Kind.RANGE, 1.0, 5.8, false));
        EffectStatement minutes =
                EffectStatements.parse("12-450 (median=120)").statements().get(0);
        assertThat(minutes.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(minutes.printedLower()).contains("12");
        // plain numbers with a dash and nothing saying they are a range stay unread
        assertThat(EffectStatements.parse("from 0.74 to 0.86").statements()).isEmpty();
        assertThat(EffectStatements.parse("KEYNOTE 12-450").statements()).isEmpty();
    }

    @Test
    void a_medians_bracket_may_give_the_mean_before_the_range() {
        // copied from the development corpus (b-045, b-044)
        EffectStatement percent = EffectStatements.parse(
                        "The median noninferiority margin was 13.0% (mean: 12.7%; range: 5.0–20.0%)")
                .statements()
                .get(0);
        assertThat(percent.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(percent.printedValue()).contains("13.0");
        assertThat(percent.printedLower()).contains("5.0");
        EffectStatement ratio = EffectStatements.parse(
                        "The median noninferiority margin was a hazard ratio of 1.29 (mean: 1.32; range: 1.05–2.05)")
                .statements()
                .get(0);
        assertThat(ratio.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(ratio.printedValue()).contains("1.29");
        // "median and ranges" announces ranges in the brackets after (d-110)
        EffectStatement announced = EffectStatements.parse(
                        "(median and ranges for 60-month difference in overall survival: 7.6% [2.5%-28.4%] and 4.5% [1.8%-13.6%]; P = 0.002, respectively)")
                .statements()
                .get(0);
        assertThat(announced.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(announced.spread()).isPresent();
    }
}
