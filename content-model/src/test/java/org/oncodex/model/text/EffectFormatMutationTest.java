package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/**
 * The edges of each journal style that PIT's first run over the parser (2026-12-01) found untested:
 * where a P value switches to "less than", how many decimals a small P, a small ratio and close bounds
 * get, medians, counts and one-sided ranges in every style. Values written for the test.
 */
class EffectFormatMutationTest {

    @Test
    void a_p_value_at_each_styles_floor_and_ceiling() {
        assertThat(EffectFormat.AMA.format(PValue.of(0.0009))).isEqualTo("P < .001");
        assertThat(EffectFormat.AMA.format(PValue.of(0.001))).isEqualTo("P = .001");
        assertThat(EffectFormat.AMA.format(PValue.of(0.995))).isEqualTo("P > .99");
        assertThat(EffectFormat.AMA.format(PValue.of(0.99))).isEqualTo("P = .99");
        assertThat(EffectFormat.AMA.format(PValue.of(0.0095))).isEqualTo("P = .01");
        assertThat(EffectFormat.AMA.format(PValue.lessThan(0.05))).isEqualTo("P < .05");
        assertThat(EffectFormat.NEJM.format(PValue.of(0.0009))).isEqualTo("P<0.001");
        assertThat(EffectFormat.NEJM.format(PValue.of(0.001))).isEqualTo("P=0.001");
        assertThat(EffectFormat.NEJM.format(PValue.lessThan(0.0005))).isEqualTo("P<0.0005");
        assertThat(EffectFormat.LANCET.format(PValue.of(0.00009))).isEqualTo("p<0·0001");
        assertThat(EffectFormat.LANCET.format(PValue.of(0.0001))).isEqualTo("p=0·0001");
        assertThat(EffectFormat.LANCET.format(PValue.of(0.0099))).isEqualTo("p=0·0099");
        assertThat(EffectFormat.LANCET.format(PValue.of(0.00996))).isEqualTo("p=0·01");
        assertThat(EffectFormat.LANCET.format(PValue.of(0.034))).isEqualTo("p=0·03");
        assertThat(EffectFormat.VANCOUVER.format(PValue.of(0.0009))).isEqualTo("P < 0.001");
        assertThat(EffectFormat.PATIENT.format(PValue.of(0.001))).isEqualTo("P = 0.001");
    }

    @Test
    void a_small_ratio_keeps_two_significant_digits_and_close_bounds_get_a_decimal_more() {
        assertThat(EffectFormat.AMA.format(HazardRatio.of(0.05, 0.03, 0.09)))
                .isEqualTo("HR, 0.050; 95% CI, 0.030-0.090");
        assertThat(EffectFormat.AMA.format(HazardRatio.of(0.096))).isEqualTo("HR, 0.096");
        assertThat(EffectFormat.AMA.format(HazardRatio.of(0.0996))).isEqualTo("HR, 0.10");
        assertThat(EffectFormat.AMA.format(HazardRatio.of(0.1))).isEqualTo("HR, 0.10");
        assertThat(EffectFormat.AMA.format(HazardRatio.of(1.0, 0.995, 1.004)))
                .isEqualTo("HR, 1.000; 95% CI, 0.995-1.004");
    }

    @Test
    void an_interval_names_its_level_to_a_tenth_of_a_percent() {
        assertThat(EffectFormat.AMA.format(HazardRatio.of(0.62, ConfidenceInterval.of(0.44, 0.87, 0.9))))
                .isEqualTo("HR, 0.62; 90% CI, 0.44-0.87");
        assertThat(EffectFormat.VANCOUVER.format(HazardRatio.of(0.62, ConfidenceInterval.of(0.44, 0.87, 0.999))))
                .isEqualTo("HR 0.62 (99.9% CI 0.44–0.87)");
    }

