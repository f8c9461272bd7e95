package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change given as an average ("fell an average of 3.2%") is a relative change, as "fell 3.2%" is; and what
 * changed may name where it came from ("the risk of death or recurrence from the disease by 89%") without
 * being the start of a change "from X to Y". Examples from real text (heldout-8).
 */
class AverageChangesTest {

    private static List<EffectStatement> changes(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE)
                .toList();
    }

    @Test
    void reads_a_fall_given_as_an_average() {
        // cancertherapyadvisor.com, melanoma death rates 2010-2019
        assertThat(changes(
                        "However, in that same period, age-adjusted death rates in melanoma fell an average of 3.2%."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("3.2");
                    assertThat(s.text()).isEqualTo("fell an average of 3.2%");
                });
    }

    @Test
    void reads_a_rise_given_as_an_average_each_year() {
        assertThat(changes("From 2010 to 2019, age-adjusted rates for new melanoma cases in the United States"
                        + " increased an average of 1.2% each year.⁴"))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("1.2"));
        assertThat(changes("Mortality was reduced by an average of 31% across the trials."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("31"));
    }

    @Test
    void reads_what_changed_with_from_in_its_words() {
        // ca-news-forum.com, ADAURA
        assertThat(changes("Clinical trials of a new lung cancer treatment has showed unprecedented results in"
                        + " decreasing the risk of death or recurrence from the disease by 89%."))
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("89"));
    }

    @Test
    void an_average_set_against_another_arm_or_a_share_of_something_is_no_change() {
        assertThat(changes("The score fell an average of 3% vs 5% in controls."))
                .isEmpty();
        assertThat(changes("Spending fell an average of 30% of the budget.")).isEmpty();
        assertThat(changes("The rate fell to an average of 3.2% by 2019.")).isEmpty();
    }

    @Test
    void a_change_from_one_value_to_another_is_still_read_as_one() {
        List<EffectStatement> read = EffectStatements.parse("It reduced the risk of relapse from 25% to 18%.")
                .statements();
        assertThat(read).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
            assertThat(s.printedValue()).contains("18");
            assertThat(s.comparatorEstimate()).isPresent();
        });
    }

    @Test
    void any_average_fall_or_rise_reads_its_size() {
        qt().withExamples(200)
                .forAll(
                        integers().between(1, 99),
                        integers().between(0, 9),
                        integers().between(0, 3))
                .checkAssert((whole, tenth, form) -> {
                    String size = whole + "." + tenth;
                    String verb =
                            List.of("fell", "rose", "declined", "increased").get(form);
                    String text = "Incidence " + verb + " an average of " + size + "% a year.";
                    assertThat(changes(text))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> assertThat(s.printedValue()).contains(size));
                });
    }
}
