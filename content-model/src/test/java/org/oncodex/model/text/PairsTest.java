package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;

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
}
