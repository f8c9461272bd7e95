package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The Jackson-mapped types of the module survive JSON and back unchanged. */
class JsonRoundTripPropertyTest {

    private static <T> void roundTrips(Gen<T> values, Class<? super T> type) {
        qt().withExamples(300).forAll(values).checkAssert(value -> {
            String json = write(value);
            assertThat(read(json, type)).as(json).isEqualTo(value);
        });
    }

    private static String write(Object value) {
        try {
            return CatalogJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(String json, Class<?> type) {
        try {
            return CatalogJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void disclaimers() {
        roundTrips(DisclaimerGenerators.disclaimers(), Disclaimer.class);
    }

    @Test
    void rendered_disclaimers() {
        roundTrips(
                DisclaimerGenerators.disclaimers().zip(DisclaimerGenerators.values(), (d, values) -> d.render(values)),
                RenderedDisclaimer.class);
    }

    @Test
    void a_disclaimer_is_written_in_the_catalogue_file_shape_with_a_language_tag() {
        Disclaimer d = Disclaimer.builder()
                .id("not-medical-advice")
                .kind(DisclaimerKind.NOT_MEDICAL_ADVICE)
                .version(1)
                .locale(Locale.forLanguageTag("es-MX"))
                .placement(Placement.HEADER)
                .text("No es un consejo médico.")
                .build();

        assertThat(write(d))
                .isEqualTo("{\"id\":\"not-medical-advice\",\"kind\":\"NOT_MEDICAL_ADVICE\",\"version\":1,"
                        + "\"locale\":\"es-MX\",\"placement\":\"HEADER\",\"text\":\"No es un consejo médico.\"}");
        assertThat(write(d.render(Map.of())))
                .isEqualTo("{\"id\":\"not-medical-advice\",\"kind\":\"NOT_MEDICAL_ADVICE\",\"version\":1,"
                        + "\"locale\":\"es-MX\",\"placement\":\"HEADER\",\"text\":\"No es un consejo médico.\"}");
    }

    @Test
    void an_ill_formed_locale_or_an_invalid_value_is_refused() {
        String json = "{\"id\":\"x\",\"kind\":\"NOT_MEDICAL_ADVICE\",\"version\":1,\"locale\":\"e s\","
                + "\"placement\":\"HEADER\",\"text\":\"t\"}";

        assertThatThrownBy(() -> CatalogJson.MAPPER.readValue(json, Disclaimer.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("must be a well-formed language tag");
        assertThatThrownBy(() -> CatalogJson.MAPPER.readValue(
                        json.replace("e s", "en").replace("\"version\":1", "\"version\":0"), RenderedDisclaimer.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("RenderedDisclaimer \"x\" version must be a whole number of 1 or more: 0");
    }
}
