package org.oncodex.model.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.oncodex.model.OncodexJacksonModule;

class CertaintyJsonTest {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new OncodexJacksonModule()).build();

    private static Certainty read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Certainty.class);
    }

    @Test
    void each_scale_is_written_in_its_own_terms_and_read_back() throws JsonProcessingException {
        GradeCertainty grade = GradeCertainty.builder()
                .rating(GradeRating.MODERATE)
                .start(GradeStart.RANDOMIZED_TRIALS)
                .concern(GradeDomain.IMPRECISION, GradeConcern.SERIOUS, "fewer than 300 events")
                .build();
        String json = MAPPER.writeValueAsString(grade);
        assertThat(json)
                .isEqualTo(
                        "{\"scale\":\"GRADE\",\"rating\":\"MODERATE\",\"start\":\"RANDOMIZED_TRIALS\","
                                + "\"concerns\":{\"IMPRECISION\":{\"concern\":\"SERIOUS\",\"reason\":\"fewer than 300 events\"}}}");
        assertThat(read(json)).isEqualTo(grade);

        PdqLevel pdq = PdqLevel.parse("1iiA");
        assertThat(MAPPER.writeValueAsString(pdq)).isEqualTo("{\"scale\":\"NCI_PDQ\",\"level\":\"1iiA\"}");
        assertThat(read("{\"scale\":\"NCI_PDQ\",\"level\":\"3iiiDiv\"}")).isEqualTo(PdqLevel.parse("3iiiDiv"));

        assertThat(MAPPER.writeValueAsString(OncoKbLevel.LEVEL_3A))
                .isEqualTo("{\"scale\":\"ONCOKB\",\"level\":\"3A\"}");
        assertThat(read("{\"scale\":\"ONCOKB\",\"level\":\"R1\"}")).isEqualTo(OncoKbLevel.LEVEL_R1);
    }

    @Test
    void a_bad_certainty_names_the_field_the_value_and_the_rule() {
        JsonMappingException e = catchThrowableOfType(
                JsonMappingException.class, () -> read("{\"scale\":\"GRADE\",\"rating\":\"MEDIUM\"}"));
        assertThat(e.getOriginalMessage())
                .isEqualTo("certainty rating \"MEDIUM\" is not one of HIGH, MODERATE, LOW, VERY_LOW");
        assertThat(e.getPathReference()).contains("rating");

        e = catchThrowableOfType(JsonMappingException.class, () -> read("{\"scale\":\"NCI_PDQ\",\"level\":\"1iiE\"}"));
        assertThat(e.getOriginalMessage())
                .startsWith("certainty level PDQ level of evidence must be")
                .contains("1iiE");

        e = catchThrowableOfType(
                JsonMappingException.class, () -> read("{\"scale\":\"ONCOKB\",\"level\":\"Level 3A\"}"));
        assertThat(e.getOriginalMessage()).contains("\"Level 3A\"").contains("1, 2, 3A, 3B, 4, R1, R2");

        e = catchThrowableOfType(JsonMappingException.class, () -> read("{\"scale\":\"CTCAE\",\"level\":\"3\"}"));
        assertThat(e.getOriginalMessage()).isEqualTo("certainty scale \"CTCAE\" is not one of GRADE, NCI_PDQ, ONCOKB");

        e = catchThrowableOfType(JsonMappingException.class, () -> read("{\"scale\":\"ONCOKB\",\"rating\":\"HIGH\"}"));
        assertThat(e.getOriginalMessage()).contains("no property \"rating\"");

        e = catchThrowableOfType(
                JsonMappingException.class,
                () -> read("{\"scale\":\"GRADE\",\"rating\":\"LOW\",\"concerns\":"
                        + "{\"IMPRECISION\":{\"concern\":\"SERIOUS\",\"reason\":\" \"}}}"));
        assertThat(e.getOriginalMessage()).contains("reason must be given for a serious concern");
    }
}
