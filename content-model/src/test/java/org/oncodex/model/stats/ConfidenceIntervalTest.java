package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.oncodex.model.OncodexJacksonModule;

class ConfidenceIntervalTest {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new OncodexJacksonModule()).build();

    @Test
    void defaults_to_95_percent() {
        assertThat(ConfidenceInterval.of(0.44, 0.87).level()).isEqualTo(0.95);
    }

    @Test
    void rejects_inverted_bounds_naming_both() {
        assertThatThrownBy(() -> ConfidenceInterval.of(0.87, 0.44))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfidenceInterval lower bound 0.87 must be less than upper bound 0.44");
    }

    @Test
    void lists_every_problem_at_once() {
        assertThatThrownBy(() -> ConfidenceInterval.of(Double.NaN, Double.POSITIVE_INFINITY, 1.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfidenceInterval has 3 problems: lower bound must be a finite number: NaN; "
                        + "upper bound must be a finite number: Infinity; confidence level must be in (0, 1): 1.3");
    }

    @Test
    void contains_its_bounds_and_excludes_what_lies_outside() {
        ConfidenceInterval ci = ConfidenceInterval.of(0.45, 1.02);
        assertThat(ci.contains(1.0)).isTrue();
        assertThat(ci.contains(0.45)).isTrue();
        assertThat(ci.contains(1.02)).isTrue();
        assertThat(ci.excludes(1.03)).isTrue();
        assertThat(ci.width()).isCloseTo(0.57, within(1e-12));
    }

    @Test
    void standard_error_divides_the_log_width_by_3_92_at_95_percent() {
        // Cochrane Handbook 7.7.7.3: SE = (ln U - ln L) / 3.92
        ConfidenceInterval ci = ConfidenceInterval.of(0.44, 0.87);
        assertThat(ci.standardError(Scale.LOG)).isCloseTo((Math.log(0.87) - Math.log(0.44)) / 3.92, within(1e-4));
    }

    @Test
    void re_expresses_a_ratio_interval_at_99_percent_around_the_geometric_mean() {
        ConfidenceInterval ci99 = ConfidenceInterval.of(0.44, 0.87).withLevel(0.99, Scale.LOG);
        double center = Math.sqrt(0.44 * 0.87);
        double halfWidth = (Math.log(0.87) - Math.log(0.44)) / 2 * 2.5758 / 1.9600;
        assertThat(ci99.level()).isEqualTo(0.99);
        assertThat(ci99.lower()).isCloseTo(center * Math.exp(-halfWidth), within(1e-4));
        assertThat(ci99.upper()).isCloseTo(center * Math.exp(halfWidth), within(1e-4));
    }

    @Test
    void a_log_scale_computation_on_a_non_positive_bound_names_the_bound() {
        ConfidenceInterval ci = ConfidenceInterval.of(-1.4, 32.6);
        assertThatThrownBy(() -> ci.standardError(Scale.LOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lower bound -1.4 has no logarithm: ratios and their bounds must be positive");
    }

    @Test
    void an_interval_from_p_needs_an_estimate_away_from_the_null() {
        assertThatThrownBy(
                        () -> ConfidenceInterval.fromPValue(1.0, PValue.of(0.2), Scale.LOG, 0.95, PValueMethod.NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null value");
        assertThatThrownBy(
                        () -> ConfidenceInterval.fromPValue(0.5, PValue.of(1.0), Scale.LOG, 0.95, PValueMethod.NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no interval can be derived");
    }

    @Test
    void an_interval_from_a_p_bound_uses_the_bound_and_is_conservative() {
        // Altman & Bland d2090: with P < 0.0001 plug in 0.0001; the interval is then too wide
        ConfidenceInterval fromBound =
                ConfidenceInterval.fromPValue(0.5, PValue.lessThan(0.0001), Scale.LOG, 0.95, PValueMethod.NORMAL);
        ConfidenceInterval fromExact =
                ConfidenceInterval.fromPValue(0.5, PValue.of(0.00001), Scale.LOG, 0.95, PValueMethod.NORMAL);
        assertThat(fromBound.width()).isGreaterThan(fromExact.width());
    }

    @Test
    void standard_error_must_be_positive() {
        assertThatThrownBy(() -> ConfidenceInterval.fromStandardError(0.5, 0, Scale.LOG, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("standard error must be positive and finite: 0.0");
    }

    @Test
    void is_a_two_sided_confidence_interval_unless_stated() {
        ConfidenceInterval ci = ConfidenceInterval.of(0.44, 0.87);
        assertThat(ci.sidedness()).isEqualTo(Sidedness.TWO_SIDED);
        assertThat(ci.kind()).isEqualTo(IntervalKind.CONFIDENCE);
        assertThat(ci).hasToString("95% CI 0.44 to 0.87");
    }

    @Test
    void a_one_sided_95_percent_interval_has_the_z_of_a_two_sided_90_percent_one() {
        assertThat(ConfidenceInterval.criticalValue(0.95, Sidedness.ONE_SIDED)).isCloseTo(1.6449, within(0.00005));
        assertThat(ConfidenceInterval.criticalValue(0.975, Sidedness.ONE_SIDED))
                .isCloseTo(ConfidenceInterval.criticalValue(0.95), within(1e-12));
        // SE = (ln U - ln L) / (2 x 1.645), not / 3.92
        ConfidenceInterval oneSided = ConfidenceInterval.oneSided(0.70, 0.95, 0.95);
        assertThat(oneSided.standardError(Scale.LOG))
                .isCloseTo((Math.log(0.95) - Math.log(0.70)) / (2 * 1.6449), within(1e-4))
                .isCloseTo(ConfidenceInterval.of(0.70, 0.95, 0.90).standardError(Scale.LOG), within(1e-12));
    }

    @Test
    void a_ratio_with_a_one_sided_interval_takes_its_p_from_the_one_sided_z() {
        HazardRatio oneSided = HazardRatio.of(0.82, ConfidenceInterval.oneSided(0.70, 0.96, 0.95));
        HazardRatio twoSided90 = HazardRatio.of(0.82, ConfidenceInterval.of(0.70, 0.96, 0.90));
        assertThat(oneSided.z().orElseThrow()).isCloseTo(twoSided90.z().orElseThrow(), within(1e-12));
        assertThat(oneSided.pValue().orElseThrow().value())
                .isCloseTo(twoSided90.pValue().orElseThrow().value(), within(1e-12));
        assertThat(oneSided.standardError().orElseThrow())
                .isGreaterThan(HazardRatio.of(0.82, 0.70, 0.96).standardError().orElseThrow());
    }

    @Test
    void an_interval_from_a_standard_error_may_be_one_sided() {
        ConfidenceInterval ci = ConfidenceInterval.fromStandardError(10, 1, Scale.LINEAR, 0.95, Sidedness.ONE_SIDED);
        assertThat(ci.sidedness()).isEqualTo(Sidedness.ONE_SIDED);
        assertThat(ci.lower()).isCloseTo(10 - 1.6449, within(1e-4));
        assertThat(ci.upper()).isCloseTo(10 + 1.6449, within(1e-4));
    }

    @Test
    void another_level_keeps_the_sidedness_and_the_kind() {
        ConfidenceInterval ui = ConfidenceInterval.oneSided(10.1, 15.2, 0.95).withKind(IntervalKind.UNCERTAINTY);
        ConfidenceInterval moved = ui.withLevel(0.975, Scale.LINEAR);
        assertThat(moved.sidedness()).isEqualTo(Sidedness.ONE_SIDED);
        assertThat(moved.kind()).isEqualTo(IntervalKind.UNCERTAINTY);
        assertThat(moved.width()).isCloseTo(ui.width() * 1.9600 / 1.6449, within(1e-3));
    }

    @Test
    void a_one_sided_level_must_leave_less_than_half_in_its_tail() {
        assertThatThrownBy(() -> ConfidenceInterval.oneSided(1, 2, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfidenceInterval confidence level of a one-sided interval must be in (0.5, 1): 0.5");
        assertThatThrownBy(() -> ConfidenceInterval.criticalValue(0.4, Sidedness.ONE_SIDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence level of a one-sided interval must be in (0.5, 1): 0.4");
        assertThatThrownBy(() -> ConfidenceInterval.oneSided(2, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfidenceInterval has 2 problems: lower bound 2.0 must be less than upper bound 1.0; "
                        + "confidence level must be in (0, 1): 1.5");
    }

    @Test
    void names_its_sidedness_and_kind_in_logs() {
        assertThat(ConfidenceInterval.oneSided(30.5, 41.2, 0.95)).hasToString("one-sided 95% CI 30.5 to 41.2");
        assertThat(ConfidenceInterval.of(10.1, 15.2).withKind(IntervalKind.UNCERTAINTY))
                .hasToString("95% UI 10.1 to 15.2");
        assertThat(ConfidenceInterval.builder()
                        .lower(0.5)
                        .upper(0.9)
                        .level(0.9)
                        .kind(IntervalKind.CREDIBLE)
                        .build())
                .hasToString("90% CrI 0.5 to 0.9");
    }

    @Test
    void json_leaves_out_the_defaults_and_writes_the_rest() throws JsonProcessingException {
        assertThat(MAPPER.writeValueAsString(ConfidenceInterval.of(0.44, 0.87)))
                .isEqualTo("{\"lower\":0.44,\"upper\":0.87,\"level\":0.95}");
        assertThat(MAPPER.writeValueAsString(
                        ConfidenceInterval.oneSided(0.7, 1.08, 0.975).withKind(IntervalKind.CREDIBLE)))
                .isEqualTo("{\"lower\":0.7,\"upper\":1.08,\"level\":0.975,\"sidedness\":\"ONE_SIDED\","
                        + "\"kind\":\"CREDIBLE\"}");
    }

    @Test
    void json_written_before_sidedness_and_kind_existed_reads_as_a_two_sided_confidence_interval()
            throws JsonProcessingException {
        ConfidenceInterval read =
                MAPPER.readValue("{\"lower\":0.44,\"upper\":0.87,\"level\":0.95}", ConfidenceInterval.class);
        assertThat(read).isEqualTo(ConfidenceInterval.of(0.44, 0.87));
        assertThat(read.sidedness()).isEqualTo(Sidedness.TWO_SIDED);
        assertThat(read.kind()).isEqualTo(IntervalKind.CONFIDENCE);
    }

    @Test
    void json_with_a_one_sided_level_at_or_below_a_half_is_refused() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"lower\":1,\"upper\":2,\"level\":0.4,\"sidedness\":\"ONE_SIDED\"}",
                        ConfidenceInterval.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("confidence level of a one-sided interval must be in (0.5, 1): 0.4");
    }
}
