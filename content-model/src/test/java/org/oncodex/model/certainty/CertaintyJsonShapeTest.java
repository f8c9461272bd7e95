package org.oncodex.model.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.OncodexJacksonModule;

/**
 * The exact JSON of certainties written inside other values (concerns in the domains' order), and GRADE's
 * closed set of properties.
 */
class CertaintyJsonShapeTest {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new OncodexJacksonModule()).build();

    @Test
    void every_object_is_closed_where_it_ends_when_certainties_follow_each_other() throws JsonProcessingException {
        GradeCertainty grade = GradeCertainty.builder()
                .rating(GradeRating.LOW)
                .concern(GradeDomain.IMPRECISION, GradeConcern.SERIOUS, "few events")
                .concern(GradeDomain.RISK_OF_BIAS, GradeConcern.SERIOUS, "open label")
                .upgrade(GradeUpgrade.DOSE_RESPONSE, "a gradient")
                .build();
        List<Certainty> list = List.of(grade, OncoKbLevel.LEVEL_1, grade);
        String one = "{\"scale\":\"GRADE\",\"rating\":\"LOW\",\"concerns\":{"
                + "\"RISK_OF_BIAS\":{\"concern\":\"SERIOUS\",\"reason\":\"open label\"},"
                + "\"IMPRECISION\":{\"concern\":\"SERIOUS\",\"reason\":\"few events\"}},"
                + "\"upgrades\":{\"DOSE_RESPONSE\":\"a gradient\"}}";
        assertThat(MAPPER.writerFor(MAPPER.getTypeFactory().constructCollectionType(List.class, Certainty.class))
                        .writeValueAsString(list))
                .isEqualTo("[" + one + ",{\"scale\":\"ONCOKB\",\"level\":\"1\"}," + one + "]");
    }

    @Test
    void a_grade_certainty_takes_no_other_property() {
        JsonMappingException e = catchThrowableOfType(
                JsonMappingException.class,
                () -> MAPPER.readValue("{\"scale\":\"GRADE\",\"rating\":\"LOW\",\"level\":\"1\"}", Certainty.class));
        assertThat(e.getOriginalMessage())
                .isEqualTo("certainty on the GRADE scale has no property \"level\"; it takes concerns, rating, scale,"
                        + " start, upgrades");
    }

    @Test
    void a_rating_that_is_not_text_is_named_with_what_arrived() {
        JsonMappingException e = catchThrowableOfType(
                JsonMappingException.class,
                () -> MAPPER.readValue("{\"scale\":\"GRADE\",\"rating\":3}", Certainty.class));
        assertThat(e.getOriginalMessage())
                .isEqualTo("certainty rating must be one of HIGH, MODERATE, LOW, VERY_LOW, not 3");
    }
}
