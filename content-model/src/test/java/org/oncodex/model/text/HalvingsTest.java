package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * A risk halved in words ("halved the risk of death", "the risk was halved", "cut ... in half", "reduced ...
 * by half"): a relative change of 50% lower. Every sentence here is written for the test.
 */
class HalvingsTest {

    private static List<EffectStatement> changes(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE)
                .toList();
    }

    private static void halves(String text, String measure) {
        assertThat(changes(text)).as(text).singleElement().satisfies(s -> {
            assertThat(s.printedValue()).contains("50");
            assertThat(s.value()).hasValue(50.0);
            assertThat(s.relativeChange()).hasValueSatisfying(c -> {
                assertThat(c.percent()).isEqualTo(50.0);
                assertThat(c.direction()).isEqualTo(RelativeChange.Direction.LOWER);
                assertThat(c.measure()).isEqualTo(measure);
            });
        });
    }

    @Test
    void every_way_of_halving_a_risk_is_a_fifty_percent_reduction() {
        halves("The drug halved the risk of death.", "risk of death");
        halves("The drug cut the risk of death in half.", "risk of death");
        halves("The drug reduced the risk of death by half.", "risk of death");
        halves("The risk of relapse was halved in women.", "risk of relapse");
        halves("Chemotherapy cut in half the risk of recurrence.", "risk of recurrence");
        halves("The risk of recurrence was cut in half.", "risk of recurrence");
        halves("The rate of death was slashed in half among smokers who quit.", "rate of death");
    }

    @Test
    void cut_in_half_before_what_it_cuts_is_no_share_of_people() {
        assertThat(EffectStatements.parse("Chemotherapy cut in half the risk of recurrence.")
                        .statements())
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.RELATIVE_CHANGE);
        assertThat(EffectStatements.parse("The dose was cut in half.").statements())
                .isEmpty();
        assertThat(EffectStatements.parse("They cut in half the tablets.").statements())
                .isEmpty();
    }

    @Test
    void a_halved_risk_of_death_is_about_overall_survival() {
        assertThat(changes("The drug halved the risk of death."))
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.OS));
    }

    @Test
    void a_ratio_after_the_words_is_read_as_well() {
        List<EffectStatement> all = EffectStatements.parse("Treatment halved the risk of recurrence (HR 0.50).")
                .statements();
        assertThat(all)
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.RELATIVE_CHANGE, EffectStatement.Kind.HAZARD_RATIO);
    }

    @Test
    void halving_something_other_than_a_risk_is_no_statistic() {
        assertThat(EffectStatements.parse("The dose was halved after two cycles.")
                        .statements())
                .isEmpty();
        assertThat(EffectStatements.parse("The drug halved the dose.").statements())
                .isEmpty();
        assertThat(EffectStatements.parse("They cut the tablet in half.").statements())
                .isEmpty();
    }

    @Test
    void any_number_of_words_before_in_half_reads_once_or_not_at_all() {
        qt().withExamples(100).forAll(integers().between(0, 30)).checkAssert(n -> {
            String text = "it cut the risk" + " of death".repeat(n) + " in half";
            List<EffectStatement> read = changes(text);
            assertThat(read).as(text).hasSizeLessThanOrEqualTo(1);
            read.forEach(s -> {
                assertThat(s.start()).isBetween(0, text.length());
                assertThat(s.end()).isBetween(s.start(), text.length());
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            });
        });
    }
}
