package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a column header says its cells are, where it says it in a header's way: a confidence interval named
 * before a P value ("Model coefficient, 95 % CI and p value": the cells hold an estimate, its interval and its P
 * value, not P values alone), and a ratio's abbreviation after a hyphenated prefix ("IV-ORc (95% CI)").
 */
class HeaderKindsTest {

    private static List<EffectStatement> cell(String text, String header) {
        return EffectStatements.parse(text, ParseContext.column(header)).statements();
    }

    @Test
    void a_header_naming_an_interval_before_its_p_value_holds_estimates() {
        // PMC5032839 table 4 (heldout-9): a regression coefficient with its interval and P value
        assertThat(cell("0.18 (0.009 to 0.35); p = 0.04", "Model coefficient, 95 % CI and p value"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.UNLABELED_ESTIMATE);
                    assertThat(s.printedValue()).contains("0.18");
                    assertThat(s.printedLower()).contains("0.009");
                    assertThat(s.printedUpper()).contains("0.35");
                    assertThat(s.pValue()).isPresent();
                });
        assertThat(cell("0.93–1.10, P = 0.51", "95% CI, P value"))
                .first()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL));
    }

    @Test
    void a_column_of_p_values_stays_one() {
        for (String header : List.of("P", "P value", "p-value‡", "Stratified log-rank test, p value", "P (95% CI)")) {
            assertThat(cell("0.04", header))
                    .as(header)
                    .singleElement()
                    .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.P_VALUE));
        }
        assertThat(HeaderKinds.intervalBeforeP(new Tokens("P value (95% CI)"))).isFalse();
        assertThat(HeaderKinds.intervalBeforeP(new Tokens("OR (95% CI), P"))).isTrue();
    }

    @Test
    void cells_under_an_interval_then_p_header_are_never_p_values_alone() {
        qt().withExamples(300)
                .forAll(
                        integers().between(1, 999),
                        integers().between(1, 400),
                        integers().between(1, 999))
                .checkAssert((point, spread, p) -> {
                    double v = point / 100.0;
                    String text = String.format(
                            Locale.ROOT,
                            "%.2f (%.2f to %.2f); p = 0.%03d",
                            v,
                            v - spread / 1000.0,
                            v + spread / 1000.0,
                            p);
                    assertThat(cell(text, "Model coefficient, 95 % CI and p value"))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> {
                                assertThat(s.kind()).isEqualTo(EffectStatement.Kind.UNLABELED_ESTIMATE);
                                assertThat(s.value())
                                        .hasValue(Double.parseDouble(String.format(Locale.ROOT, "%.2f", v)));
                            });
                });
    }

    @Test
    void a_ratio_abbreviation_after_a_hyphenated_prefix_names_the_kind() {
        // PMC4490960 table 2 (heldout-9): an instrumental-variable odds ratio with a footnote letter
        assertThat(cell("1.50 (1.13–2.01)", "IV-ORc (95% CI)")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.ODDS_RATIO);
            assertThat(s.printedLower()).contains("1.13");
        });
        assertThat(HeaderKinds.of("Adj-HR (95% CI)")).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
        assertThat(HeaderKinds.of("MR-IRR")).isEqualTo(EffectStatement.Kind.RATE_RATIO);
    }

    @Test
    void hyphenated_words_that_are_no_abbreviation_name_nothing() {
        for (String header : List.of("HR-positive, n (%)", "Follow-up, mo", "X-ray findings", "Anti-ORB")) {
            assertThat(HeaderKinds.of(header)).as(header).isNull();
        }
    }

    @Test
    void every_ratio_abbreviation_after_any_prefix_names_its_kind() {
        List<Map.Entry<String, EffectStatement.Kind>> ratios = Words.ABBREVIATIONS.entrySet().stream()
                .filter(e -> Values.isRatio(e.getValue()))
                .filter(e -> Character.isUpperCase(e.getKey().charAt(e.getKey().length() - 1)))
                .sorted(Map.Entry.comparingByKey())
                .toList();
        qt().withExamples(300)
                .forAll(
                        integers().between(0, ratios.size() - 1),
                        integers().between(0, 2),
                        integers().between(0, 6))
                .checkAssert((r, prefix, footnote) -> {
                    Map.Entry<String, EffectStatement.Kind> e = ratios.get(r);
                    String header = List.of("IV", "Adj", "MR").get(prefix) + "-" + e.getKey()
                            + (footnote < 6 ? String.valueOf((char) ('a' + footnote)) : "") + " (95% CI)";
                    assertThat(HeaderKinds.of(header)).as(header).isEqualTo(e.getValue());
                });
    }
}
