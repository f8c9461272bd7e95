package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;

/**
 * The arm values a result's quote states beyond its own estimates, read from the quotes of the bundled
 * evidence base (each result's quote is its source's words, with the source's citation in the base).
 */
class QuotedValuesTest {
    private static TrialResult result(String id) {
        return ReferenceAnswers.KB.result(id).orElseThrow();
    }

    private static double months(org.oncodex.model.stats.EffectEstimate e) {
        MedianTime m = (MedianTime) e;
        assertThat(m.unit()).isEqualTo(Unit.MONTHS);
        return m.value().orElseThrow();
    }

    @Test
    void the_medians_beside_a_hazard_ratio_become_a_result_with_the_quoting_results_facets() {
        // CELESTIAL: "The median progression-free survival was 5.2 months with cabozantinib and 1.9 months with
        // placebo (HR = 0.44, 95% CI = 0.36–0.52; P < .0001)."
        TrialResult pfs = result("celestial-pfs");
        assertThat(QuotedValues.of(pfs)).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("celestial-pfs-quoted-1");
            assertThat(months(q.estimate())).isEqualTo(5.2);
            assertThat(months(q.comparatorEstimate().orElseThrow())).isEqualTo(1.9);
            assertThat(q.endpoint()).isEqualTo(pfs.endpoint());
            assertThat(q.study()).isEqualTo(pfs.study());
            assertThat(q.population()).isEqualTo(pfs.population());
            assertThat(q.comparison()).isEqualTo(pfs.comparison());
            assertThat(q.citation()).isEqualTo(pfs.citation());
            assertThat(q.quote()).isEqualTo(pfs.quote());
        });
        assertThat(QuotedValues.of(pfs)).isSameAs(QuotedValues.of(pfs));
    }

    @Test
    void values_the_result_holds_and_ratios_are_not_read_again() {
        // the same CELESTIAL medians of overall survival that the result itself records
        assertThat(QuotedValues.of(result("celestial-os-median"))).isEmpty();
        // "ABCP (atezolizumab + bevacizumab + chemo) vs chemo | OS | HR = 0.68, 95%CI: 0.45-1.02": a ratio only
        assertThat(QuotedValues.of(result("impower150-os-liver-mets"))).isEmpty();
    }

    @Test
    void each_rate_of_a_single_arm_quote_is_a_result_numbered_in_order() {
        // KEYNOTE-224: "The objective response rate was 17%, with a complete response rate of 1% and a partial
        // response rate of 16%."
        List<TrialResult> quoted = QuotedValues.of(result("keynote-224-orr"));
        assertThat(quoted)
                .extracting(TrialResult::id)
                .containsExactly("keynote-224-orr-quoted-1", "keynote-224-orr-quoted-2");
        assertThat(quoted)
                .extracting(q -> ((Proportion) q.estimate()).fraction() * 100)
                .containsExactly(1.0, 16.0);
        assertThat(quoted).allSatisfy(q -> assertThat(q.comparatorEstimate()).isEmpty());
    }
}
