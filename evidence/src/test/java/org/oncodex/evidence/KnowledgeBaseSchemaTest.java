package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CodeSystem;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Phase;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.Unit;

/** The schema file's closed sets are the Java enums' names, so the two cannot drift apart. */
class KnowledgeBaseSchemaTest {

    static JsonNode schema() throws Exception {
        try (InputStream in = EvidenceBase.class.getResourceAsStream("knowledge-base.schema.json")) {
            return KnowledgeBases.JSON.readTree(in);
        }
    }

    static List<String> values(JsonNode schema, String pointer) {
        List<String> out = new ArrayList<>();
        schema.at(pointer).forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void enums_match_the_content_model() throws Exception {
        JsonNode s = schema();
        assertThat(values(s, "/$defs/result/properties/endpoint/enum")).isEqualTo(names(Endpoint.values()));
        assertThat(values(s, "/$defs/result/properties/study/properties/design/enum"))
                .isEqualTo(names(StudyDesign.values()));
        assertThat(values(s, "/$defs/result/properties/study/properties/phase/enum"))
                .isEqualTo(names(Phase.values()));
        assertThat(values(s, "/$defs/therapy/properties/modality/enum")).isEqualTo(names(TherapyModality.values()));
        assertThat(values(s, "/$defs/treatmentOption/properties/settings/items/enum"))
                .isEqualTo(names(DiseaseSetting.values()));
        assertThat(values(s, "/$defs/treatmentOption/properties/availability/enum"))
                .isEqualTo(names(TreatmentOption.Availability.values()));
        assertThat(values(s, "/$defs/result/properties/pValue/properties/relation/enum"))
                .isEqualTo(names(PValue.Relation.values()));
        assertThat(values(s, "/$defs/medianTime/properties/unit/enum")).isEqualTo(names(Unit.values()));
        assertThat(values(s, "/$defs/valueRange/properties/unit/enum")).isEqualTo(names(Unit.values()));
        assertThat(values(s, "/$defs/meanDifference/properties/unit/enum")).isEqualTo(names(Unit.values()));
        assertThat(values(s, "/$defs/result/properties/timePoint/properties/unit/enum"))
                .isEqualTo(names(Unit.values()));
        assertThat(values(s, "/$defs/confidenceInterval/properties/sidedness/enum"))
                .isEqualTo(names(Sidedness.values()));
        assertThat(values(s, "/$defs/confidenceInterval/properties/kind/enum")).isEqualTo(names(IntervalKind.values()));
        assertThat(values(s, "/$defs/ratioOfRatios/properties/ofKind/enum"))
                .containsExactly("HAZARD_RATIO", "ODDS_RATIO", "RISK_RATIO", "RATE_RATIO");
        assertThat(values(s, "/$defs/cancerType/properties/codes/propertyNames/enum"))
                .isEqualTo(names(CodeSystem.values()));
        assertThat(values(s, "/$defs/approval/properties/verdict/enum")).containsExactly("APPROVED", "NOT_APPROVED");
    }

    @Test
    void estimate_types_are_the_content_models_names() throws Exception {
        assertThat(values(schema(), "/$defs/estimate/properties/type/enum"))
                .containsExactly(
                        "hazardRatio",
                        "oddsRatio",
                        "riskRatio",
                        "rateRatio",
                        "ratioOfRatios",
                        "medianTime",
                        "proportion",
                        "valueRange",
                        "meanDifference",
                        "quantity");
    }
}
