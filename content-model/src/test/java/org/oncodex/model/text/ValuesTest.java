package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.Unit;

class ValuesTest {

    private static EffectStatement first(String text) {
        return EffectStatements.parse(text).statements().get(0);
    }

    @Test
    void a_label_separated_from_its_value_by_words_still_labels_it() {
        EffectStatement s =
                first("the hazard ratio for death with drug A versus drug B was 0.71 (95% CI, 0.55 to 0.90)");
        assertThat(s.estimate()).contains(HazardRatio.of(0.71, 0.55, 0.90));
        assertThat(s.label()).contains("hazard ratio");
        assertThat(first("a hazard ratio favouring the combination of 0.77 (P = .004)")
                        .kind())
                .isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
    }

    @Test
    void a_label_labels_one_number_unless_a_series_follows() {
        ParseResult r = EffectStatements.parse("the hazard ratio was 0.71 in 312 patients");
        assertThat(r.statements()).extracting(EffectStatement::kind).containsExactly(EffectStatement.Kind.HAZARD_RATIO);
    }

    @Test
    void medians_written_around_their_interval() {
        EffectStatement m = first("Median (95% CI) PFS was 7.3 (6.1‒8.9) mo");
        assertThat(m.estimate()).contains(MedianTime.of(7.3, Unit.MONTHS, ConfidenceInterval.of(6.1, 8.9)));
        assertThat(first("(median OS 14 months, 95%CI: 11.2-16.8)").printedLower())
                .contains("11.2");
        assertThat(first("51.0 (range, 44.2–60.3) mo").spread()).hasValueSatisfying(sp -> {
            assertThat(sp.kind()).isEqualTo(Spread.Kind.RANGE);
            assertThat(sp.upper()).isEqualTo(60.3);
        });
    }

    @Test
    void a_gain_named_by_a_noun_before_a_time_is_a_mean_difference() {
        // sentences written for this test
        EffectStatement benefit = first("a median overall survival benefit of 2.2 months (95% CI, 1.1–3.3) was seen");
        assertThat(benefit.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        assertThat(benefit.printedUpper()).contains("3.3");
        assertThat(first("the median improvement was about 0.9 months").kind())
                .isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        // a median time with no gain named is still a median time
        assertThat(first("the median overall survival was 2.2 months").kind())
                .isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
    }

    @Test
    void a_share_of_people_after_a_median_is_a_proportion() {
        // sentences written for this test
        ParseResult r = EffectStatements.parse("Median age was 58 years and 41% of patients were women.");
        assertThat(r.statements())
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.MEDIAN, EffectStatement.Kind.PROPORTION);
        ParseResult counted = EffectStatements.parse(
                "After a median of 6.2 years, 87.5% (35 of 40) of the participants were traced.");
        assertThat(counted.statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .extracting(s -> s.printedValue().orElse(""))
                .containsExactly("87.5");
        // a median of percentages stays a median: no people follow it
        assertThat(first("the median expected improvement was 25%").kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
    }

    @Test
    void a_range_or_an_interquartile_range_goes_with_a_median() {
        EffectStatement s = first("88 [IQR 61-140] mg/L");
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(s.unitLabel()).contains("mg/L");
        assertThat(s.spread()).hasValueSatisfying(sp -> assertThat(sp.kind()).isEqualTo(Spread.Kind.IQR));
    }

    @Test
    void a_series_shares_the_unit_printed_after_its_last_number() {
        ParseResult r = EffectStatements.parse("median PFS was 7.3 and 5.1 months, respectively");
        assertThat(r.estimates()).containsExactly(MedianTime.of(7.3, Unit.MONTHS), MedianTime.of(5.1, Unit.MONTHS));
    }

    @Test
    void pairs_carry_the_comparator() {
        EffectStatement s = first("(9 vs. 4.1 months, P = 0.002)");
        assertThat(s.comparatorEstimate()).contains(MedianTime.of(4.1, Unit.MONTHS));
        assertThat(first("18.2 v. 17.9 m").comparatorEstimate()).contains(MedianTime.of(17.9, Unit.MONTHS));
    }

    @Test
    void a_count_with_its_percentage() {
        assertThat(first("129 (72%)").estimate())
                .contains(Proportion.builder().percent(72).count(129).build());
        assertThat(first("three deaths (5%)").kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
    }

    @Test
    void a_value_with_an_interval_and_nothing_saying_what_it_is_is_unlabeled() {
        EffectStatement s = first("0.84 (0.73–0.97)");
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.UNLABELED_ESTIMATE);
        assertThat(s.printedUpper()).contains("0.97");
    }

    @Test
    void the_new_kinds() {
        assertThat(first("rate ratio 0·91; 95% CI 0·83–0·99").kind()).isEqualTo(EffectStatement.Kind.RATE_RATIO);
        assertThat(first("mean difference −1.2, 95% CI −2.0 to −0.5").value()).hasValue(-1.2);
        assertThat(first("RRR 1.10").kind()).isEqualTo(EffectStatement.Kind.RATIO_OF_RATIOS);
        assertThat(first("12·4 million (95% UI 10·1–15·2 million)").kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
        assertThat(first("an absolute difference of 8.5 percentage points").kind())
                .isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE);
    }

    @Test
    void a_ratio_not_estimated_is_reported() {
        ParseResult r = EffectStatements.parse("HR = not estimable");
        assertThat(r.statements()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.MISSING_VALUE);
    }

    @Test
    void a_median_not_yet_reached() {
        assertThat(EffectStatements.parse("Estimated median EFS was not yet reached for the A arm versus 46.1 months")
                        .statements()
                        .get(0))
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.printedValue()).contains("NR");
                    assertThat(s.comparatorEstimate()).isPresent();
                });
        assertThat(EffectStatements.parse("The median duration of OS had not been reached at the time of analysis.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("NR"));
    }

    @Test
    void millions_are_quantities() {
        assertThat(EffectStatements.parse("there were 17.5 million cancer cases worldwide")
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
                    assertThat(s.unitLabel()).contains("million");
                });
        assertThat(EffectStatements.parse("there were 17 cancer cases").statements())
                .isEmpty();
    }

