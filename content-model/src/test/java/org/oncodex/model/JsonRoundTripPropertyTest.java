package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.evidence.Citation;
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
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RateRatio;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.RiskRatio;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every Jackson-mapped type of the module survives JSON and back unchanged. */
class JsonRoundTripPropertyTest {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new OncodexJacksonModule()).build();

    private static <T> void roundTrips(Gen<T> values, Class<? super T> type) {
        qt().withExamples(300).forAll(values).checkAssert(value -> {
            String json = write(value);
            assertThat(read(json, type)).as(json).isEqualTo(value);
        });
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(String json, Class<?> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void confidence_intervals() {
        roundTrips(Generators.intervals(), ConfidenceInterval.class);
    }

    @Test
    void intervals_of_every_sidedness_and_kind() {
        roundTrips(Generators.anyIntervals(), ConfidenceInterval.class);
    }

    @Test
    void p_values() {
        roundTrips(Generators.pValues(), PValue.class);
    }

    @Test
    void ratios_as_their_own_type() {
        roundTrips(Generators.hazardRatios(), HazardRatio.class);
        roundTrips(Generators.oddsRatios(), OddsRatio.class);
        roundTrips(Generators.riskRatios(), RiskRatio.class);
    }

    @Test
    void medians_proportions_and_ranges_as_their_own_type() {
        roundTrips(Generators.medians(), MedianTime.class);
        roundTrips(Generators.proportions(), Proportion.class);
        roundTrips(Generators.ranges(), ValueRange.class);
    }

    @Test
    void rate_ratios_ratios_of_ratios_mean_differences_and_quantities_as_their_own_type() {
        roundTrips(Generators.rateRatios(), RateRatio.class);
        roundTrips(Generators.ratiosOfRatios(), RatioOfRatios.class);
        roundTrips(Generators.meanDifferences(), MeanDifference.class);
        roundTrips(Generators.quantities(), Quantity.class);
    }

    @Test
    void every_estimate_through_the_sealed_interface() {
        roundTrips(Generators.estimates(), EffectEstimate.class);
    }

    @Test
    void concepts() {
        roundTrips(Generators.cancerTypes(), CancerType.class);
        roundTrips(Generators.drugs(), Drug.class);
        roundTrips(Generators.therapies(), Therapy.class);
        roundTrips(Generators.regimens(), Regimen.class);
        roundTrips(Generators.biomarkers(), Biomarker.class);
    }

    @Test
    void evidence_records() {
        roundTrips(Generators.citations(), Citation.class);
        roundTrips(Generators.studies(), Study.class);
        roundTrips(Generators.populations(), Population.class);
        roundTrips(Generators.comparisons(), Comparison.class);
        roundTrips(
                Generate.pick(java.util.List.of(TimePoint.of(8, Unit.YEARS), TimePoint.of(18, Unit.MONTHS))),
                TimePoint.class);
        roundTrips(Generators.trialResults(), TrialResult.class);
    }

    @Test
    void certainties_on_every_scale() {
        roundTrips(Generators.certainties(), Certainty.class);
    }

    @Test
    void estimates_carry_their_kind_as_type() {
        assertThat(write(HazardRatio.of(0.62, 0.44, 0.87)))
                .isEqualTo(
                        "{\"type\":\"hazardRatio\",\"value\":0.62,\"ci\":{\"lower\":0.44,\"upper\":0.87,\"level\":0.95}}");
        assertThat(write(RatioOfRatios.of(EffectEstimate.Kind.HAZARD_RATIO, 1.1)))
                .isEqualTo("{\"type\":\"ratioOfRatios\",\"ofKind\":\"HAZARD_RATIO\",\"value\":1.1}");
        assertThat(write(MeanDifference.of(-1.2, Unit.NONE)))
                .isEqualTo("{\"type\":\"meanDifference\",\"value\":-1.2,\"unit\":\"NONE\"}");
        assertThat(write(Quantity.of(
                        12.4, "million", ConfidenceInterval.of(10.1, 15.2).withKind(IntervalKind.UNCERTAINTY))))
                .isEqualTo("{\"type\":\"quantity\",\"value\":12.4,\"unit\":\"million\","
                        + "\"ci\":{\"lower\":10.1,\"upper\":15.2,\"level\":0.95,\"kind\":\"UNCERTAINTY\"}}");
        assertThat(write(RateRatio.of(0.91))).isEqualTo("{\"type\":\"rateRatio\",\"value\":0.91}");
    }
}
