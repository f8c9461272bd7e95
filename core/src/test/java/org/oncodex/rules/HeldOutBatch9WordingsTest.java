package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/**
 * The general forms behind held-out batch 9's false errors and misses: a rounded time glossed by the exact one in
 * brackets, a time worded as the gap between two medians, a bare number with its interval under a lead-in that
 * names the ratio, a median told as "half lived at least", classes of drugs in approval claims, and a semicolon
 * list of approval types. Written for these tests; the values are results and approval records of the bundled
 * evidence base (HIMALAYA's median 16.4 months, SHARP's 10.7 and 7.9 months, RESORCE's ratio 0.63 (0.50–0.79),
 * CheckMate 9DW's median 23.7 months, REACH-2's 8.5 months; the approvals after sorafenib of table 6).
 */
class HeldOutBatch9WordingsTest {
    @Test
    void a_rounded_time_glossed_by_the_exact_one_in_brackets_raises_no_error() {
        String passage =
                "People on tremelimumab plus durvalumab in HIMALAYA lived a median of just over 16 months (16.4"
                        + " months), against 13.8 months on sorafenib [7].";
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void a_gloss_the_parser_reads_nothing_in_still_stands_for_the_rounded_time() {
        // found by the extra correct set 2: no endpoint is named, so the bracket's time is read as it would be alone
        String passage = "In CELESTIAL, the cancer was held back for a little over 5 months (5.2 months) with"
                + " cabozantinib [16].";
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
        NaturalWordingsTest.assertFinds(
                "In CELESTIAL, the cancer was held back for a little over 6 months (5.2 months) with cabozantinib [16].",
                "ONC-NUMBER-UNGROUNDED",
                "over 6 months");
    }

    @Test
    void a_wrong_exact_time_in_the_brackets_is_found() {
        NaturalWordingsTest.assertFinds(
                "People on tremelimumab plus durvalumab in HIMALAYA lived a median of just over 16 months (16.9"
                        + " months), against 13.8 months on sorafenib [7].",
                "ONC-NUMBER-UNGROUNDED",
                "16.9");
    }

    @Test
    void a_bracket_on_the_wrong_side_of_the_words_leaves_the_rounded_time_to_be_checked() {
        NaturalWordingsTest.assertFinds(
                "People on tremelimumab plus durvalumab in HIMALAYA lived a median of just over two years (16.4"
                        + " months) [7].",
                "ONC-NUMBER-UNGROUNDED",
                "two years");
    }

    @Test
    void a_bound_is_glossed_only_by_a_bracket_on_its_side_and_near_it() {
        qt().withExamples(200)
                .forAll(
                        integers().between(6, 40),
                        integers().between(0, 10),
                        integers().between(0, 1))
                .checkAssert((bound, share, over) -> {
                    // a tenth of a month at a time, up to a sixth of the bound away, on the side the words give
                    double away = Math.floor(bound * 10.0 * share / 60) / 10;
                    double sign = over == 1 ? 1 : -1;
                    String words = (over == 1 ? "over " : "under ") + bound + " months";
                    String near = "lived " + words + " (" + (bound + sign * away) + " months)";
                    String wrongSide = "lived " + words + " (" + (bound - sign * 0.5) + " months)";
                    String far = "lived " + words + " (" + (bound + sign * (bound / 6.0 + 1)) + " months)";
                    assertThat(GlossedBounds.bracketOf(near, bound(near)))
                            .as(near)
                            .isPositive();
                    assertThat(GlossedBounds.bracketOf(wrongSide, bound(wrongSide)))
                            .as(wrongSide)
                            .isNegative();
                    assertThat(GlossedBounds.bracketOf(far, bound(far))).as(far).isNegative();
                });
    }

    private static EffectStatement bound(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(st -> st.kind() == EffectStatement.Kind.BOUND)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_time_worded_as_the_gap_between_two_medians_is_held_against_their_difference() {
        String right = "In SHARP, the median was 10.7 months with sorafenib and 7.9 months with placebo, roughly"
                + " three months more [8].";
        assertThat(NaturalWordingsTest.errors(right)).as(right).isEmpty();
        qt().withExamples(30).forAll(integers().between(4, 30)).checkAssert(months -> {
            String wrong = "In SHARP, the median was 10.7 months with sorafenib and 7.9 months with placebo, roughly "
                    + months + " months more [8].";
            assertThat(NaturalWordingsTest.errors(wrong)).as(wrong).isNotEmpty();
        });
    }

    @Test
    void a_bare_number_with_its_interval_is_the_ratio_it_prints_both_point_and_interval() {
        String right = "Against placebo, the hazard ratios for death were:\n\n"
                + "- 0.63 for regorafenib in RESORCE (95% CI 0.50–0.79) [9]";
        assertThat(NaturalWordingsTest.errors(right)).as(right).isEmpty();
        NaturalWordingsTest.assertFinds(
                "Against placebo, the hazard ratios for death were:\n\n"
                        + "- 0.63 for regorafenib in RESORCE (95% CI 0.50–0.89) [9]",
                "ONC-NUMBER-UNGROUNDED", "0.63");
    }

    @Test
    void half_who_lived_at_least_a_time_is_a_median_in_digits_or_in_words() {
        for (String right : List.of(
                "Half of the people on nivolumab plus ipilimumab in CheckMate 9DW lived at least 23.7 months [11].",
                "For people with a high AFP in REACH-2, half lived at least eight and a half months on ramucirumab"
                        + " [10].")) {
            assertThat(NaturalWordingsTest.errors(right)).as(right).isEmpty();
        }
        for (String wrong : List.of(
                "Half of the people on nivolumab plus ipilimumab in CheckMate 9DW lived at least 26.7 months [11].",
                "For people with a high AFP in REACH-2, half lived at least nine and a half months on ramucirumab"
                        + " [10].")) {
            assertThat(NaturalWordingsTest.errors(wrong))
                    .as(wrong)
                    .anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("ONC-NUMBER-UNGROUNDED"));
        }
    }

    @Test
    void a_class_of_drugs_the_vocabulary_does_not_hold_is_an_unverified_approval_claim() {
        NaturalWordingsTest.assertFinds(
                "All PD-1 inhibitors are FDA-approved for liver cancer after sorafenib [14].",
                "ONC-APPROVAL-UNSUPPORTED",
                "All PD-1 inhibitors");
    }

    @Test
    void a_class_named_with_its_members_claims_for_the_members() {
        String right = "Two checkpoint inhibitors, nivolumab and pembrolizumab, are FDA-approved for unresectable or"
                + " metastatic HCC after sorafenib [14].";
        assertThat(NaturalWordingsTest.errors(right)).as(right).isEmpty();
        NaturalWordingsTest.assertFinds(
                "Two checkpoint inhibitors, nivolumab and pembrolizumab, are FDA-approved as first treatments for"
                        + " unresectable HCC [14].",
                "ONC-APPROVAL-CONTRADICTED",
                "nivolumab");
    }

    @Test
    void every_class_phrase_as_a_subject_is_read() {
        List<String> classes = List.of(
                "All PD-1 inhibitors",
                "PD-L1 inhibitors",
                "every immunotherapy",
                "all immunotherapies",
                "Any checkpoint drug",
                "CTLA-4 blockers",
                "all of the targeted therapies");
        qt().forAll(integers().between(0, classes.size() - 1)).checkAssert(i -> {
            String text = classes.get(i) + " are approved for liver cancer.";
            assertThat(ApprovalClasses.named(text, 0, text.indexOf(" are approved")))
                    .as(text)
                    .contains(classes.get(i));
        });
        assertThat(ApprovalClasses.named("Several treatments are approved.", 0, 18))
                .isEmpty();
        String back = "All of these drugs are approved for liver cancer.";
        assertThat(ApprovalClasses.named(back, 0, back.indexOf(" are approved")))
                .as(back)
                .isEmpty();
    }

    @Test
    void each_item_of_a_semicolon_list_of_approval_types_is_its_drugs_claim() {
        NaturalWordingsTest.assertFinds(
                "FDA approvals after sorafenib: regorafenib (regular); pembrolizumab (regular) [14].",
                "ONC-APPROVAL-CONTRADICTED",
                "pembrolizumab");
        String right = "FDA approvals after sorafenib: regorafenib (regular); pembrolizumab (accelerated) [14].";
        assertThat(NaturalWordingsTest.errors(right)).as(right).isEmpty();
        assertThat(ApprovalListItems.itemOf("Approvals: a (regular); b, accelerated; c", "b", 9))
                .isEqualTo(" b, accelerated");
        assertThat(ApprovalListItems.itemOf("a is approved, b (regular)", "b", 13))
                .isEmpty();
    }
}
