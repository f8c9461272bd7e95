package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Unit;

class ContextWordsTest {

    private static Scope after(String text) {
        Tokens t = new Tokens(text);
        Recognizer.Step step = new ContextWords().read(t, 0, Scope.EMPTY, new Findings());
        if (step == null) {
            throw new AssertionError("no context words read in " + text);
        }
        return step.scope();
    }

    @Test
    void a_unit_in_brackets_after_a_label_is_the_unit_of_the_values_after_it() {
        assertThat(after("(months)").unit()).isEqualTo(org.oncodex.model.stats.Unit.MONTHS);
        assertThat(after("(wk)").unit()).isEqualTo(org.oncodex.model.stats.Unit.WEEKS);
        assertThat(EffectStatements.parse("Median OS (months): 12.3 vs 13.6").statements())
                .singleElement()
                .satisfies(st -> {
                    assertThat(st.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(st.estimate())
                            .hasValueSatisfying(e -> assertThat(e.toString()).contains("MONTHS"));
                    assertThat(st.comparatorEstimate()).isPresent();
                });
    }

    @Test
    void labels_endpoints_and_median_set_the_scope() {
        assertThat(after("hazard ratio for death").label()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
        assertThat(after("hazard ratio for death").endpoint()).isEqualTo(Endpoint.OS);
        assertThat(after("progression-free survival").endpoint()).isEqualTo(Endpoint.PFS);
        assertThat(after("median").median()).isTrue();
        assertThat(after("mPFS").endpoint()).isEqualTo(Endpoint.PFS);
        assertThat(after("12-month").timePoint()).hasToString("12-month");
        assertThat(after("at 12 months").timePoint()).hasToString("12-month");
    }

    @Test
    void a_column_header_gives_every_cell_its_meaning() {
        assertThat(EffectStatements.parse("0.69 (0.55-0.87)", ParseContext.column("HR of OS (95% CI)"))
                        .statements()
                        .get(0))
                .satisfies(s -> {
                    assertThat(s.estimate()).contains(HazardRatio.of(0.69, 0.55, 0.87));
                    assertThat(s.endpoint()).contains(Endpoint.OS);
                });
        assertThat(EffectStatements.estimates("11.2 (9.8–13.0)", ParseContext.column("Median OS, mo (95% CI)")))
                .containsExactly(MedianTime.of(11.2, Unit.MONTHS, ConfidenceInterval.of(9.8, 13.0)));
        assertThat(EffectStatements.parse("NR (18.1-NR)", ParseContext.column("Median OS, mo (95% CI)"))
                        .statements()
                        .get(0)
                        .kind())
                .isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
        assertThat(EffectStatements.parse("<0.001", ParseContext.column("P value"))
                        .statements()
                        .get(0)
                        .pValue())
                .contains(PValue.of(0.001, PValue.Relation.LESS_THAN));
        assertThat(EffectStatements.parse("12.5 (3/24)", ParseContext.column("ORR, % (n/N)"))
                        .statements()
                        .get(0)
                        .kind())
                .isEqualTo(EffectStatement.Kind.PROPORTION);
    }

    @Test
    void a_paragraph_about_an_endpoint() {
        assertThat(EffectStatements.parse("HR 0.62 (0.44-0.87)", ParseContext.endpoint(Endpoint.PFS))
                        .statements()
                        .get(0)
                        .endpoint())
                .contains(Endpoint.PFS);
    }

    @Test
    void a_level_named_without_bounds_is_no_proportion() {
        assertThat(EffectStatements.parse("Noninferiority required the two-sided 90% confidence interval of the hazard"
                                + " ratio to be entirely below 1.7.")
                        .statements())
                .noneMatch(s -> s.kind() == EffectStatement.Kind.PROPORTION);
        // with its bounds, it is an interval
        assertThat(EffectStatements.parse("95% CI 0.5-0.9").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL));
    }

    @Test
    void a_median_age_is_a_median_not_a_time_to_an_event() {
        assertThat(EffectStatements.parse("they had a median (interquartile range [IQR]) age of 51 (IQR, 44-57) years.")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN));
        assertThat(EffectStatements.parse("69.0 (60.0–77.0)", ParseContext.column("Age, yr, median (IQR)"))
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN));
    }
}
