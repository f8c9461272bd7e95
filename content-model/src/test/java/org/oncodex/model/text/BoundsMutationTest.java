package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/**
 * Bounds ("more than 12 months", "fewer than 1 in 5 patients", "HR < 1.52") at the edges PIT's first run
 * over the parser (2026-12-01) left untested: 47 of {@code Bounds}' 144 mutants survived. Sentences written
 * for the test.
 */
class BoundsMutationTest {

    private static List<EffectStatement> bounds(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.BOUND)
                .toList();
    }

    private static EffectStatement only(String text) {
        List<EffectStatement> b = bounds(text);
        assertThat(b).as(text).hasSize(1);
        return b.get(0);
    }

    private static ValueRange range(EffectStatement s) {
        return (ValueRange) s.estimate().orElseThrow();
    }

    @Test
    void a_frequency_after_a_bound_word_is_a_bound_on_its_share() {
        EffectStatement more = only("more than one in four people responded");
        assertThat(more.value()).hasValue(25);
        assertThat(range(more).lower()).hasValue(25);
        assertThat(range(more).lowerInclusive()).isFalse();
        EffectStatement fewer = only("fewer than 1 in 5 patients relapsed");
        assertThat(fewer.value()).hasValue(20);
        assertThat(range(fewer).upper()).hasValue(20);
        assertThat(range(fewer).upperInclusive()).isFalse();
        assertThat(only("at least 1 in 5 patients relapsed").estimate().map(e -> ((ValueRange) e).lowerInclusive()))
                .hasValue(true);
        assertThat(only("up to 1 in 5 patients relapsed").estimate().map(e -> ((ValueRange) e).upperInclusive()))
                .hasValue(true);
        assertThat(only("more than one in four people responded").end()).isEqualTo("more than one in four".length());
        assertThat(bounds("more than one in four.")).isEmpty();
        assertThat(bounds("more than 1 in 1 patient relapsed")).isEmpty();
    }

    @Test
    void a_number_after_a_bound_word_is_a_bound_in_its_unit() {
        EffectStatement months = only("survival of more than 12 months was seen");
        assertThat(range(months).unit()).isEqualTo(Unit.MONTHS);
        assertThat(range(months).lower()).hasValue(12);
        EffectStatement percent = only("a rate of less than 10% was seen");
        assertThat(range(percent).unit()).isEqualTo(Unit.PERCENT);
        assertThat(range(percent).upper()).hasValue(10);
        assertThat(percent.text()).isEqualTo("less than 10%");
        EffectStatement million = only("more than 1.4 million patients were treated");
        assertThat(million.unitLabel()).hasValue("million");
        assertThat(range(million).unit()).isEqualTo(Unit.NONE);
        assertThat(bounds("more than 12 patients were seen")).isEmpty();
        assertThat(bounds("more than twelve were seen")).isEmpty();
    }

    @Test
    void a_bound_on_a_ratio_needs_the_ratio_named_shortly_before() {
        assertThat(only("the HR had to be less than 1.18 to pass").estimate()).isPresent();
        assertThat(range(only("HR < 1.52")).upper()).hasValue(1.52);
        assertThat(bounds("the HR was estimated once in the long first report of the trial and later less than 1.18"))
                .isEmpty();
    }

    @Test
    void a_p_value_after_a_bound_and_the_endpoint_before_it_are_kept() {
        EffectStatement p = only("OS of more than 12 months (P = 0.03) was seen");
        assertThat(p.pValue()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(0.03));
        assertThat(p.text()).isEqualTo("more than 12 months (P = 0.03)");
        assertThat(p.endpoint()).hasValue(Endpoint.OS);
        assertThat(only("OS of more than 12 months was seen").endpoint()).hasValue(Endpoint.OS);
        assertThat(only("OS, in the small group of the people treated, more than 12 months")
                        .endpoint())
                .isEmpty();
        assertThat(only("approximately more than 12 months").approximate()).isTrue();
        assertThat(only("more than about 12 months").approximate()).isTrue();
        assertThat(only("more than 12 months").approximate()).isFalse();
    }
}
