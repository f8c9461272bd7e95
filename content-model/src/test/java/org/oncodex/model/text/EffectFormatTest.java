package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Generators;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RateRatio;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.Unit;
import org.quicktheories.generators.Generate;

/** The journal styles for every kind of estimate and interval; reading them back is the parser's tests' job. */
class EffectFormatTest {

    @Test
    void a_hazard_ratio_prints_as_before_in_every_style() {
        HazardRatio hr = HazardRatio.of(0.62, 0.44, 0.87);
        PValue p = PValue.of(0.006);
        assertThat(EffectFormat.AMA.format(hr, p)).isEqualTo("HR, 0.62; 95% CI, 0.44-0.87; P = .006");
        assertThat(EffectFormat.NEJM.format(hr, p)).isEqualTo("hazard ratio, 0.62; 95% CI, 0.44 to 0.87; P=0.006");
        assertThat(EffectFormat.LANCET.format(hr, p)).isEqualTo("HR 0·62, 95% CI 0·44–0·87; p=0·006");
        assertThat(EffectFormat.VANCOUVER.format(hr, p)).isEqualTo("HR 0.62 (95% CI 0.44–0.87; P = 0.006)");
        assertThat(EffectFormat.PATIENT.format(hr)).isEqualTo("hazard ratio 0.62 (likely range 0.44 to 0.87)");
    }

    @Test
    void a_rate_ratio_is_rar_where_the_style_abbreviates_and_rate_ratio_in_words() {
        RateRatio rr = RateRatio.of(0.91, 0.83, 0.99);
        assertThat(EffectFormat.AMA.format(rr)).isEqualTo("RaR, 0.91; 95% CI, 0.83-0.99");
        assertThat(EffectFormat.NEJM.format(rr)).isEqualTo("rate ratio, 0.91; 95% CI, 0.83 to 0.99");
        // the Lancet writes rate ratios out: "(rate ratio 0·85; 95% CI 0·76–0·94; p=0·0028)"
        assertThat(EffectFormat.LANCET.format(rr)).isEqualTo("rate ratio 0·91, 95% CI 0·83–0·99");
        assertThat(EffectFormat.VANCOUVER.format(rr)).isEqualTo("RaR 0.91 (95% CI 0.83–0.99)");
        assertThat(EffectFormat.PATIENT.format(rr)).isEqualTo("rate ratio 0.91 (likely range 0.83 to 0.99)");
    }

    @Test
    void a_ratio_of_ratios_names_the_ratios_it_compares_in_words() {
        RatioOfRatios rhr = RatioOfRatios.of(EffectEstimate.Kind.HAZARD_RATIO, 1.10, 0.95, 1.27);
        assertThat(EffectFormat.AMA.format(rhr, PValue.of(0.2)))
                .isEqualTo("ratio of hazard ratios, 1.10; 95% CI, 0.95-1.27; P = .20");
        assertThat(EffectFormat.LANCET.format(rhr)).isEqualTo("ratio of hazard ratios 1·10, 95% CI 0·95–1·27");
        assertThat(EffectFormat.NEJM.format(RatioOfRatios.of(EffectEstimate.Kind.RISK_RATIO, 0.8)))
                .isEqualTo("ratio of relative risks, 0.80");
        assertThat(EffectFormat.VANCOUVER.format(RatioOfRatios.of(EffectEstimate.Kind.ODDS_RATIO, 1.5)))
                .isEqualTo("ratio of odds ratios 1.50");
        assertThat(EffectFormat.PATIENT.format(RatioOfRatios.of(EffectEstimate.Kind.RATE_RATIO, 1.5)))
                .isEqualTo("ratio of rate ratios 1.50");
    }

    @Test
    void a_mean_difference_prints_its_sign_its_unit_and_to_between_negative_bounds() {
        MeanDifference md = MeanDifference.of(-1.2, Unit.NONE, -2.3, -0.1);
        assertThat(EffectFormat.AMA.format(md, PValue.of(0.03)))
                .isEqualTo("mean difference, -1.2; 95% CI, -2.3 to -0.1; P = .03");
        assertThat(EffectFormat.NEJM.format(md)).isEqualTo("mean difference, -1.2; 95% CI, -2.3 to -0.1");
        assertThat(EffectFormat.LANCET.format(md)).isEqualTo("mean difference -1·2, 95% CI -2·3 to -0·1");
        assertThat(EffectFormat.VANCOUVER.format(md)).isEqualTo("mean difference -1.2 (95% CI -2.3 to -0.1)");
        assertThat(EffectFormat.PATIENT.format(md)).isEqualTo("mean difference -1.2 (likely range -2.3 to -0.1)");
        assertThat(EffectFormat.AMA.format(MeanDifference.of(12.5, Unit.PERCENTAGE_POINTS, 4.1, 20.9)))
                .isEqualTo("mean difference, 12.5 percentage points; 95% CI, 4.1-20.9");
        assertThat(EffectFormat.VANCOUVER.format(MeanDifference.of(1, Unit.MONTHS)))
                .isEqualTo("mean difference 1 month");
    }

