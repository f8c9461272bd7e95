package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

class IntervalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "95% CI 0.44–0.87|0.44|0.87|0.95",
                "95% CI, 0.44 to 0.87|0.44|0.87|0.95",
                "CI 95% [0.78-1.04]|0.78|1.04|0.95",
                "95%CI: 1.025,2.173|1.025|2.173|0.95",
                "90% confidence interval (CI): 0.50, 1.01|0.50|1.01|0.90",
                "95 percent confidence interval 0.5 to 0.9|0.5|0.9|0.95",
                "95%-CI 2.2 to 3.7|2.2|3.7|0.95",
                "95-%-KI 0.50–0.79|0.50|0.79|0.95",
                "99.06% CI = 0.11–0.26|0.11|0.26|0.9906",
                "95% C.I. 0.84–0.99|0.84|0.99|0.95",
                "95%-BI 0,50–0,79|0.50|0.79|0.95",
                "95% BI 0,50-0,79|0.50|0.79|0.95",
                "95%-betrouwbaarheidsinterval 0,50–0,79|0.50|0.79|0.95"
            })
    void reads_an_interval_that_names_itself(String text, String lower, String upper, double level) {
        EffectStatement s = RecognizerTestSupport.read(new Intervals(), text).get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
        assertThat(s.printedLower()).contains(lower);
        assertThat(s.printedUpper()).contains(upper);
        assertThat(s.ci().orElseThrow().level()).isEqualTo(level);
    }

    @Test
    void the_level_of_a_german_95_percent_ki_is_no_percentage() {
        // written for this test in the German style of held-out batch 5: "95-%-KI" after a decimal-comma ratio
        ParseResult r = EffectStatements.parse("Hazard Ratio 0,63; 95-%-KI 0,50–0,79");

        assertThat(r.statements())
                .noneMatch(s ->
                        s.kind() == EffectStatement.Kind.PROPORTION && s.value().orElse(0) == 95);
    }

    @Test
    void a_dutch_bi_without_a_level_is_no_interval_name() {
        // written for this test: "BI" alone may be letters of a name, so only "95%-BI" names an interval
        assertThat(RecognizerTestSupport.findings(new Intervals(), "BI 0,50–0,79").statements)
                .isEmpty();
    }

    @Test
    void a_lower_case_l_for_the_i_of_ci_is_read_and_reported() {
        Findings out = RecognizerTestSupport.findings(new Intervals(), "95% Cl 0.5-0.9");
        assertThat(out.statements).hasSize(1);
        assertThat(out.diagnostics).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.TYPO_READ);
    }

    @Test
    void one_sided_uncertainty_and_credible_intervals_keep_what_they_are() {
        assertThat(EffectStatements.parse("HR 0.85 (one-sided 97.5% CI 0.70 to 1.03)")
                        .statements()
                        .get(0)
                        .ci())
                .hasValueSatisfying(ci -> assertThat(ci.sidedness()).isEqualTo(Sidedness.ONE_SIDED));
        assertThat(RecognizerTestSupport.read(new Intervals(), "95% UI 10·1–15·2")
                        .get(0)
                        .ci())
                .hasValueSatisfying(ci -> assertThat(ci.kind()).isEqualTo(IntervalKind.UNCERTAINTY));
        assertThat(RecognizerTestSupport.read(new Intervals(), "95% CrI 0.061 to 0.379")
                        .get(0)
                        .ci())
                .hasValueSatisfying(ci -> assertThat(ci.kind()).isEqualTo(IntervalKind.CREDIBLE));
    }

    @Test
    void open_ends_are_printed_not_invented() {
        EffectStatement s =
                RecognizerTestSupport.read(new Intervals(), "95% CI 17.9 to NE").get(0);
        assertThat(s.printedUpper()).contains("NE");
        assertThat(s.ci()).isEmpty();
    }

    @Test
    void a_cell_under_an_interval_column_needs_no_name() {
        Scope column = Scope.EMPTY
                .withLabel(EffectStatement.Kind.INTERVAL, "95% CI", -1)
                .withDeclaredInterval(0.95, null);
        for (String cell : new String[] {"0.85-0.99", "(0.54–0.84)", "[−2.00; 9.39]", "0·48, 0·82"}) {
            assertThat(RecognizerTestSupport.read(new Intervals(), cell, column))
                    .as(cell)
                    .hasSize(1);
        }
    }

    @Test
    void a_bracket_typed_twice_is_read_and_reported() {
        ParseResult r = EffectStatements.parse("HR 0.71 ((95% CI 0.55-0.90)");
        assertThat(r.statements()).hasSize(1);
        assertThat(r.statements().get(0).printedLower()).contains("0.55");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(Diagnostic.Code.UNBALANCED_BRACKET);
    }

    @Test
    void a_bare_pair_of_numbers_is_no_interval() {
        assertThat(RecognizerTestSupport.read(new Intervals(), "0.44-0.87")).isEmpty();
        assertThat(RecognizerTestSupport.read(new Intervals(), "range 44-60"))
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.RANGE);
    }

    @Test
    void a_named_range_standing_alone_is_a_range_not_an_interval() {
        EffectStatement s =
                RecognizerTestSupport.read(new Intervals(), "(range 0.94–1.49)").get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RANGE);
        assertThat(s.ci()).isEmpty();
        assertThat(s.estimate()).contains(ValueRange.between(0.94, 1.49, Unit.NONE));
        assertThat(RecognizerTestSupport.read(new Intervals(), "[IQR 61-140]")
                        .get(0)
                        .printedUpper())
                .contains("140");
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "25–80|Range|25|80",
                "(0.02–12.8)|(range)|0.02|12.8",
                "1.7–19.4+|Range|1.7|19.4",
                "61-140|IQR|61|140"
            })
    void a_cell_under_a_range_column_is_a_range(String cell, String header, String lower, String upper) {
        ParseResult r = EffectStatements.parse(cell, ParseContext.column(header));
        assertThat(r.statements()).hasSize(1);
        EffectStatement s = r.statements().get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RANGE);
        assertThat(s.printedLower()).contains(lower);
        assertThat(s.printedUpper()).contains(upper);
    }

    @Test
    void a_footnote_letter_glued_to_a_ci_header_is_not_part_of_its_name() {
        EffectStatement s = EffectStatements.parse("− 6.0, 19.3", ParseContext.column("95% CIb"))
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
        assertThat(s.printedLower()).contains("-6.0");
        assertThat(s.printedUpper()).contains("19.3");
    }

    @Test
    void a_bound_whose_decimal_point_was_lost_is_no_bound() {
        EffectStatement s =
                EffectStatements.parse("HR 0.621 (0.468, 0823)").statements().get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
        assertThat(s.ci()).isEmpty();
        assertThat(s.printedUpper()).isEmpty();
    }

    @Test
    void a_column_of_intervals_keeps_the_endpoint_its_header_names() {
        EffectStatement s = EffectStatements.parse("10.7–13.4", ParseContext.column("95% CI for median PFS (months)"))
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
        assertThat(s.endpoint()).contains(org.oncodex.model.Endpoint.PFS);
        assertThat(EffectStatements.parse("10.7–13.4", ParseContext.column("95% CI"))
                        .statements()
                        .get(0)
                        .endpoint())
                .isEmpty();
    }

    @Test
    void a_cell_of_an_interval_column_keeps_the_sign_of_its_lower_bound() {
        for (String cell : new String[] {"−4.59 to 5.99", "-4.59 to 5.99"}) {
            assertThat(EffectStatements.parse(cell, ParseContext.column("95% CI of the difference"))
                            .statements())
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
                        assertThat(s.printedLower()).contains("-4.59");
                        assertThat(s.printedUpper()).contains("5.99");
                    });
        }
    }

    @Test
    void a_bracket_that_opens_with_its_p_then_names_its_interval() {
        // the EMA's style, copied from the development corpus (d-153, d-155)
        EffectStatement s = EffectStatements.parse(
                        "The placebo-adjusted median increase in 6MWD was 17 metres (p=0.09; 95 % CI: : -7.1, 43.0; Prespecified Hodges-Lehman method)")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
        assertThat(s.printedLower()).contains("-7.1");
        assertThat(s.printedUpper()).contains("43.0");
        assertThat(s.pValue()).isPresent();
        assertThat(s.unitLabel()).contains("metres");
        EffectStatement semi = EffectStatements.parse("(mean 23 metres, 95 % CI; -2.4, 47.8)")
                .statements()
                .get(0);
        assertThat(semi.printedLower()).contains("-2.4");
        // a bracket with a P and no named interval after it gives no interval
        assertThat(EffectStatements.parse("HR 0.70 (p=0.01; 0.5, 0.9)")
                        .statements()
                        .get(0)
                        .printedLower())
                .isEmpty();
    }

    @Test
    void one_end_of_a_one_sided_interval() {
        // copied from the development corpus (c-181, c-182)
        EffectStatement lower = EffectStatements.parse(
                        "the 1-year Kaplan-Meier estimate of survival was 89.5% (95% lower confidence bound 78.2%).")
                .statements()
                .get(0);
        assertThat(lower.printedLower()).contains("78.2");
        assertThat(lower.printedUpper()).isEmpty();
        EffectStatement upper = EffectStatements.parse(
                        "the 1-year Kaplan-Meier estimate of survival was 66.4% (75% upper confidence bound 71.0%).")
                .statements()
                .get(0);
        assertThat(upper.printedUpper()).contains("71.0");
        assertThat(upper.printedLower()).isEmpty();
    }

    @Test
    void open_ends_written_as_one_word_and_range_ends_printed_as_bounds() {
        // cells copied from the development corpus (c-037, b-150) under their headers
        EffectStatement open = EffectStatements.parse("0 (NE-NE)", ParseContext.column("12-month rate (95% CI), %"))
                .statements()
                .get(0);
        assertThat(open.printedLower()).contains("NE");
        assertThat(open.printedUpper()).contains("NE");
        EffectStatement range = EffectStatements.parse(
                        "3.5 (< 0.1+ to 28.0+)", ParseContext.column("Median PFS, Months (Range)"))
                .statements()
                .get(0);
        assertThat(range.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
        assertThat(range.printedLower()).contains("0.1");
        assertThat(range.printedUpper()).contains("28.0");
        // "NE-NR" mixes two meanings: no interval
        assertThat(EffectStatements.parse("0 (NE-NR)", ParseContext.column("12-month rate (95% CI), %"))
                        .statements()
                        .get(0)
                        .printedLower())
                .isEmpty();
    }

    @Test
    void an_interval_named_with_how_it_was_computed_and_of() {
        // copied from the development corpus (d-181)
        assertThat(EffectStatements.parse("a 95% binomial-Poisson confidence interval of (−0.01, 0.32)")
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
                    assertThat(s.printedLower()).contains("-0.01");
                });
    }

    @Test
    void an_open_end_printed_with_full_stops_is_open() {
        // ESMO Open prints "N.A." (not available) for an upper end that was not reached
        EffectStatement s = first("(28.16 to N.A.)", ParseContext.column("Exact 95% CI"));
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
        assertThat(s.printedLower()).contains("28.16");
        assertThat(s.printedUpper()).contains("NE");
        assertThat(first("(2.1 to N.R.)", ParseContext.column("95% CI")).printedUpper())
                .contains("NR");
    }

    @Test
    void a_column_of_intervals_may_say_how_they_were_computed() {
        EffectStatement s = first("36.9 to 46.5", ParseContext.column("Exact 95% CI"));
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
        assertThat(s.ci().orElseThrow().level()).isEqualTo(0.95);
    }

    @Test
    void a_prediction_interval_is_read_as_one() {
        EffectStatement s =
                RecognizerTestSupport.read(new Intervals(), "95% PI 0.76–1.51").get(0);
        assertThat(s.ci().orElseThrow().kind()).isEqualTo(IntervalKind.PREDICTION);
        assertThat(RecognizerTestSupport.read(new Intervals(), "95% prediction interval 0.76 to 1.51")
                        .get(0)
                        .ci()
                        .orElseThrow()
                        .kind())
                .isEqualTo(IntervalKind.PREDICTION);
        // "PI" with no level before it may be a name: no interval
        assertThat(RecognizerTestSupport.read(new Intervals(), "PI 0.76–1.51")).isEmpty();
    }

    @Test
    void a_median_takes_the_interval_a_few_words_after_it() {
        EffectStatement s = EffectStatements.parse("a median PFS of 11.99 months, with a 95% CI of (10.33, 12.94).")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
        assertThat(s.printedLower()).contains("10.33");
        assertThat(s.ci().orElseThrow().upper()).isEqualTo(12.94);
    }

    private static EffectStatement first(String text, ParseContext context) {
        return EffectStatements.parse(text, context).statements().get(0);
    }
}
