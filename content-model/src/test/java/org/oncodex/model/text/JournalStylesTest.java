package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/**
 * Ratios with intervals and P values as journals and indexers print them: the examples
 * (first block) and more of each style (statistics.md's observed strings and our own variants).
 * Each row: text, kind, value, lower, upper, level, P relation and value (NaN where absent).
 */
class JournalStylesTest {
    private static final double NONE = Double.NaN;

    static Stream<Arguments> ratios() {
        return Stream.of(
                // the examples
                row("HR 0.62 (95% CI 0.44–0.87)", "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "", NONE),
                row("hazard ratio, 0.58; 95% CI, 0.42 to 0.79", "HAZARD_RATIO", 0.58, 0.42, 0.79, 0.95, "", NONE),
                row("HR=0.80 [0.70-0.91]", "HAZARD_RATIO", 0.80, 0.70, 0.91, 0.95, "", NONE),
                row("OS: HR = 0.68, 95%CI: 0.45-1.02", "HAZARD_RATIO", 0.68, 0.45, 1.02, 0.95, "", NONE),
                // NEJM
                row(
                        "(hazard ratio for death, 0.49; 95% CI, 0.38 to 0.64; P<0.001)",
                        "HAZARD_RATIO", 0.49, 0.38, 0.64, 0.95, "<", 0.001),
                row(
                        "hazard ratio for disease progression or death, 0.52; 95% CI, 0.43 to 0.64; P<0.001",
                        "HAZARD_RATIO", 0.52, 0.43, 0.64, 0.95, "<", 0.001),
                row(
                        "hazard ratio, 0.73; 95% CI, 0.66 to 0.81; P=0.03",
                        "HAZARD_RATIO", 0.73, 0.66, 0.81, 0.95, "=", 0.03),
                row("odds ratio, 1.08; 95% CI, 0.45 to 2.60", "ODDS_RATIO", 1.08, 0.45, 2.60, 0.95, "", NONE),
                row(
                        "relative risk, 0.73; 95% CI, 0.56 to 0.94; P=0.02",
                        "RISK_RATIO", 0.73, 0.56, 0.94, 0.95, "=", 0.02),
                // JCO
                row("(hazard ratio, 0.63; 95% CI, 0.47 to 0.86)", "HAZARD_RATIO", 0.63, 0.47, 0.86, 0.95, "", NONE),
                // Lancet, with mid-dot and en dash
                row(
                        "(rate ratio 0·85; 95% CI 0·76–0·94; p=0·0028) and HR 0·57 (95% CI 0·45–0·73); p<0·0001",
                        "HAZARD_RATIO", 0.57, 0.45, 0.73, 0.95, "<", 0.0001),
                row("HR 0·62, 95% CI 0·44–0·87; p=0·0060", "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "=", 0.006),
                row("OR 1·08, 95% CI 0·45–2·60", "ODDS_RATIO", 1.08, 0.45, 2.60, 0.95, "", NONE),
                // Lancet as indexers re-typeset it
                row(
                        "(hazard ratio [HR] 0.71, 95% CI 0.58-0.88; p=0.0008)",
                        "HAZARD_RATIO", 0.71, 0.58, 0.88, 0.95, "=", 0.0008),
                // JAMA / AMA
                row(
                        "(relative risk [RR], 0.73; 95% confidence interval [CI], 0.56-0.94; P = .02)",
                        "RISK_RATIO", 0.73, 0.56, 0.94, 0.95, "=", 0.02),
                row("RR, 0.67; 95% CI, 0.46-0.98; P =.03", "RISK_RATIO", 0.67, 0.46, 0.98, 0.95, "=", 0.03),
                row("HR, 0.62; 95% CI, 0.44-0.87; P = .006", "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "=", 0.006),
                row("OR, 2.14; 99% CI, 1.10-4.16; P < .001", "ODDS_RATIO", 2.14, 1.10, 4.16, 0.99, "<", 0.001),
                // BMJ
                row(
                        "(odds ratio 1.08, 95% confidence interval 0.45 to 2.60)",
                        "ODDS_RATIO", 1.08, 0.45, 2.60, 0.95, "", NONE),
                // Vancouver / compact
                row("HR 0.62 (95% CI 0.44–0.87; P = 0.006)", "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "=", 0.006),
                row("HR 0.62 (95% CI 0.44—0.87)", "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "", NONE),
                row("HR 0.62 (90% CI 0.47 to 0.82)", "HAZARD_RATIO", 0.62, 0.47, 0.82, 0.90, "", NONE),
                // free-form variants seen in the literature
                row("HR=0.60; 95%CI:0.49-0.75;p <0.0001", "HAZARD_RATIO", 0.60, 0.49, 0.75, 0.95, "<", 0.0001),
                row("HR 0.88, CI 95% [0.78-1.04]", "HAZARD_RATIO", 0.88, 0.78, 1.04, 0.95, "", NONE),
                row(
                        "HR 0.71, 95 percent confidence interval (CI): 0.50, 1.01",
                        "HAZARD_RATIO",
                        0.71,
                        0.50,
                        1.01,
                        0.95,
                        "",
                        NONE),
                row("aHR 1.49, 95%CI: 1.025,2.173", "HAZARD_RATIO", 1.49, 1.025, 2.173, 0.95, "", NONE),
                row("HR = 0.58, P = 0.01", "HAZARD_RATIO", 0.58, NONE, NONE, NONE, "=", 0.01),
                row(
                        "the hazard ratio was 0.74 (95% CI, 0.62 to 0.89)",
                        "HAZARD_RATIO", 0.74, 0.62, 0.89, 0.95, "", NONE),
                row("HR of 0.74 (95% CI 0.62-0.89), p =0.098", "HAZARD_RATIO", 0.74, 0.62, 0.89, 0.95, "=", 0.098),
                row("HR 0.62 (95% CI 0.44–0.87; P ≤ 0.01)", "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "≤", 0.01),
                row("HR 1.55 (95% CI 1.12 to 2.15; P>0.05)", "HAZARD_RATIO", 1.55, 1.12, 2.15, 0.95, ">", 0.05),
                // thin and no-break spaces, the Unicode minus in a difference's interval kept apart
                row("HR\u00A00.62 (95%\u2009CI 0.44–0.87)", "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "", NONE),
                row(
                        "HR\u202F=\u202F0.62; 95\u00A0% CI 0.44\u20130.87",
                        "HAZARD_RATIO", 0.62, 0.44, 0.87, 0.95, "", NONE),
                row("risk ratio 0.81 (0.70 to 0.94)", "RISK_RATIO", 0.81, 0.70, 0.94, 0.95, "", NONE),
                row("OR = 3.2 [95% CI 1.4–7.1], P = 0.005", "ODDS_RATIO", 3.2, 1.4, 7.1, 0.95, "=", 0.005));
    }

    private static Arguments row(
            String text,
            String kind,
            double value,
            double lower,
            double upper,
            double level,
            String relation,
            double p) {
        return Arguments.of(text, kind, value, lower, upper, level, relation, p);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ratios")
    void reads_the_ratio_its_interval_and_p(
            String text,
            String kind,
            double value,
            double lower,
            double upper,
            double level,
            String relation,
            double p) {
        ParseResult result = EffectStatements.parse(text);
        EffectStatement statement = result.statements().stream()
                .filter(s -> s.kind().name().equals(kind))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + text + ": " + result));

        RatioEstimate ratio = (RatioEstimate) statement.estimate().orElseThrow();
        assertThat(ratio.value()).isEqualTo(value);
        if (Double.isNaN(lower)) {
            assertThat(ratio.ci()).isEmpty();
        } else {
            assertThat(ratio.ci()).contains(ConfidenceInterval.of(lower, upper, level));
        }
        if (relation.isEmpty()) {
            assertThat(statement.pValue()).isEmpty();
        } else {
            PValue pv = statement.pValue().orElseThrow(() -> new AssertionError("no P in " + text));
            assertThat(pv.relation().symbol()).isEqualTo(relation);
            assertThat(pv.value()).isCloseTo(p, within(1e-12));
        }
        assertThat(text.substring(statement.start(), statement.end())).isEqualTo(statement.text());
    }

    @Test
    void an_interval_alone_with_its_p() {
        EffectStatement s = EffectStatements.parse("(95% CI 0.44 to 0.87; P<.001)")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
        assertThat(s.estimate()).isEmpty();
        assertThat(s.ci()).contains(ConfidenceInterval.of(0.44, 0.87));
        assertThat(s.pValue()).contains(PValue.lessThan(0.001));
        assertThat(EffectStatements.parse("95% CI: 0.44, 0.87")
                        .statements()
                        .get(0)
                        .ci())
                .contains(ConfidenceInterval.of(0.44, 0.87));
    }

    @Test
    void a_p_value_alone_without_leading_zero() {
        EffectStatement s = EffectStatements.parse("P = .002").statements().get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.P_VALUE);
        assertThat(s.pValue()).contains(PValue.of(0.002));
    }

    @Test
    void a_decimal_comma_is_read_where_it_can_only_be_one_and_reported() {
        ParseResult r = EffectStatements.parse("HR = 0,62; CI 0,44-0,87");
        assertThat(r.estimates()).containsExactly(HazardRatio.of(0.62, 0.44, 0.87));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(Diagnostic.Code.DECIMAL_COMMA_READ);
        assertThat(r.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("\"0,62\""));
        assertThat(r.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("\"0,87\""));
    }

    @Test
    void a_comma_that_may_be_a_list_is_reported_not_read() {
        ParseResult r = EffectStatements.parse("HR 1,5 (0.8-1.2)");
        assertThat(r.estimates()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(Diagnostic.Code.AMBIGUOUS_DECIMAL_COMMA);
    }

    @Test
    void a_point_outside_its_interval_is_returned_with_a_diagnostic() {
        ParseResult r = EffectStatements.parse("HR 0.95 (95% CI 0.60-0.90)");
        assertThat(r.estimates()).hasSize(1);
        assertThat(((RatioEstimate) r.estimates().get(0)).ci()).contains(ConfidenceInterval.of(0.60, 0.90));
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(Diagnostic.Code.POINT_OUTSIDE_INTERVAL);
    }

    @Test
    void an_inverted_interval_is_reported_and_not_attached() {
        ParseResult r = EffectStatements.parse("HR 0.80 (95% CI 0.91-0.70)");
        assertThat(((RatioEstimate) r.estimates().get(0)).ci()).isEmpty();
        assertThat(r.statements().get(0).ci()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.INVERTED_INTERVAL);
        assertThat(r.diagnostics().get(0).message()).contains("0.91").contains("0.7");
    }

    @Test
    void a_ratio_the_model_cannot_hold_is_reported() {
        ParseResult r = EffectStatements.parse("HR = 0 (95% CI 0.0-0.5)");
        assertThat(r.estimates()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(Diagnostic.Code.INVALID_VALUE);
        assertThat(EffectStatements.parse("P = 1.5").diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(Diagnostic.Code.INVALID_VALUE);
    }

    @Test
    void a_label_with_a_separator_and_no_number_is_reported() {
        ParseResult r = EffectStatements.parse("HR = not estimable");
        assertThat(r.statements()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.MISSING_VALUE);
    }

    @Test
    void medians_with_bounds_not_reached() {
        MedianTime m = (MedianTime) EffectStatements.estimates("30.0 months (95% CI, 18.3 months to not reached)")
                .get(0);
        assertThat(m.value()).hasValue(30.0);
        assertThat(m.ciLower()).hasValue(18.3);
        assertThat(m.ciUpper()).isEmpty();
        MedianTime nr = (MedianTime)
                EffectStatements.estimates("median OS: not reached").get(0);
        assertThat(nr.isReached()).isFalse();
        MedianTime nrShort = (MedianTime) EffectStatements.estimates("median PFS NR (95% CI, 11.2 months to NR)")
                .get(0);
        assertThat(nrShort.isReached()).isFalse();
        assertThat(nrShort.ciLower()).hasValue(11.2);
        assertThat(nrShort.unit()).isEqualTo(Unit.MONTHS);
    }

    @Test
    void medians_and_rates_with_endpoints_and_comparators() {
        EffectStatement median = EffectStatements.parse("median overall survival was 22.0 vs 10.7 months")
                .statements()
                .get(0);
        assertThat(median.endpoint()).contains(Endpoint.OS);

        EffectStatement rate = EffectStatements.parse("12-month OS 69.2% (95% confidence interval [CI], 64.1 to 73.8)")
                .statements()
                .get(0);
        assertThat(rate.estimate())
                .contains(Proportion.builder()
                        .percent(69.2)
                        .ci(ConfidenceInterval.of(64.1, 73.8))
                        .build());
        assertThat(rate.timePoint()).map(Object::toString).contains("12-month");
        assertThat(rate.endpoint()).contains(Endpoint.OS);
    }

    @Test
    void counts_before_the_percentage_and_a_percentage_without_its_sign() {
        assertThat(EffectStatements.estimates("responses in 4/22 (18%)")).containsExactly(Proportion.of(18, 4, 22));
        assertThat(EffectStatements.estimates("ORR = 18 (4/22)")).containsExactly(Proportion.of(18, 4, 22));
    }

    @Test
    void ranges_and_bounds_in_words_and_symbols() {
        assertThat(EffectStatements.estimates("local control 80% to 95%"))
                .containsExactly(ValueRange.between(80, 95, Unit.PERCENT));
        assertThat(EffectStatements.estimates("at least 85%")).containsExactly(ValueRange.atLeast(85, Unit.PERCENT));
        assertThat(EffectStatements.estimates("more than 10%"))
                .containsExactly(ValueRange.greaterThan(10, Unit.PERCENT));
        assertThat(EffectStatements.estimates("≤ 33%")).containsExactly(ValueRange.atMost(33, Unit.PERCENT));
        assertThat(EffectStatements.estimates("6-12 months")).containsExactly(ValueRange.between(6, 12, Unit.MONTHS));
    }

    @Test
    void numbers_that_are_not_statistics_are_ignored() {
        for (String text : new String[] {
            "KEYNOTE-189",
            "CheckMate 017/057",
            "phase 3",
            "NSCLC[84-87]",
            "Follow-up every 3 months is common.",
            "small lesions < 3 cm",
            "> 3 metastatic sites",
            "World J Clin Oncol 2026; 17(3): 116093",
            "CD8+ T cells"
        }) {
            ParseResult r = EffectStatements.parse(text);
            assertThat(r.statements()).as(text).isEmpty();
            assertThat(r.diagnostics()).as(text).isEmpty();
        }
    }

    @Test
    void relative_changes_in_words() {
        RelativeChange change = EffectStatements.parse("a 38% reduction in the risk of death")
                .statements()
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(change.direction()).isEqualTo(RelativeChange.Direction.LOWER);
        assertThat(change.impliedRatio()).isCloseTo(0.62, within(1e-12));
        assertThat(change.measure()).isEqualTo("risk of death");
    }
}
