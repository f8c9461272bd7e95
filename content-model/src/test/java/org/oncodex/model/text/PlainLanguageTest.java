package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.Generators;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RateRatio;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.quicktheories.generators.Generate;

class PlainLanguageTest {

    @Test
    void a_hazard_ratio_below_one_is_a_lower_risk_with_its_range() {
        String text = PlainLanguage.describe(HazardRatio.of(0.62, 0.44, 0.87), Endpoint.PFS, "chemotherapy");
        assertThat(text)
                .startsWith("About 38% lower risk of the cancer growing or spreading, or death at any given time")
                .contains("compared with chemotherapy")
                .contains("between 13% and 56% lower")
                .contains("This compares the two groups.")
                .contains("does not mean 38 out of 100 people");
    }

    @Test
    void a_hazard_ratio_above_one_is_a_higher_risk() {
        // WJCO Table 2, NSCLC real-world cohorts: "approximately 21% higher risk of death"
        assertThat(PlainLanguage.describe(HazardRatio.of(1.21, 1.17, 1.27), Endpoint.OS))
                .startsWith("About 21% higher risk of death")
                .contains("compared with the comparison group")
                .contains("between 17% and 27% higher");
    }

    @Test
    void an_interval_that_includes_one_is_no_clear_difference_and_never_a_benefit() {
        // WJCO Table 2, IMpower150 with liver metastases: HR 0.68 (0.45-1.02)
        String text = PlainLanguage.describe(HazardRatio.of(0.68, 0.45, 1.02), Endpoint.OS, "chemotherapy");
        assertThat(text)
                .startsWith("No clear difference in the risk of death, compared with chemotherapy")
                .contains("from 55% lower to 2% higher")
                .contains("may be due to chance")
                .doesNotContain("benefit")
                .doesNotContain("improve");
    }

    @Test
    void a_ratio_without_an_interval_says_its_certainty_is_unknown() {
        assertThat(PlainLanguage.describe(HazardRatio.of(0.58), Endpoint.OS, "surgery alone"))
                .contains("42% lower risk of death")
                .contains("gives no range");
    }

    @Test
    void a_median_says_what_half_of_the_people_did() {
        assertThat(PlainLanguage.describe(
                        MedianTime.of(4.0, Unit.MONTHS, ConfidenceInterval.of(2.1, 8.7)), Endpoint.OS))
                .isEqualTo("The median overall survival was 4.0 months. The true value could be between 2.1 and 8.7 "
                        + "months. About half of the people were still alive at 4.0 months, and about half were not.");
        assertThat(PlainLanguage.describe(MedianTime.notReached(Unit.MONTHS), Endpoint.PFS))
                .contains("was not reached")
                .contains("More than half of the people were alive without the cancer growing or spreading");
    }

    @Test
    void a_response_rate_counts_people() {
        assertThat(PlainLanguage.describe(Proportion.of(18, 4, 22), Endpoint.ORR))
                .isEqualTo("About 18 in 100 people (18%, 4 of 22) had their tumour shrink.");
    }

