package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;

class PairsTest {

    @Test
    void the_second_arm_is_the_first_ones_comparator() {
        EffectStatement s = EffectStatements.parse(
                        "The ORR at 12 weeks was 18% in the control arm vs 36% in the experimental arm (P =.07).")
                .statements()
                .get(0);
        assertThat(s.comparatorEstimate()).contains(Proportion.ofPercent(36));
        assertThat(s.pValue()).contains(PValue.of(0.07, PValue.Relation.EQUAL));
    }

    @Test
    void respectively_pairs_too() {
        EffectStatement s = EffectStatements.parse("the incidence was 45.1% and 39.8%, respectively.")
                .statements()
                .get(0);
        assertThat(s.comparatorEstimate()).contains(Proportion.ofPercent(39.8));
    }

    @Test
    void values_of_different_kinds_or_sentences_do_not_pair() {
        assertThat(EffectStatements.parse("ORR was 45%. OS at 2 years was 30%.").statements())
                .allSatisfy(s -> assertThat(s.comparatorEstimate()).isEmpty());
        assertThat(EffectStatements.parse("approximately 96% metastatic; approximately 40% LM")
                        .statements())
                .allSatisfy(s -> assertThat(s.comparatorEstimate()).isEmpty());
    }

    @Test
    void a_pair_takes_the_p_of_the_ratio_that_compares_its_arms() {
        ParseResult r = EffectStatements.parse("The median PFS was 10 versus 11 months (HR=0.96, p=0.84).");
        EffectStatement pair = r.statements().get(0);
        assertThat(pair.comparatorEstimate()).isPresent();
        assertThat(pair.pValue()).contains(PValue.of(0.84, PValue.Relation.EQUAL));
        assertThat(r.statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .singleElement()
                .satisfies(hr -> assertThat(hr.pValue()).contains(PValue.of(0.84, PValue.Relation.EQUAL)));
    }

    @Test
    void a_p_closing_a_pair_also_belongs_to_the_ratio_printed_right_after_it() {
        // written for this test, in the style of a review table's cell: "rate vs rate; P; HR"
        ParseResult r = EffectStatements.parse("DFS, 42.3% vs. 37.2%; p = 0.70; HR, 1.08; all, 40%");
        EffectStatement hr = r.statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .findFirst()
                .orElseThrow();
        assertThat(hr.pValue()).contains(PValue.of(0.70, PValue.Relation.EQUAL));
        assertThat(r.statements().get(0).pValue()).contains(PValue.of(0.70, PValue.Relation.EQUAL));
        // a ratio far from the pair (more than two words between) keeps no P
        ParseResult far =
                EffectStatements.parse("DFS, 42.3% vs. 37.2%; p = 0.70; in the whole trial population HR 1.08");
        assertThat(far.statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .allSatisfy(s -> assertThat(s.pValue()).isEmpty());
    }

    @Test
    void any_p_closing_a_pair_goes_to_the_ratio_right_after_it() {
        org.quicktheories.QuickTheory.qt()
                .forAll(
                        org.quicktheories.generators.SourceDSL.integers().between(1, 99),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 99),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 499),
                        org.quicktheories.generators.SourceDSL.integers().between(10, 300))
                .checkAssert((a, b, p, hr) -> {
                    String pText = String.format(java.util.Locale.ROOT, "0.%03d", p);
                    String hrText = String.format(java.util.Locale.ROOT, "%.2f", hr / 100.0);
                    String text = a + "% vs. " + b + "%; p = " + pText + "; HR, " + hrText;
                    EffectStatement ratio = EffectStatements.parse(text).statements().stream()
                            .filter(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no HR in " + text));
                    assertThat(ratio.pValue())
                            .as(text)
                            .contains(PValue.of(Double.parseDouble(pText), PValue.Relation.EQUAL));
                });
    }

    @Test
    void a_ratio_in_the_next_sentence_lends_the_pair_nothing() {
        EffectStatement pair = EffectStatements.parse("The median PFS was 10 versus 11 months. HR=0.96, p=0.84.")
                .statements()
                .get(0);
        assertThat(pair.pValue()).isEmpty();
    }

    @Test
    void two_endpoints_listed_with_respectively_are_not_two_arms() {
        ParseResult r = EffectStatements.parse("The median PFS and OS were 7.6 months and 17.6 months, respectively.");
        assertThat(r.statements())
                .allSatisfy(s -> assertThat(s.comparatorEstimate()).isEmpty());
    }

    @Test
    void two_arms_times_compared_are_medians_but_schedules_are_not() {
        assertThat(EffectStatements.parse("in combination with paclitaxel [9.6 vs. 7.4 months, respectively]")
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.comparatorEstimate()).isPresent();
                });
        assertThat(EffectStatements.parse("imaging every 3 vs 6 months").statements())
                .isEmpty();
        assertThat(EffectStatements.parse("patients were followed for 12 vs 18 months")
                        .statements())
                .isEmpty();
    }

    @Test
    void values_in_a_list_of_three_are_not_a_pair() {
        assertThat(EffectStatements.parse("In short, 67.2%, 54.6% and 28% are the figures most people quote.")
                        .statements())
                .hasSize(3)
                .allMatch(s -> s.comparatorEstimate().isEmpty());
        assertThat(EffectStatements.parse("Response rates were 28% and 12%, respectively.")
                        .statements())
                .first()
                .satisfies(s -> assertThat(s.comparatorEstimate()).isPresent());
    }

    @Test
    void the_words_right_before_a_value_may_compare_it_across_a_long_clause() {
        // news wording, copied from the development corpus (d-053)
        EffectStatement s = EffectStatements.parse(
                        "15% of women had no progression of their cancer 12 months after taking the drug compared with only 5% of those on a placebo")
                .statements()
                .get(0);
        assertThat(s.comparatorEstimate()).contains(Proportion.ofPercent(5));
        // as long a clause without such words joins nothing (written for this test)
        EffectStatement apart = EffectStatements.parse(
                        "15% of women had no progression of their cancer at 12 months after taking the drug for the first time in the trial, and 5% had a rash")
                .statements()
                .get(0);
        assertThat(apart.comparatorEstimate()).isEmpty();
    }

    @Test
    void two_arms_values_joined_by_a_slash_pair_and_share_the_unit_printed_after_the_second() {
        // sentences written for this test
        ParseResult months =
                EffectStatements.parse("Median overall survival with drug A versus drug B was 12.3/13.6 months.");
        assertThat(months.statements()).hasSize(2);
        assertThat(months.statements().get(0).estimate()).contains(MedianTime.of(12.3, Unit.MONTHS));
        assertThat(months.statements().get(0).comparatorEstimate()).contains(MedianTime.of(13.6, Unit.MONTHS));
        assertThat(months.statements().get(1).estimate()).contains(MedianTime.of(13.6, Unit.MONTHS));
        ParseResult shares = EffectStatements.parse("Response rates were 28%/12% for drug A and drug B.");
        assertThat(shares.statements().get(0).comparatorEstimate()).contains(Proportion.ofPercent(12));
        ParseResult weeks = EffectStatements.parse("The median time to response was 6.1/8.4 wk.");
        assertThat(weeks.statements().get(0).comparatorEstimate()).contains(MedianTime.of(8.4, Unit.WEEKS));
    }

    @Test
    void a_slash_with_spaces_a_series_of_slashes_or_a_unit_that_is_no_time_pairs_nothing() {
        // sentences written for this test
        assertThat(EffectStatements.parse("The median dose was 80/20 mg.").statements())
                .noneSatisfy(s -> assertThat(s.comparatorEstimate()).isPresent());
        assertThat(EffectStatements.parse("Median OS was 12.3 / 13.6 months.").statements())
                .noneSatisfy(s -> assertThat(s.comparatorEstimate()).isPresent());
        assertThat(EffectStatements.parse("Median OS was 10/12/14 months in the three arms.")
                        .statements())
                .noneSatisfy(s -> assertThat(s.comparatorEstimate()).isPresent());
    }

    @Test
    void a_time_in_words_and_a_half_is_one_number_and_pairs_with_the_other_arm() {
        // sentences written for this test
        ParseResult r = EffectStatements.parse(
                "Median survival was eight and a half months with drug A versus nine months with drug B.");
        assertThat(r.statements().get(0).estimate()).contains(MedianTime.of(8.5, Unit.MONTHS));
        assertThat(r.statements().get(0).printedValue()).contains("8.5");
        assertThat(r.statements().get(0).comparatorEstimate()).contains(MedianTime.of(9, Unit.MONTHS));
        assertThat(EffectStatements.parse("Median OS was two and a half years.").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate()).contains(MedianTime.of(2.5, Unit.YEARS)));
        // "and a halfway" is no half
        assertThat(EffectStatements.parse("Median PFS was eight and a halfway months.")
                        .statements())
                .isEmpty();
    }

    @Test
    void relative_to_compares_two_arms() {
        // written for the test
        assertThat(EffectStatements.parse(
                                "About 61.5% of patients were free of relapse at three years, relative to 48.0% with surgery alone.")
                        .statements())
                .first()
                .satisfies(s -> assertThat(s.comparatorEstimate())
                        .contains(Proportion.builder().percent(48.0).build()));
    }

    @Test
    void an_arm_not_reached_versus_a_number_keeps_the_number_as_a_median_of_its_own() {
        // written for the test
        assertThat(EffectStatements.parse("Median OS was not reached versus 11.4 months with placebo.")
                        .statements())
                .extracting(s -> s.kind() + " " + s.printedValue().orElse("") + " "
                        + s.endpoint().orElse(null))
                .containsExactly("MEDIAN_TIME NR OS", "MEDIAN_TIME 11.4 OS");
    }
}