    @Test
    void a_number_of_people_takes_no_label() {
        assertThat(EffectStatements.parse("The median age of the 957 participants analyzed was 63.6 (95% CI, 55.5-70.5)"
                                + " years")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("63.6"));
    }

    @Test
    void a_column_of_p_values_named_anywhere_in_its_header() {
        assertThat(EffectStatements.parse("7.71 ×10−14", ParseContext.column("Meta P"))
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.P_VALUE));
    }

    @Test
    void a_gain_in_time_is_a_difference_not_a_median() {
        assertThat(EffectStatements.parse("People lived about 5.8 months longer on average.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE));
        assertThat(EffectStatements.parse("Median overall survival was 5.8 months.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
    }

    @Test
    void a_percentage_after_a_threshold_and_in_is_no_denominator() {
        // copied from the development corpus (a-301)
        EffectStatement s = first("pre-treatment NLR (>3 in 55%, n=27)");
        assertThat(s.estimate())
                .contains(Proportion.builder().percent(55).count(27).build());
    }

    @Test
    void the_denominator_of_one_in_four_is_no_count() {
        assertThat(EffectStatements.parse("About 1 in 4 people (27%) had their tumors shrink.")
                        .statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .singleElement()
                .satisfies(s -> assertThat(((Proportion) s.estimate().orElseThrow()).count())
                        .isEmpty());
    }

    @Test
    void the_median_of_many_ratios_with_their_spread_is_a_median_not_one_ratio() {
        EffectStatement s = EffectStatements.parse(
                        "with a median per-allele odds ratio (OR) of 1.22 (interquartile range = 1.15–1.36)")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(s.printedLower()).contains("1.15");
        assertThat(s.spread()).isPresent();
        // a ratio with its confidence interval after "median PFS" stays a ratio
        assertThat(EffectStatements.parse("median PFS 7.1 months; HR 0.62 (95% CI 0.44–0.87)")
                        .statements())
                .anySatisfy(r -> assertThat(r.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO));
    }

    @Test
    void the_two_of_a_two_sided_2p_is_no_value_whatever_sign_follows() {
        // "⬍" is how one PDF printed "<": the P is not guessed, and the 2 is not a second risk ratio
        assertThat(EffectStatements.parse("(RR, 2.06; 2p ⬍ .00001)").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("2.06"));
        assertThat(EffectStatements.parse("(RR, 2.06; 2p=0·00005)")
                        .statements()
                        .get(0)
                        .pValue())
                .isPresent();
    }

    @Test
    void a_time_after_at_or_within_is_a_point_in_time_not_a_median() {
        assertThat(EffectStatements.parse("OS curves converged after ≈3 years").statements())
                .isEmpty();
        assertThat(EffectStatements.parse("OS at 5 years was 80%").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION));
        // "survived for 13.8 months" stays a median
        assertThat(EffectStatements.parse("patients survived for 13.8 months on average")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
    }

    @Test
    void a_share_of_people_said_later_to_be_alive_is_overall_survival() {
        // news wording, copied from the development corpus (d-002, d-076)
        assertThat(first("About 88 percent of patients who took Tagrisso were alive at five years")
                        .endpoint())
                .contains(org.oncodex.model.Endpoint.OS);
        assertThat(first(
                                "20% of participants who took chemotherapy plus the drug Keytruda, from Merck, survived for at least five years")
                        .endpoint())
                .contains(org.oncodex.model.Endpoint.OS);
        // a share of something else is not (written for this test)
        assertThat(first("88 percent of tumours shrank while patients were alive")
                        .endpoint())
                .isEmpty();
    }

    @Test
    void a_unit_in_brackets_of_its_own_and_a_bracket_the_text_ends_in() {
        // copied from the development corpus (d-205, d-212)
        EffectStatement median =
                EffectStatements.parse("Median 1.2 (months)").statements().get(0);
        assertThat(median.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
        assertThat(median.estimate()).contains(MedianTime.of(1.2, Unit.MONTHS));
        ParseResult cut = EffectStatements.parse("1095(27.7", ParseContext.column("No. of patients (%)"));
        assertThat(cut.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate())
                        .contains(Proportion.builder().percent(27.7).count(1095).build()));
        assertThat(cut.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.UNBALANCED_BRACKET));
    }

    @Test
    void a_median_of_percentages_and_a_percentage_of_an_endpoint_named_after_median() {
        // copied from the development corpus (d-232), and written for this test
        assertThat(first(
                                "When improvement in survival was requested in relative terms, the median expected improvement was 25%.")
                        .kind())
                .isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(first("a median tumour shrinkage of 30%").kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        // "the median ORR": the endpoint after "median" makes the percentage its rate
        assertThat(first("the median ORR across trials was 30%").kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
        // once the median has its value, a later percentage is no median
        assertThat(EffectStatements.parse("median OS was 12.1 months, with 45% alive at 1 year")
                        .statements())
                .filteredOn(s -> s.printedValue().orElse("").equals("45"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION));
    }

    @Test
    void a_duration_of_use_is_no_statistic() {
        assertThat(EffectStatements.parse("associated with 5 years of use").statements())
                .isEmpty();
        assertThat(EffectStatements.parse("median OS after 6 months of treatment was 12 months")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("12"));
    }

    @Test
    void absolute_reductions_told_in_the_plural() {
        // copied from the development corpus (d-135)
        assertThat(first(
                                "In these women, the 15-year absolute reductions in recurrence and mortality associated with 5 years of use were 12% and 9%, respectively.")
                        .kind())
                .isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE);
    }

    @Test
    void millions_glued_as_a_letter_rates_per_a_power_of_ten_and_words_run_into_numbers() {
        // news and registry wordings, copied from the development corpus (d-055, d-163, a-292, d-011)
        EffectStatement deaths = first("accounting for about 1.8m deaths every year");
        assertThat(deaths.kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
        assertThat(deaths.unitLabel()).contains("million");
        // "18.2m vs 12.1m" is months, not millions
        assertThat(EffectStatements.parse("median OS 18.2m vs 12.1m").statements())
                .noneMatch(s -> s.unitLabel().isPresent());
        EffectStatement rate =
                first("breast cancer mortality in Canada dropped from 31.3/100,000 to 20.7/100,000 (adjusted for age)");
        assertThat(rate.kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
        assertThat(rate.printedValue()).contains("20.7");
        assertThat(rate.comparatorEstimate()).contains(Quantity.of(31.3, "per 100,000"));
        assertThat(first("about14 percent had at least one serious side effect.")
                        .printedValue())
                .contains("14");
        EffectStatement bound =
                first("More than three million men in the U.S. are currently living with prostate cancer");
        assertThat(bound.kind()).isEqualTo(EffectStatement.Kind.BOUND);
        assertThat(bound.value()).hasValue(3);
        // a slash before a number that is no power of ten is no rate
        assertThat(EffectStatements.parse("12.5/350").statements()).isEmpty();
    }
}
