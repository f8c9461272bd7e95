package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.ValueRange;

/** Shares of people in words. Every sentence here is written for the test. */
class WordSharesTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_fraction_before_the_people_it_counts_is_a_share() {
        assertThat(parse("Roughly a third of the patients relapsed within a year."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
                    assertThat(s.printedValue()).contains("33.3");
                    assertThat(s.approximate()).isTrue();
                    assertThat(s.text()).isEqualTo("Roughly a third");
                });
        assertThat(parse("Half the women in the trial had node-negative disease."))
                .singleElement()
                .satisfies(s -> assertThat(s.estimate())
                        .contains(Proportion.builder().percent(50).build()));
    }

    @Test
    void a_share_of_people_said_to_survive_counts_survival() {
        assertThat(parse("three quarters of people survive at least a year"))
                .first()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.OS));
    }

    @Test
    void a_range_of_fractions_is_a_range_of_percentages() {
        assertThat(parse("one-fifth to one-third of the tumours shrank"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RANGE);
                    assertThat(s.estimate().orElseThrow()).isInstanceOf(ValueRange.class);
                    assertThat(s.printedLower()).contains("20");
                    assertThat(s.printedUpper()).contains("33.3");
                });
    }

    @Test
    void a_frequency_with_every_is_a_count_of_its_total() {
        assertThat(parse("about 12 of every 100 women will be diagnosed"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.COUNT);
                    Proportion p = (Proportion) s.estimate().orElseThrow();
                    assertThat(p.count()).hasValue(12);
                    assertThat(p.total()).hasValue(100);
                });
    }

    @Test
    void fractions_that_count_no_people_are_not_shares() {
        assertThat(parse("the dose was cut by half after a week"))
                .noneMatch(s -> s.kind() == EffectStatement.Kind.PROPORTION);
        assertThat(parse("a quarter past nine")).isEmpty();
        assertThat(parse("half of the time it rained")).isEmpty();
    }
}
