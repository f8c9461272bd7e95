package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Quantity;
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
    void a_value_estimated_at_a_time_is_the_value_not_a_time_point() {
        // sentences written for this test
        assertThat(EffectStatements.parse("the median OS was estimated at 14.2 months")
                        .statements())
                .extracting(x -> x.kind() + " " + x.printedValue().orElse(""))
                .containsExactly("MEDIAN_TIME 14.2");
        // "at" alone still names a landmark
        assertThat(EffectStatements.parse("OS at 12 months was 54%").statements())
                .extracting(x -> x.kind() + " " + x.printedValue().orElse(""))
                .containsExactly("PROPORTION 54");
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

    private static EffectStatement only(String cell, String header) {
        ParseResult r = EffectStatements.parse(cell, ParseContext.column(header));
        assertThat(r.statements()).as("statements of %s under %s", cell, header).hasSize(1);
        return r.statements().get(0);
    }

    @Test
    void a_header_names_effect_sizes_standardised_ratios_and_excess_risks() {
        // the d of Cohen's d is no unit of days
        assertThat(only("−0.57 (−1.39 to 0.29)", "Cohen's d effect size (95% CI)")
                        .kind())
                .isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        assertThat(only("0.20 (0.0027–1.135)", "Total SIR O/E (CI 95 %)").kind())
                .isEqualTo(EffectStatement.Kind.RATE_RATIO);
        assertThat(only("1.12 (0.9–1.4)", "Standardized mortality ratio (95% CI)")
                        .kind())
                .isEqualTo(EffectStatement.Kind.RATE_RATIO);
        // "(years)" after "age group" is the unit of the rows' ages, not of the values
        EffectStatement excess = only("-13.0(-20.5,-4.8)", "Excess relative risk (%) by age group (years)");
        assertThat(excess.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
        assertThat(excess.printedLower()).contains("-20.5");
    }

    @Test
    void a_header_names_ratios_of_ratios_standardised_differences_and_means() {
        // headers copied from the development corpus; the cells written for this test
        assertThat(only("3.51 (0.94-9.29)", "Ratio‡ of the OBS:EXP ratios (95% CI)")
                        .kind())
                .isEqualTo(EffectStatement.Kind.RATIO_OF_RATIOS);
        assertThat(only("1.00 (referent)", "Ratio‡ of the OBS:EXP ratios (95% CI)")
                        .kind())
                .isEqualTo(EffectStatement.Kind.RATIO_OF_RATIOS);
        assertThat(only("−5·4%", "Standardised difference, %").kind()).isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        assertThat(only("12.61 (11.31, 14.13)", "Expected survival (after all patients died) and 95% credible interval")
                        .kind())
                .isEqualTo(EffectStatement.Kind.QUANTITY);
        assertThat(only("9.84 (9.13, 10.60)", "Mean survival at 22 months and 95% credible interval")
                        .kind())
                .isEqualTo(EffectStatement.Kind.QUANTITY);
        // a difference the header names outright outweighs the "mean" in it
        assertThat(EffectStatements.parse("13.1±6.5", ParseContext.column("Δ from Control (LS Mean ± SE)"))
                        .statements()
                        .get(0)
                        .kind())
                .isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        // "n (rate)": the bracket holds a rate per person-time, not a percentage
        assertThat(EffectStatements.parse("96 (35.3)", ParseContext.column("OBS, n (rate)"))
                        .statements())
                .noneMatch(s -> s.kind() == EffectStatement.Kind.PROPORTION);
        // "Age of patients (years)": a median with its range is a median age, not a time to an event
        assertThat(only("Median (range): 71 (54–83)", "Age of patients (years)").kind())
                .isEqualTo(EffectStatement.Kind.MEDIAN);
    }

    @Test
    void a_mean_is_no_median_and_a_mean_of_rates_is_a_rate() {
        EffectStatement mean = EffectStatements.parse("(mean overall survival 98 and 91 months, respectively; p=0.208)")
                .statements()
                .get(0);
        assertThat(mean.kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
        assertThat(mean.estimate()).contains(Quantity.of(98, "months"));
        assertThat(mean.comparatorEstimate()).contains(Quantity.of(91, "months"));
        assertThat(mean.pValue()).isPresent();
        assertThat(EffectStatements.parse("the mean five-year rates were 92.7% vs 95.5%")
                        .statements()
                        .get(0)
                        .kind())
                .isEqualTo(EffectStatement.Kind.PROPORTION);
        // "mean difference" is still a difference
        assertThat(EffectStatements.parse("mean difference −1.2, 95% CI −2.0 to −0.5")
                        .statements()
                        .get(0)
                        .kind())
                .isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
    }

    @Test
    void an_absolute_risk_reduction_is_a_risk_difference_whatever_its_unit_and_a_gain_in_days_a_mean_difference() {
        assertThat(only("0.08 (−0.04 to 0.21)", "Absolute risk reduction (95% CI)")
                        .kind())
                .isEqualTo(EffectStatement.Kind.RISK_DIFFERENCE);
        assertThat(only("2.1 (0.4 to 3.9)", "Absolute difference (95% CI)").kind())
                .isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
        assertThat(only("0 (−190 to 237)", "Lifetime gained with screening (95% CI), d")
                        .kind())
                .isEqualTo(EffectStatement.Kind.MEAN_DIFFERENCE);
    }

    @Test
    void a_mixed_case_abbreviation_the_endpoint_lists_names_it() {
        assertThat(only("16.8 months", "DoR").endpoint()).contains(Endpoint.DOR);
        assertThat(only("16.8 months", "Dor").endpoint()).isEmpty();
    }

    @Test
    void an_endpoint_in_brackets_after_another_defines_it_and_does_not_replace_it() {
        assertThat(only("59 (54 to 64)", "ORR (CR+PR) (%) (95% CI)").endpoint()).contains(Endpoint.ORR);
        assertThat(only("59 (54 to 64)", "CR (%) (95% CI)").endpoint()).contains(Endpoint.CR);
    }

    @Test
    void a_label_whose_abbreviation_names_another_statistic_is_read_as_its_words_and_flagged() {
        // machine-translated text, copied from the development corpus (a-279)
        ParseResult r = EffectStatements.parse("(risk ratio (HR) 0.58;");
        assertThat(r.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO));
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.CONFLICTING_LABEL));
        // RR is written for risk and rate ratios alike: no conflict
        assertThat(EffectStatements.parse("rate ratio (RR) 0.91").diagnostics()).isEmpty();
        assertThat(EffectStatements.parse("hazard ratio (HR) 0.58").diagnostics())
                .isEmpty();
    }

    @Test
    void a_cell_that_reports_no_value_says_so() {
        // copied from the development corpus (c-191)
        ParseResult r = EffectStatements.parse("Not reported", ParseContext.column("Median PFS (months)"));
        assertThat(r.statements()).isEmpty();
        assertThat(r.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.MISSING_VALUE));
        // in running text, "not reported" is prose
        assertThat(EffectStatements.parse("Toxicity was not reported.").diagnostics())
                .isEmpty();
    }

    @Test
    void an_abbreviation_with_a_letter_run_on_still_names_its_kind() {
        // headers and sentences written for the test: a footnote mark, a plural
        assertThat(after("ORc").label()).isEqualTo(EffectStatement.Kind.ODDS_RATIO);
        assertThat(after("IRRs").label()).isEqualTo(EffectStatement.Kind.RATE_RATIO);
        assertThat(after("ORRs").endpoint()).isEqualTo(Endpoint.ORR);
        assertThat(EffectStatements.parse("2.3 (1.4-3.9)", ParseContext.column("HRb (95% CI)"))
                        .statements())
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.HAZARD_RATIO);
        // a word that only looks like one abbreviates nothing
        assertThat(Words.unsuffixed("ORRs")).isEqualTo("ORR");
        assertThat(Words.unsuffixed("Ors")).isNull();
        assertThat(Words.unsuffixed("ORg")).isNull();
    }

    @Test
    void a_correlation_coefficient_is_an_unlabeled_estimate_whatever_came_before() {
        // sentences written for the test
        assertThat(EffectStatements.parse("ORR and OS were correlated (R2 = 0.71; 95% CI 0.52 to 0.90).")
                        .statements())
                .extracting(x -> x.kind() + " " + x.printedValue().orElse("") + " " + x.endpoint())
                .containsExactly("UNLABELED_ESTIMATE 0.71 Optional.empty");
        assertThat(EffectStatements.parse("PFS HR (r, 0.77 [95% CI 0.50-0.91])").statements())
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.UNLABELED_ESTIMATE);
        // a letter that names the label's own value is no correlation
        assertThat(EffectStatements.parse("with a hazard ratio r= 0.70 assumed").statements())
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.HAZARD_RATIO);
    }
}
