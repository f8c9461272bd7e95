package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "mRS" (the modified Rankin Scale) is no "median RS": a lower-case m before two capitals ending in S made every
 * later value in the sentence a median. "mCSS", "mDSS" (three capitals) stay medians of a survival.
 */
class RankinScaleNoMedianTest {

    @Test
    void reads_a_series_of_coefficients_after_mrs_as_unlabeled_estimates() {
        // real text: medRxiv 10.1101/2021.05.12.21257077 (heldout-12, h12-047)
        ParseResult r = EffectStatements.parse("mTICI≥2b and mRS had a positive correlation with a coefficient of"
                + " 0.49 (CI95% 0.19-0.80, p=0.001) for all studies, 0.54 (CI95% 0.09-1.00) for RCTs and 0.42 (CI"
                + " 95% 0.04-0.81) for registries.");
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.MEDIAN);
        assertThat(r.statements()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.UNLABELED_ESTIMATE);
            assertThat(s.printedValue()).contains("0.49");
            assertThat(s.printedLower()).contains("0.19");
            assertThat(s.pValue()).isPresent();
        });
    }

    @Test
    void reads_a_value_after_mrs_with_no_median() {
        // written for this test
        ParseResult r = EffectStatements.parse("mRS≤2 was 1.65 (95% CI 1.22-2.01)");
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.MEDIAN);
    }

    @Test
    void keeps_a_median_of_cause_specific_survival() {
        // written for this test: the nearby form the change must not touch
        ParseResult r = EffectStatements.parse("mCSS was 12.1 months");
        assertThat(r.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME));
    }
}
