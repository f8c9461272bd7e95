package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.PValue.Relation;

/**
 * The edges of {@link PValues}: every name of P and word that may qualify it, how many such words, where the
 * statement starts, the words of comparison, the comma form, a P column's cells, a P in brackets after an estimate
 * and a P between two bounds. PIT left 57 of 195 of its mutants alive (parser run q3, 2026-12-01). Every text here
 * is written for the test.
 */
class PValuesMutationTest {

    private static List<EffectStatement> read(String text) {
        return RecognizerTestSupport.read(new PValues(), text);
    }

    private static EffectStatement one(String text) {
        List<EffectStatement> read = read(text);
        assertThat(read).as(text).hasSize(1);
        return read.get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "p",
                "P",
                "p-value",
                "p-values",
                "pinteraction",
                "ptrend",
                "p-interaction",
                "p-trend",
                "p-for-trend",
                "p-for-interaction",
                "p-het",
                "p-heterogeneity",
                "plog-rank",
                "p-log-rank"
            })
    void everyNameOfP(String name) {
        EffectStatement s = one(name + " = 0.03");
        assertThat(s.pValue()).contains(PValue.of(0.03, Relation.EQUAL));
        assertThat(s.start()).isZero();
        assertThat(s.text()).isEqualTo(name + " = 0.03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "pr", "pvalues", "ps", "prob"})
    void otherWordsAreNotP(String name) {
        assertThat(read(name + " = 0.03")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "value",
                "interaction",
                "trend",
                "heterogeneity",
                "difference",
                "log-rank",
                "logrank",
                "two-sided",
                "one-sided",
                "stratified",
                "unstratified",
                "nominal",
                "adjusted",
                "int",
                "het",
                "values"
            })
    void everyWordThatMayQualifyP(String word) {
        assertThat(one("P " + word + " = 0.04").pValue()).contains(PValue.of(0.04, Relation.EQUAL));
        // a qualifying word says it is a P: the value may follow with no sign
        assertThat(one("P " + word + " 0.04").pValue()).contains(PValue.of(0.04, Relation.EQUAL));
    }

    @Test
    void upToThreeQualifyingWords() {
        assertThat(one("P value for interaction = 0.02").pValue()).contains(PValue.of(0.02, Relation.EQUAL));
        assertThat(read("P value stratified nominal adjusted = 0.02")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "two-sided",
                "one-sided",
                "two-tailed",
                "one-tailed",
                "unilateral",
                "bilateral",
                "nominal",
                "log-rank",
                "logrank",
                "stratified",
                "adjusted"
            })
    void aLeadingWordStartsTheStatement(String word) {
        EffectStatement s = one(word + " P = 0.04");
        assertThat(s.start()).isZero();
        assertThat(s.pValue()).contains(PValue.of(0.04, Relation.EQUAL));
    }

    @Test
    void onlyOneOrTwoSidedOrTailedLeadsWithADigit() {
        assertThat(one("2-tailed P = 0.04").start()).isZero();
        assertThat(one("one tailed P = 0.04").start()).isZero();
        assertThat(one("two sided P = 0.04").start()).isZero();
        // "3-sided" is no side of a test, and "1p" no Lancet P: read from P on, or not at all
        assertThat(read("3-sided P = 0.04")).isEmpty();
        assertThat(read("three sided P = 0.04")).isEmpty();
        assertThat(read("1p=0·005")).isEmpty();
        assertThat(read("2.0p=0·005")).isEmpty();
        assertThat(read("2 p=0·005")).isEmpty();
        assertThat(read("1-way P = 0.04")).isEmpty();
    }

    @Test
    void wordsOfComparison() {
        assertThat(one("P lower than .001").pValue()).contains(PValue.of(0.001, Relation.LESS_THAN));
        assertThat(one("P smaller than .001").pValue()).contains(PValue.of(0.001, Relation.LESS_THAN));
        assertThat(one("P greater than 0.05").pValue()).contains(PValue.of(0.05, Relation.GREATER_THAN));
        assertThat(one("P more than 0.05").pValue()).contains(PValue.of(0.05, Relation.GREATER_THAN));
        assertThat(one("P higher than 0.05").pValue()).contains(PValue.of(0.05, Relation.GREATER_THAN));
        assertThat(read("P fewer than 0.05")).isEmpty();
    }

    @Test
    void theCommaFormNeedsWordsSayingItIsAPAndAFractionAfterIt() {
        assertThat(one("P value, .04").pValue()).contains(PValue.of(0.04, Relation.EQUAL));
        assertThat(read("P, .04")).isEmpty();
        assertThat(read("P value, 1.5")).isEmpty();
        assertThat(read("P value, 2")).isEmpty();
        assertThat(read("P value, one")).isEmpty();
    }

    @Test
    void aBareNumberAfterPMustBeAFraction() {
        assertThat(one("P .0001").pValue()).contains(PValue.of(0.0001, Relation.EQUAL));
        assertThat(read("P 3")).isEmpty();
        assertThat(read("P 1.5")).isEmpty();
    }

    @Test
    void theDigitsAreKeptAsPrinted() {
        EffectStatement s = one("P = 0.010");
        assertThat(s.printedValue()).contains("0.010");
        assertThat(s.end()).isEqualTo("P = 0.010".length());
    }

    @Test
    void aSpelledNumberIsNoValueOfP() {
        Findings out = RecognizerTestSupport.findings(new PValues(), "P = one");
        assertThat(out.statements).isEmpty();
        assertThat(out.diagnostics)
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.MISSING_VALUE));
        assertThat(RecognizerTestSupport.findings(new PValues(), "P = ns").diagnostics)
                .isEmpty();
    }

    @Test
    void aPBetweenTwoBoundsNeedsTwoBoundsBelowRisingAndPrinted() {
        EffectStatement s = one("0.01<p≤0.05");
        assertThat(s.pValue()).contains(PValue.of(0.05, Relation.LESS_THAN_OR_EQUAL));
        assertThat(s.printedLower()).contains("0.01");
        assertThat(s.printedUpper()).contains("0.05");
        assertThat(s.text()).isEqualTo("0.01<p≤0.05");
        assertThat(read("0.05<p<0.05")).isEmpty();
        assertThat(read("0.01>p<0.05")).isEmpty();
        assertThat(read("0.01<p>0.05")).isEmpty();
        assertThat(read("0.01<q<0.05")).isEmpty();
    }

    @Test
    void aCellOfAPColumnIsReadWithOrWithoutItsSign() {
        ParseContext column = ParseContext.column("P");
        assertThat(EffectStatements.parse("<0.001", column).statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.pValue()).contains(PValue.of(0.001, Relation.LESS_THAN));
                    assertThat(s.text()).isEqualTo("<0.001");
                    assertThat(s.start()).isZero();
                });
        assertThat(EffectStatements.parse(".04", column).statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("0.04"));
        ParseResult impossible = EffectStatements.parse("1.5", column);
        assertThat(impossible.statements()).isEmpty();
        assertThat(impossible.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.INVALID_VALUE));
        ParseResult lost = EffectStatements.parse("0823", column);
        assertThat(lost.statements()).isEmpty();
        assertThat(lost.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("lost its decimal point"));
    }

    @Test
    void aPAfterAnEstimateIsItsOwnWhateverTheBracket() {
        Findings out = new Findings();
        Tokens t = new Tokens("x, P = 0.01 y");
        PValues.Read r = Objects.requireNonNull(PValues.tail(t, 1, out));
        assertThat(r.p()).isEqualTo(PValue.of(0.01, Relation.EQUAL));
        assertThat(t.at(r.next()).text).isEqualTo("y");
        Tokens bracketed = new Tokens("x (P = 0.01) y");
        PValues.Read inBrackets = Objects.requireNonNull(PValues.tail(bracketed, 1, out));
        assertThat(bracketed.at(inBrackets.next()).text).isEqualTo("y");
        assertThat(PValues.tail(new Tokens("x (P = 0.01 y"), 1, out)).isNull();
        assertThat(PValues.tail(new Tokens("x; P = ns"), 1, out)).isNull();
        assertThat(PValues.tail(new Tokens("x; y"), 1, out)).isNull();
        assertThat(out.diagnostics).isEmpty();
    }

    @Test
    void aLostDecimalPointIsSeenOnlyAfterALeadingZero() {
        assertThat(PValues.lostPoint(new Tokens("00001").at(0))).isTrue();
        assertThat(PValues.lostPoint(new Tokens("0.001").at(0))).isFalse();
        assertThat(PValues.lostPoint(new Tokens("0").at(0))).isFalse();
        assertThat(PValues.lostPoint(new Tokens("10001").at(0))).isFalse();
    }
}