    @Test
    void a_trial_result_keeps_its_time_point_and_comparison() {
        // WJCO Table 4, CLOCC: 8-year OS 35.9% vs 8.9%
        TrialResult clocc = TrialResult.builder()
                .id("clocc-os-8-year")
                .study(Study.of("CLOCC", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.of(CancerType.of("colorectal-cancer", "colorectal cancer"), "liver metastases"))
                .comparison(Comparison.of("radiofrequency ablation with systemic therapy", "systemic therapy alone"))
                .endpoint(Endpoint.OS)
                .timePoint(TimePoint.of(8, Unit.YEARS))
                .estimate(Proportion.ofPercent(35.9))
                .comparatorEstimate(Proportion.ofPercent(8.9))
                .build();
        assertThat(PlainLanguage.describe(clocc))
                .isEqualTo("At 8 years, about 36 in 100 people (35.9%) were still alive, compared with 8.9% with "
                        + "systemic therapy alone.");
    }

    @Test
    void a_range_of_local_control() {
        assertThat(PlainLanguage.describe(ValueRange.between(80, 95, Unit.PERCENT), Endpoint.LOCAL_CONTROL))
                .isEqualTo("Studies reported local control of between 80% and 95%.");
    }

    @Test
    void never_promises_a_cure_and_always_names_the_comparison() {
        qt().forAll(Generators.estimates(), Generate.enumValues(Endpoint.class)).checkAssert((estimate, endpoint) -> {
            String text = PlainLanguage.describe(estimate, endpoint, "chemotherapy");
            String lower = text.toLowerCase(Locale.ROOT);
            assertThat(lower).doesNotContain("cure").doesNotContain("guarantee");
            if (estimate.kind().name().endsWith("_RATIO")) {
                assertThat(text).contains("compared with chemotherapy");
                boolean crossesOne = ((org.oncodex.model.stats.RatioEstimate) estimate)
                        .ci()
                        .map(c -> c.contains(1.0))
                        .orElse(false);
                if (crossesOne) {
                    assertThat(text).startsWith("No clear difference").contains("may be due to chance");
                }
            }
        });
    }

    @Test
    void a_rate_ratio_is_a_lower_or_higher_rate() {
        assertThat(PlainLanguage.describe(RateRatio.of(0.85, 0.76, 0.94), Endpoint.OS, "placebo"))
                .isEqualTo("About 15% lower rate of death, compared with placebo. The true effect could be between 6% "
                        + "and 24% lower. This compares the two groups. It does not mean 15 out of 100 people.");
        assertThat(PlainLanguage.describe(RateRatio.of(1.05, 0.90, 1.22), Endpoint.OS, "placebo"))
                .startsWith("No clear difference in the rate of death, compared with placebo")
                .contains("may be due to chance");
    }

    @Test
    void a_one_sided_interval_says_at_least() {
        HazardRatio hr = HazardRatio.of(0.80, ConfidenceInterval.oneSided(0.70, 0.92, 0.975));
        assertThat(PlainLanguage.describe(hr, Endpoint.OS, "chemotherapy"))
                .startsWith("About 20% lower risk of death at any given time, compared with chemotherapy.")
                .contains("The true effect is likely at least 8% lower, and could be up to 30% lower.");
    }

    @Test
    void a_ratio_of_ratios_is_a_difference_between_two_effects() {
        RatioOfRatios interaction = RatioOfRatios.of(EffectEstimate.Kind.HAZARD_RATIO, 0.75, 0.60, 0.94);
        assertThat(PlainLanguage.describe(interaction, Endpoint.OS, "without liver metastases"))
                .isEqualTo("The effect on the risk of death was different, compared with people without liver "
                        + "metastases: the hazard ratio was about 25% lower. The true difference could be between 6% "
                        + "and 40% lower. This compares the effect in two groups. It does not mean 25 out of 100 "
                        + "people.");
        assertThat(PlainLanguage.describe(
                        RatioOfRatios.of(EffectEstimate.Kind.HAZARD_RATIO, 1.10, 0.95, 1.27), Endpoint.OS))
                .startsWith(
                        "No clear difference in the effect on the risk of death, compared with the comparison group.")
                .contains("The hazard ratio was about 10% higher.")
                .contains("may be due to chance");
    }

    @Test
    void a_mean_difference_is_on_average_so_much_lower_or_higher() {
        assertThat(PlainLanguage.describe(
                        MeanDifference.of(-1.2, Unit.NONE, -2.3, 0.1), Endpoint.GRADE_3_PLUS_ADVERSE_EVENTS, "placebo"))
                .isEqualTo("No clear difference in " + Endpoint.GRADE_3_PLUS_ADVERSE_EVENTS.label()
                        + ", compared with placebo. On average it was 1.2 points lower. But the true difference could "
                        + "be anywhere from 2.3 points lower to 0.1 points higher. So the difference may be due to "
                        + "chance.");
        assertThat(PlainLanguage.describe(MeanDifference.of(2.1, Unit.MONTHS, 0.4, 3.8), Endpoint.OS, "chemotherapy"))
                .isEqualTo("On average, overall survival was 2.1 months longer, compared with chemotherapy. The true "
                        + "difference could be between 0.4 months and 3.8 months longer.");
        assertThat(PlainLanguage.describe(
                        MeanDifference.of(12.5, Unit.PERCENTAGE_POINTS, 4.1, 20.9), Endpoint.ORR, "chemotherapy"))
                .isEqualTo("The objective response rate was 12.5 percentage points higher, compared with "
                        + "chemotherapy. The true difference could be between 4.1 percentage points and 20.9 "
                        + "percentage points higher.");
    }

    @Test
    void a_quantity_is_its_number_with_its_range() {
        Quantity q =
                Quantity.of(12.4, "million", ConfidenceInterval.of(10.1, 15.2).withKind(IntervalKind.UNCERTAINTY));
        assertThat(PlainLanguage.describe(q, Endpoint.OS))
                .isEqualTo("The reported value for overall survival was 12.4 million. The true value could be between "
                        + "10.1 million and 15.2 million.");
        assertThat(PlainLanguage.describe(Quantity.of(3.5, "mg/L"), Endpoint.ORR))
                .isEqualTo("The reported value for objective response rate was 3.5 mg/L.");
    }

    @Test
    void a_difference_whose_interval_includes_zero_is_never_a_benefit() {
        qt().forAll(Generators.meanDifferences(), Generate.enumValues(Endpoint.class))
                .checkAssert((md, endpoint) -> {
                    String text = PlainLanguage.describe(md, endpoint, "chemotherapy");
                    assertThat(text).contains("compared with chemotherapy").doesNotContain("cure", "benefit");
                    if (md.ci().map(c -> c.contains(0.0)).orElse(false)) {
                        assertThat(text).startsWith("No clear difference").contains("may be due to chance");
                    }
                });
    }

    @Test
    void a_ratio_of_ratios_whose_interval_includes_one_is_no_clear_difference() {
        qt().forAll(Generators.ratiosOfRatios(), Generate.enumValues(Endpoint.class))
                .checkAssert((r, endpoint) -> {
                    String text = PlainLanguage.describe(r, endpoint, "chemotherapy");
                    assertThat(text).contains("compared with chemotherapy");
                    if (r.ci().map(c -> c.contains(1.0)).orElse(false)) {
                        assertThat(text).startsWith("No clear difference").contains("may be due to chance");
                    }
                });
    }
}
