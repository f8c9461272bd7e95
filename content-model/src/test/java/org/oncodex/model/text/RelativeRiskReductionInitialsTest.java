package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "RRR" before a percentage is a relative risk reduction (a relative change); before a plain number, a ratio of ratios. */
class RelativeRiskReductionInitialsTest {

    @Test
    void reads_an_rrr_in_per_cent_as_a_relative_reduction() {
        // real text: https://probsee.com/p/Relative_risk_reduction (heldout-12, h12-014)
        ParseResult r = EffectStatements.parse("For example, in cardiovascular trials, statins have been shown to"
                + " achieve an RRR of approximately 30% in reducing major coronary events over five years in"
                + " high-risk populations.");
        EffectStatement change = r.statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE)
                .findFirst()
                .orElseThrow();
        assertThat(change.printedValue()).contains("30");
        assertThat(change.relativeChange().orElseThrow().direction()).isEqualTo(RelativeChange.Direction.LOWER);
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.PROPORTION);
    }

    @Test
    void reads_an_rrr_with_an_equals_sign() {
        // written for this test
        ParseResult r = EffectStatements.parse("The RRR = 25% for stroke.");
        assertThat(r.statements()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
            assertThat(s.printedValue()).contains("25");
        });
    }

    @Test
    void keeps_an_rrr_without_a_per_cent_sign_a_ratio_of_ratios() {
        // written for this test: the nearby form the change must not touch
        ParseResult r = EffectStatements.parse("RRR 1.10 (95% CI 0.90-1.30)");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RATIO_OF_RATIOS);
            assertThat(s.printedLower()).contains("0.90");
        });
    }

    @Test
    void keeps_a_relative_risk_reduction_in_words_as_before() {
        // written for this test
        ParseResult r = EffectStatements.parse("a relative risk reduction of 30%");
        assertThat(r.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE));
    }
}
