package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;

/**
 * Reading JSON from outside: invalid values are refused with the value's own message, unknown
 * types are never instantiated, and no mutation of valid JSON escapes as anything but Jackson's
 * checked {@link JsonProcessingException}.
 */
class UntrustedJsonPropertyTest {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new OncodexJacksonModule()).build();

    @Test
    void an_invalid_value_is_refused_with_its_validation_message() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"hazardRatio\",\"value\":-1}", EffectEstimate.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("HazardRatio value must be positive: -1.0");
    }

    @Test
    void a_ratio_of_ratios_of_a_kind_that_is_no_ratio_is_refused() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"type\":\"ratioOfRatios\",\"ofKind\":\"QUANTITY\",\"value\":1.1}", EffectEstimate.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("RatioOfRatios ofKind must be a hazard, odds, risk or rate ratio: QUANTITY");
    }

    @Test
    void an_interval_of_an_unknown_kind_is_refused() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"type\":\"quantity\",\"value\":1,\"ci\":{\"lower\":0,\"upper\":2,\"level\":0.95,"
                                + "\"kind\":\"BOOTSTRAP\"}}",
                        EffectEstimate.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("BOOTSTRAP");
    }

    @Test
    void a_missing_required_attribute_is_refused_by_name() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"medianTime\",\"value\":4.0}", EffectEstimate.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("unit");
    }

    @Test
    void a_class_name_as_type_is_never_instantiated() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"java.lang.ProcessBuilder\"}", EffectEstimate.class))
                .isInstanceOf(InvalidTypeIdException.class);
    }

    @Test
    void unknown_properties_are_refused() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"type\":\"hazardRatio\",\"value\":0.6,\"pValue\":0.01}", EffectEstimate.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("pValue");
    }

    @Test
    void mutated_json_reads_as_a_valid_value_or_fails_with_a_json_exception() throws JsonProcessingException {
        String json = MAPPER.writeValueAsString(TrialResult.builder()
                .id("keynote-189-os-liver-metastases")
                .study(org.oncodex.model.evidence.Study.of("KEYNOTE-189", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(org.oncodex.model.evidence.Population.of(
                        CancerType.of("non-small-cell-lung-cancer", "non-small cell lung cancer"), "liver metastases"))
                .comparison(org.oncodex.model.evidence.Comparison.of("pembrolizumab + chemotherapy", "chemotherapy"))
                .endpoint(Endpoint.OS)
                .estimate(HazardRatio.of(0.62, 0.44, 0.87))
                .citation(org.oncodex.model.evidence.Citation.doi("10.5306/wjco.v17.i3.116093"))
                .build());
        List<Character> replacements = List.of('{', '}', '"', ',', ':', '-', '0', '9', 'e', ' ', '[', 'n', '\\');
        qt().withExamples(2000)
                .forAll(
                        lists().of(integers().between(0, json.length() - 1)).ofSizeBetween(1, 4),
                        integers().between(0, 1000))
                .checkAssert((positions, seed) -> {
                    StringBuilder mutated = new StringBuilder(json);
                    int i = 0;
                    for (int position : positions) {
                        int at = Math.min(position, mutated.length() - 1);
                        if ((seed + i) % 3 == 0) {
                            mutated.deleteCharAt(at);
                        } else {
                            mutated.setCharAt(at, replacements.get((seed + i) % replacements.size()));
                        }
                        i++;
                    }
                    try {
                        TrialResult read = MAPPER.readValue(mutated.toString(), TrialResult.class);
                        assertThat(read.id()).isNotBlank();
                    } catch (JsonProcessingException expected) {
                        // refused: the documented outcome
                    } catch (RuntimeException e) {
                        fail("undocumented " + e + " for " + mutated, e);
                    }
                });
    }
}
