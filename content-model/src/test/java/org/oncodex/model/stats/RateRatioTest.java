package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateRatioTest {

    @Test
    void is_a_ratio_estimate_of_its_own_kind() {
        RateRatio rr = RateRatio.of(0.85, 0.76, 0.94);
        assertThat(rr.kind()).isEqualTo(EffectEstimate.Kind.RATE_RATIO);
        assertThat(rr.kind().label()).isEqualTo("rate ratio");
        assertThat(rr.kind().isRatio()).isTrue();
        assertThat(rr.isSignificant()).isTrue();
        assertThat(rr.pValue()).isPresent();
        assertThat(rr).hasToString("RateRatio 0.85 (95% CI 0.76 to 0.94)");
    }

    @Test
    void re_expresses_its_interval_at_another_level() {
        RateRatio at99 = RateRatio.of(0.85, 0.76, 0.94).withConfidenceLevel(0.99);
        assertThat(at99.ci().orElseThrow().level()).isEqualTo(0.99);
        assertThat(at99.ci().orElseThrow().lower()).isLessThan(0.76);
    }

    @Test
    void rejects_a_non_positive_interval_naming_both_problems() {
        assertThatThrownBy(() -> RateRatio.of(-0.5, ConfidenceInterval.of(-1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RateRatio has 2 problems: value must be positive: -0.5; "
                        + "confidence interval lower bound must be positive for a ratio: -1.0");
    }
}