    @Test
    void a_difference_prints_the_value_and_its_bounds_with_the_same_decimals() {
        assertThat(EffectFormat.AMA.format(MeanDifference.of(2.1, Unit.MONTHS, 0.35, 3.85)))
                .isEqualTo("mean difference, 2.10 months; 95% CI, 0.35-3.85");
        assertThat(EffectFormat.NEJM.format(MeanDifference.of(0.1 + 0.2, Unit.NONE)))
                .isEqualTo("mean difference, 0.3");
    }

    @Test
    void a_quantity_is_its_number_and_unit_with_its_interval_in_parentheses() {
        Quantity deaths =
                Quantity.of(12.4, "million", ConfidenceInterval.of(10.1, 15.2).withKind(IntervalKind.UNCERTAINTY));
        assertThat(EffectFormat.AMA.format(deaths)).isEqualTo("12.4 million (95% UI, 10.1-15.2)");
        assertThat(EffectFormat.NEJM.format(deaths)).isEqualTo("12.4 million (95% UI, 10.1 to 15.2)");
        assertThat(EffectFormat.LANCET.format(deaths)).isEqualTo("12·4 million (95% UI 10·1–15·2)");
        assertThat(EffectFormat.VANCOUVER.format(deaths, PValue.lessThan(0.001)))
                .isEqualTo("12.4 million (95% UI 10.1–15.2), P < 0.001");
        assertThat(EffectFormat.PATIENT.format(deaths)).isEqualTo("12.4 million (likely range 10.1 to 15.2)");
        assertThat(EffectFormat.AMA.format(Quantity.of(3, "mg/L"))).isEqualTo("3 mg/L");
        assertThat(EffectFormat.AMA.format(Quantity.of(-0.5, ConfidenceInterval.of(-1.25, 0.25))))
                .isEqualTo("-0.50 (95% CI, -1.25 to 0.25)");
    }

    @Test
    void an_interval_says_when_it_is_one_sided_uncertainty_or_credible() {
        HazardRatio nonInferiority = HazardRatio.of(0.85, ConfidenceInterval.oneSided(0.70, 1.03, 0.975));
        assertThat(EffectFormat.AMA.format(nonInferiority)).isEqualTo("HR, 0.85; one-sided 97.5% CI, 0.70-1.03");
        assertThat(EffectFormat.NEJM.format(nonInferiority))
                .isEqualTo("hazard ratio, 0.85; one-sided 97.5% CI, 0.70 to 1.03");
        assertThat(EffectFormat.VANCOUVER.format(nonInferiority)).isEqualTo("HR 0.85 (one-sided 97.5% CI 0.70–1.03)");
        assertThat(EffectFormat.PATIENT.format(nonInferiority))
                .isEqualTo("hazard ratio 0.85 (likely range 0.70 to 1.03)");
        HazardRatio bayesian =
                HazardRatio.of(0.74, ConfidenceInterval.of(0.60, 0.91).withKind(IntervalKind.CREDIBLE));
        assertThat(EffectFormat.LANCET.format(bayesian)).isEqualTo("HR 0·74, 95% CrI 0·60–0·91");
        Proportion orr = Proportion.builder()
                .percent(45)
                .ci(ConfidenceInterval.oneSided(38.1, 51.9, 0.95))
                .build();
        assertThat(EffectFormat.AMA.format(orr)).isEqualTo("45% (one-sided 95% CI, 38.1-51.9)");
    }

    @Test
    void every_style_writes_every_estimate_with_its_label_and_never_a_dash_after_a_minus() {
        List<EffectFormat> styles = List.of(EffectFormat.values());
        qt().forAll(Generators.estimates(), Generate.pick(styles), Generators.pValues())
                .checkAssert((estimate, style, p) -> {
                    String text = style.format(estimate, p);
                    assertThat(text)
                            .as("%s in %s", estimate, style)
                            .isNotBlank()
                            .doesNotContain("--", "-–", "NaN");
                    if (estimate instanceof RatioOfRatios) {
                        assertThat(text).startsWith("ratio of ");
                    }
                    if (estimate instanceof MeanDifference) {
                        assertThat(text).startsWith("mean difference");
                    }
                });
    }
}
