package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

class RelativeChangesTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_percentage_before_its_direction() {
        RelativeChange c = RecognizerTestSupport.read(new RelativeChanges(), "38% reduction in the risk of death")
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(c.direction()).isEqualTo(RelativeChange.Direction.LOWER);
        assertThat(c.measure()).isEqualTo("risk of death");
    }

    @Test
    void a_verb_then_by_a_percentage() {
        RelativeChange c = RecognizerTestSupport.read(new RelativeChanges(), "reduced the risk of death by 38%")
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(c.percent()).isEqualTo(38);
        assertThat(c.measure()).isEqualTo("risk of death");
    }

    @Test
    void numbers_in_words() {
        RelativeChange c = RecognizerTestSupport.read(new RelativeChanges(), "thirty-eight percent lower risk")
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(c.impliedRatio()).isEqualTo(0.62);
    }

    @Test
    void a_change_named_by_its_noun_before_the_value() {
        // sentences written for this test
        for (String text : new String[] {
            "Breast cancer mortality reduction was 18% with screening.",
            "The trial showed a reduction in mortality of 26% at ten years.",
            "a hazard reduction of 33% was assumed"
        }) {
            assertThat(EffectStatements.parse(text).statements())
                    .as(text)
                    .extracting(EffectStatement::kind)
                    .containsExactly(EffectStatement.Kind.RELATIVE_CHANGE);
        }
        // the absolute reduction is a difference of risks, not a relative change
        assertThat(EffectStatements.parse("the absolute mortality reduction was 1.7%")
                        .statements())
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.RISK_DIFFERENCE);
    }

    @Test
    void more_people_is_a_share_not_a_change() {
        assertThat(RecognizerTestSupport.read(new RelativeChanges(), "20% more patients"))
                .isEmpty();
    }

    @Test
    void more_verbs_and_wordings() {
        assertThat(EffectStatements.parse("death rates dropping by 43%").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.relativeChange().orElseThrow().direction())
                        .isEqualTo(RelativeChange.Direction.LOWER));
        assertThat(EffectStatements.parse("a 13% relative reduction in disease recurrence")
                        .statements())
                .singleElement()
                .satisfies(s ->
                        assertThat(s.relativeChange().orElseThrow().percent()).isEqualTo(13));
        assertThat(RecognizerTestSupport.read(new RelativeChanges(), "cut the rate of death by a third"))
                .singleElement()
                .satisfies(s ->
                        assertThat(s.relativeChange().orElseThrow().percent()).isEqualTo(33.3));
    }

    @Test
    void an_interval_between_the_number_and_its_direction() {
        EffectStatement s = EffectStatements.parse("a 26.3% (95% UI, 20.3%-32.3%) increase")
                .statements()
                .get(0);
        assertThat(s.relativeChange().orElseThrow().direction()).isEqualTo(RelativeChange.Direction.HIGHER);
        assertThat(s.printedLower()).contains("20.3");
        assertThat(s.printedUpper()).contains("32.3");
    }

    @Test
    void the_event_in_the_words_names_the_endpoint() {
        assertThat(EffectStatements.parse("Tagrisso reduced the risk of death by 51 percent")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.OS));
        assertThat(EffectStatements.parse("The risk of death was 22% lower with the combination")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.OS));
        assertThat(EffectStatements.parse("it reduced the risk of disease progression or death by 42%")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.PFS));
        assertThat(EffectStatements.parse("lowered the risk of the cancer getting worse or death by 35%")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.PFS));
        assertThat(EffectStatements.parse("reduced the risk of recurrences, second cancers or death by 42%")
                        .statements())
                .allSatisfy(s -> assertThat(s.endpoint()).isEmpty());
    }

    @Test
    void a_range_of_changes_is_a_range() {
        assertThat(EffectStatements.parse("would reduce new cancer diagnoses by 40% to 70%")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RANGE));
    }

    @Test
    void a_gain_in_median_time_after_a_base_verb() {
        // sentences written for this test
        List<EffectStatement> increase = EffectStatements.parse("the new drugs increase median survival by 3.1 months")
                .statements();
        assertThat(increase).extracting(EffectStatement::kind).containsExactly(EffectStatement.Kind.MEAN_DIFFERENCE);
        assertThat(increase.get(0).endpoint()).contains(Endpoint.OS);
        // the gain's interval right after it is the gain's
        List<EffectStatement> withInterval = EffectStatements.parse(
                        "median survival increased by 4.2 months (95% CI = 3.1–5.0 months)")
                .statements();
        assertThat(withInterval)
                .extracting(x ->
                        x.printedLower().orElse("") + " to " + x.printedUpper().orElse(""))
                .containsExactly("3.1 to 5.0");
    }

    @Test
    void a_gain_in_time_after_a_verb() {
        EffectStatement s = EffectStatements.parse("the combination extended survival by about 3 months")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        assertThat(s.estimate())
                .contains(org.oncodex.model.stats.MeanDifference.of(3, org.oncodex.model.stats.Unit.MONTHS));
        assertThat(s.endpoint()).contains(Endpoint.OS);
        assertThat(s.approximate()).isTrue();
        assertThat(EffectStatements.parse("improved the response rate by 12%").statements())
                .noneMatch(x -> x.kind() == EffectStatement.Kind.MEAN_DIFFERENCE);
    }

    @Test
    void an_approximating_word_after_by_keeps_the_change() {
        RelativeChange c = EffectStatements.parse("sorafenib lowered the risk of death by about 31%")
                .statements()
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(c.percent()).isEqualTo(31);
        assertThat(c.direction()).isEqualTo(RelativeChange.Direction.LOWER);
        assertThat(c.measure()).isEqualTo("risk of death");
    }

    @Test
    void time_added_after_a_verb_is_a_gain_in_time() {
        EffectStatement s = EffectStatements.parse("pembrolizumab added 5.3 months to median overall survival")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        assertThat(s.text()).isEqualTo("added 5.3 months");
        assertThat(s.estimate())
                .contains(org.oncodex.model.stats.MeanDifference.of(5.3, org.oncodex.model.stats.Unit.MONTHS));
        assertThat(s.endpoint()).contains(Endpoint.OS);
        assertThat(EffectStatements.parse("it added about 3 months of life").statements())
                .singleElement()
                .satisfies(x -> assertThat(x.approximate()).isTrue());
        assertThat(EffectStatements.parse("the trial added 40 patients").statements())
                .noneMatch(x -> x.kind() == EffectStatement.Kind.MEAN_DIFFERENCE);
    }

    @Test
    void a_relative_risk_reduction_labels_its_percentage() {
        EffectStatement s = EffectStatements.parse("a relative risk reduction of 25% (95% CI 10% to 38%)")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
        assertThat(s.relativeChange().orElseThrow().direction()).isEqualTo(RelativeChange.Direction.LOWER);
        assertThat(s.relativeChange().orElseThrow().impliedRatio())
                .isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.printedUpper()).contains("38");
        // the label names its endpoint in words: death is overall survival
        EffectStatement pooled = EffectStatements.parse(
                        "The pooled risk reduction of death across approved drugs was 29%")
                .statements()
                .get(0);
        assertThat(pooled.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
        assertThat(pooled.endpoint()).contains(Endpoint.OS);
        // without a percent sign it is no relative change; an absolute risk reduction is a difference
        assertThat(EffectStatements.parse("a risk reduction of 0.62").statements())
                .isEmpty();
        assertThat(EffectStatements.parse("an absolute risk reduction of 5.1%")
                        .statements()
                        .get(0)
                        .kind())
                .isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE);
    }

    @Test
    void a_change_names_the_endpoint_its_abbreviation_gives() {
        assertThat(EffectStatements.parse("a 6% risk reduction in OS (HR 0.94)")
                        .statements()
                        .get(0)
                        .endpoint())
                .contains(Endpoint.OS);
    }

    @Test
    void the_ratio_in_brackets_after_a_change_takes_its_endpoint() {
        ParseResult r = EffectStatements.parse(
                "a 51% reduction in the risk of death (HR: 0.49 [95.03% CI: 0.33−0.73]; p=0.0004)");
        assertThat(r.statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.OS));
        // a ratio further on, after other words, is not lent the endpoint
        assertThat(EffectStatements.parse("a 51% reduction in the risk of death, and later HR 0.49")
                        .statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).isEmpty());
    }

    @Test
    void what_a_verb_reduced_may_be_a_list() {
        // news wording, copied from the development corpus (d-004, d-102)
        assertThat(EffectStatements.parse(
                                "results showed Lynparza reduced the risk of invasive breast cancer recurrences, second cancers or death by 42%")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE));
        assertThat(EffectStatements.parse(
                                "The cancer drug Enhertu cut the rate of death in a group of women with advanced breast cancer by a third")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE));
        // a sentence end between the verb and "by" ends the clause (written for this test)
        assertThat(EffectStatements.parse("Treatment reduced pain. Costs rose by 42%")
                        .statements())
                .noneMatch(s -> s.text().startsWith("reduced"));
    }

    /** Written for the test: other verbs of a reduction, and a measure between the percentage and its direction. */
    @Test
    void other_verbs_and_a_measure_before_the_direction() {
        assertThat(EffectStatements.parse("the vaccine lessened the chance of infection by 28 percent")
                        .statements())
                .singleElement()
                .satisfies(s ->
                        assertThat(s.relativeChange().orElseThrow().percent()).isEqualTo(28));
        assertThat(EffectStatements.parse("powered to detect a 25% mortality reduction")
                        .statements())
                .anySatisfy(s -> assertThat(s.relativeChange().orElseThrow().direction())
                        .isEqualTo(RelativeChange.Direction.LOWER));
    }

    @Test
    void a_verb_then_by_any_fraction_in_words() {
        // phrases written for this test
        for (String[] c : new String[][] {
            {"cut the risk of death by two-thirds", "66.7"},
            {"lowered the risk of progression by three quarters", "75"},
            {"reduced the risk of death by one fifth", "20"},
        }) {
            assertThat(RecognizerTestSupport.read(new RelativeChanges(), c[0]))
                    .as(c[0])
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.relativeChange().orElseThrow().percent()).isEqualTo(Double.parseDouble(c[1]));
                        assertThat(s.relativeChange().orElseThrow().direction())
                                .isEqualTo(RelativeChange.Direction.LOWER);
                        assertThat(s.printedValue()).contains(c[1]);
                    });
        }
        // a rounded fraction is not read: the rules would take "about a fifth" for 20% exactly
        assertThat(RecognizerTestSupport.read(new RelativeChanges(), "lowered the risk of death by about a fifth"))
                .isEmpty();
        // a number in digits after "by" is read as a percentage or not at all, never as a fraction
        assertThat(RecognizerTestSupport.read(new RelativeChanges(), "cut the risk of death by 2 thirds"))
                .isEmpty();
    }

    @Test
    void a_noun_of_change_then_of_a_percentage() {
        // written for the test
        assertThat(parse("screening brought a reduction of 24% in late-stage diagnoses"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
                    assertThat(s.relativeChange().map(RelativeChange::direction))
                            .contains(RelativeChange.Direction.LOWER);
                    assertThat(s.printedValue()).contains("24");
                });
        assertThat(parse("an increase of about 15% in incidence"))
                .singleElement()
                .satisfies(s -> assertThat(s.relativeChange().map(RelativeChange::direction))
                        .contains(RelativeChange.Direction.HIGHER));
        // a share with its interval after "of" is no change of that size
        assertThat(parse("a reduction of 30% (95% CI 20% to 40%)"))
                .noneMatch(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE && s.ci().isEmpty());
    }
}
