package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;

class LateIntervalsTest {

    @Test
    void an_interval_a_few_words_later_joins_its_value() {
        ParseResult r = EffectStatements.parse(
                "At 24 months, 90% of the patients with stage II to IIIA disease in the osimertinib group "
                        + "(95% confidence interval [CI], 84 to 93) were alive");
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.INTERVAL);
        EffectStatement s = r.statements().get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
        assertThat(s.ci()).contains(ConfidenceInterval.of(84, 93, 0.95));
        assertThat(s.printedLower()).contains("84");
        assertThat(s.text()).endsWith("84 to 93)");
    }

    @Test
    void an_interval_that_does_not_contain_the_value_stays_apart() {
        ParseResult r = EffectStatements.parse(
                "90% of the patients with stage II to IIIA disease in the osimertinib group (95% CI, 37 to 51)");
        assertThat(r.statements()).anyMatch(s -> s.kind() == EffectStatement.Kind.INTERVAL);
        assertThat(r.statements().get(0).ci()).isEmpty();
    }

    @Test
    void a_legend_s_full_stop_between_a_ratio_and_its_named_interval_keeps_them_together() {
        // legends written for this test
        ParseResult r = EffectStatements.parse("HR = 0.72. 95% CI (0.61, 0.85)");
        assertThat(r.statements())
                .extracting(s -> s.kind() + " " + s.ci().map(Object::toString).orElse("none"))
                .containsExactly("HAZARD_RATIO " + ConfidenceInterval.of(0.61, 0.85, 0.95));
        // a sentence that goes on to a share keeps its share apart
        assertThat(EffectStatements.parse("HR = 0.72. Response was 61%, 85% in the other arm")
                        .statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .allSatisfy(s -> assertThat(s.ci()).isEmpty());
    }

    @Test
    void a_number_between_them_keeps_them_apart() {
        ParseResult r = EffectStatements.parse("an HR of 0.8 in 120 patients (95% CI, 0.7 to 0.9)");
        assertThat(r.statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .allSatisfy(s -> assertThat(s.ci()).isEmpty());
    }

    @Test
    void an_unnamed_interval_after_a_comma_inside_the_brackets_is_the_values() {
        EffectStatement s =
                EffectStatements.parse("(RR 1.03, 0.84–1.28)").statements().get(0);
        assertThat(s.estimate()).contains(RiskRatioOf.of(1.03, 0.84, 1.28));
        EffectStatement hr =
                EffectStatements.parse("median PFS 10.2 vs 11.7 months (HR 0.91, 0.81 – 1.02)").statements().stream()
                        .filter(x -> x.kind() == EffectStatement.Kind.HAZARD_RATIO)
                        .findFirst()
                        .orElseThrow();
        assertThat(hr.estimate()).contains(HazardRatio.of(0.91, ConfidenceInterval.of(0.81, 1.02, 0.95)));
        // a range that does not contain the value is not its interval
        EffectStatement other =
                EffectStatements.parse("(HR 0.91, 1.10–1.32)").statements().get(0);
        assertThat(other.ci()).isEmpty();
    }

    private static final class RiskRatioOf {
        static org.oncodex.model.stats.RiskRatio of(double v, double lo, double hi) {
            return org.oncodex.model.stats.RiskRatio.of(v, ConfidenceInterval.of(lo, hi, 0.95));
        }
    }
}