    @Test
    void a_median_in_words_and_in_every_style() {
        assertThat(EffectFormat.AMA.format(MedianTime.of(7.3, Unit.MONTHS))).isEqualTo("median 7.3 months");
        assertThat(EffectFormat.PATIENT.format(MedianTime.of(7.3, Unit.MONTHS))).isEqualTo("middle value 7.3 months");
        assertThat(EffectFormat.NEJM.format(MedianTime.notReached(Unit.MONTHS))).isEqualTo("median not reached");
        MedianTime m = MedianTime.of(7.3, Unit.MONTHS, ConfidenceInterval.of(6.1, 8.9));
        assertThat(EffectFormat.AMA.format(m)).isEqualTo("median 7.3 months (95% CI, 6.1-8.9)");
        assertThat(EffectFormat.NEJM.format(m)).isEqualTo("median 7.3 months (95% CI, 6.1 to 8.9)");
        assertThat(EffectFormat.LANCET.format(m)).isEqualTo("median 7·3 months (95% CI 6·1–8·9)");
        assertThat(EffectFormat.VANCOUVER.format(m)).isEqualTo("median 7.3 months (95% CI 6.1–8.9)");
        assertThat(EffectFormat.PATIENT.format(m)).isEqualTo("middle value 7.3 months (likely range 6.1 to 8.9)");
    }

    @Test
    void a_share_with_its_counts_and_counts_alone() {
        assertThat(EffectFormat.AMA.format(Proportion.of(30.0, 36, 120))).isEqualTo("30% (36 of 120)");
        assertThat(EffectFormat.PATIENT.format(Proportion.of(30.0, 36, 120))).isEqualTo("30% (36 out of 120 people)");
        assertThat(EffectFormat.AMA.format(Proportion.ofCount(36, 120))).isEqualTo("36 of 120");
        assertThat(EffectFormat.PATIENT.format(Proportion.ofCount(36, 120))).isEqualTo("36 out of 120");
        assertThat(EffectFormat.AMA.format(Proportion.ofPercent(41.5))).isEqualTo("41.5%");
    }

    @Test
    void a_range_with_both_bounds_or_one_in_every_style() {
        assertThat(EffectFormat.AMA.format(ValueRange.between(6, 12, Unit.MONTHS)))
                .isEqualTo("6-12 months");
        assertThat(EffectFormat.NEJM.format(ValueRange.between(6, 12, Unit.MONTHS)))
                .isEqualTo("6 to 12 months");
        assertThat(EffectFormat.LANCET.format(ValueRange.between(6, 12, Unit.MONTHS)))
                .isEqualTo("6–12 months");
        assertThat(EffectFormat.PATIENT.format(ValueRange.between(6, 12, Unit.MONTHS)))
                .isEqualTo("between 6 and 12 months");
        assertThat(EffectFormat.AMA.format(ValueRange.between(80, 95, Unit.PERCENT)))
                .isEqualTo("80%-95%");
        assertThat(EffectFormat.PATIENT.format(ValueRange.between(80, 95, Unit.PERCENT)))
                .isEqualTo("between 80% and 95%");
        assertThat(EffectFormat.AMA.format(ValueRange.atLeast(85, Unit.PERCENT)))
                .isEqualTo("≥ 85%");
        assertThat(EffectFormat.AMA.format(ValueRange.greaterThan(85, Unit.PERCENT)))
                .isEqualTo("> 85%");
        assertThat(EffectFormat.AMA.format(ValueRange.atMost(5, Unit.MONTHS))).isEqualTo("≤ 5 months");
        assertThat(EffectFormat.AMA.format(ValueRange.lessThan(5, Unit.MONTHS))).isEqualTo("< 5 months");
        assertThat(EffectFormat.PATIENT.format(ValueRange.atLeast(85, Unit.PERCENT)))
                .isEqualTo("at least 85%");
        assertThat(EffectFormat.PATIENT.format(ValueRange.greaterThan(85, Unit.PERCENT)))
                .isEqualTo("more than 85%");
        assertThat(EffectFormat.PATIENT.format(ValueRange.atMost(5, Unit.MONTHS)))
                .isEqualTo("up to 5 months");
        assertThat(EffectFormat.PATIENT.format(ValueRange.lessThan(5, Unit.MONTHS)))
                .isEqualTo("less than 5 months");
        assertThat(EffectFormat.AMA.format(ValueRange.between(1.25, 1.3, Unit.NONE)))
                .isEqualTo("1.25-1.3");
    }
}
