package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncodex.model.stats.PValue;

class PValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "P = 0.01|EQUAL|0.01",
                "p<.001|LESS_THAN|0.001",
                "P value = 0.03|EQUAL|0.03",
                "P-value 0.03|EQUAL|0.03",
                "P value: 0.0049|EQUAL|0.0049",
                "P for interaction = 0.02|EQUAL|0.02",
                "p-value for non-inferiority = 0.012|EQUAL|0.012",
                "P for treatment-by-subgroup interaction < 0.05|LESS_THAN|0.05",
                "P = 1.3 x 10(-10)|EQUAL|1.3e-10",
                "two-sided P = .04|EQUAL|0.04",
                "p=0·07§|EQUAL|0.07",
                "P less than .0001|LESS_THAN|0.0001",
                "P = 2.3×10-9|EQUAL|2.3e-9",
                "P ≤ 0.01|LESS_THAN_OR_EQUAL|0.01",
                "1-sided P = 0.0004|EQUAL|0.0004",
                "one sided P < 0.025|LESS_THAN|0.025",
                "unilateral P .0001|EQUAL|0.0001",
                "2p<0·00001|LESS_THAN|0.00001",
                "2p=0·005|EQUAL|0.005",
                "p = < 0.0001|LESS_THAN|0.0001",
                "P = ≤ 0.05|LESS_THAN_OR_EQUAL|0.05",
                "P < = 0.001|LESS_THAN|0.001"
            })
    void reads_a_p_value_alone(String text, PValue.Relation relation, double value) {
        EffectStatement s = RecognizerTestSupport.read(new PValues(), text).get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.P_VALUE);
        assertThat(s.pValue()).contains(PValue.of(value, relation));
    }

    @Test
    void a_p_named_in_words_may_take_its_value_after_a_comma() {
        assertThat(EffectStatements.parse("(p for difference, 0.003)").statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.P_VALUE);
                    assertThat(s.pValue()).contains(PValue.of(0.003, PValue.Relation.EQUAL));
                });
        // a count after the comma is no P value
        assertThat(RecognizerTestSupport.read(new PValues(), "P for trend, 12 patients"))
                .isEmpty();
    }

    @Test
    void a_p_whose_decimal_point_was_lost_is_reported_not_read_as_one() {
        Findings out = RecognizerTestSupport.findings(new PValues(), "p<00001");
        assertThat(out.statements).isEmpty();
        assertThat(out.diagnostics).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.INVALID_VALUE);
        assertThat(EffectStatements.parse("<0000001", ParseContext.column("P-value"))
                        .statements())
                .isEmpty();
    }

    @Test
    void a_p_between_two_bounds_keeps_both_ends() {
        EffectStatement s =
                RecognizerTestSupport.read(new PValues(), "0·01<p<0·05").get(0);
        assertThat(s.pValue()).contains(PValue.of(0.05, PValue.Relation.LESS_THAN));
        assertThat(s.printedLower()).contains("0.01");
        assertThat(s.printedUpper()).contains("0.05");
        // bounds the wrong way round are no range of P
        assertThat(RecognizerTestSupport.read(new PValues(), "0.05<p<0.01")).isEmpty();
    }

    @Test
    void words_after_for_are_what_the_p_is_for_only_when_a_relation_follows() {
        // "P for death was lower in ...": no relation after the words, no P value read from them
        assertThat(RecognizerTestSupport.read(new PValues(), "P for death was 0.04"))
                .isEmpty();
    }

    @Test
    void a_p_with_no_number_is_a_diagnostic() {
        Findings out = RecognizerTestSupport.findings(new PValues(), "P = n/a");
        assertThat(out.statements).isEmpty();
        assertThat(out.diagnostics).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.MISSING_VALUE);
    }

    @Test
    void an_impossible_p_is_a_diagnostic() {
        Findings out = RecognizerTestSupport.findings(new PValues(), "P = 1.5");
        assertThat(out.diagnostics).extracting(Diagnostic::code).containsExactly(Diagnostic.Code.INVALID_VALUE);
    }

    @Test
    void a_cell_under_a_p_column_needs_no_label() {
        Scope column = Scope.EMPTY.withLabel(EffectStatement.Kind.P_VALUE, "P", -1);
        assertThat(RecognizerTestSupport.read(new PValues(), "<0.001", column))
                .extracting(s -> s.pValue().orElseThrow())
                .containsExactly(PValue.of(0.001, PValue.Relation.LESS_THAN));
    }

    @Test
    void the_digit_of_one_sided_is_not_a_value() {
        ParseResult r = EffectStatements.parse("(hazard ratio, 0.488; 95% CI 0.319–0.748; 1-sided P = 0.0004)");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.printedValue()).contains("0.488");
            assertThat(s.pValue()).contains(PValue.of(0.0004, PValue.Relation.EQUAL));
        });
    }
}
