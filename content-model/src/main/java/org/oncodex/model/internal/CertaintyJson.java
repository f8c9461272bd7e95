package org.oncodex.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.certainty.CertaintyScale;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeConcern;
import org.oncodex.model.certainty.GradeDomain;
import org.oncodex.model.certainty.GradeJudgement;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.certainty.GradeStart;
import org.oncodex.model.certainty.GradeUpgrade;
import org.oncodex.model.certainty.OncoKbLevel;
import org.oncodex.model.certainty.PdqLevel;

/**
 * The JSON shape of a {@link Certainty}: an object whose {@code "scale"} names the scale
 * ({@code GRADE}, {@code NCI_PDQ}, {@code ONCOKB}), then the rating in that scale's own terms.
 *
 * <pre>{@code
 * {"scale": "GRADE", "rating": "MODERATE", "start": "RANDOMIZED_TRIALS",
 *  "concerns": {"IMPRECISION": {"concern": "SERIOUS", "reason": "fewer than 300 events"}},
 *  "upgrades": {"DOSE_RESPONSE": "..."}}
 * {"scale": "NCI_PDQ", "level": "1iiA"}
 * {"scale": "ONCOKB", "level": "3A"}
 * }</pre>
 *
 * <p>Reading takes no type from the input beyond the closed set of scales, rejects unknown
 * properties, and names the field, the value and the rule it breaks.
 */
public final class CertaintyJson {
    private static final Set<String> GRADE_FIELDS = Set.of("scale", "rating", "start", "concerns", "upgrades");
    private static final Set<String> LEVEL_FIELDS = Set.of("scale", "level");

    private CertaintyJson() {}

    /** Writes a certainty. */
    public static final class Serializer extends JsonSerializer<Certainty> {
        @Override
        public void serialize(Certainty value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("scale", value.scale().name());
            if (value instanceof GradeCertainty g) {
                gen.writeStringField("rating", g.rating().name());
                if (g.start().isPresent()) {
                    gen.writeStringField("start", g.start().get().name());
                }
                if (!g.concerns().isEmpty()) {
                    gen.writeObjectFieldStart("concerns");
                    for (Map.Entry<GradeDomain, GradeJudgement> e : g.concerns().entrySet()) {
                        gen.writeObjectFieldStart(e.getKey().name());
                        gen.writeStringField("concern", e.getValue().concern().name());
                        gen.writeStringField("reason", e.getValue().reason());
                        gen.writeEndObject();
                    }
                    gen.writeEndObject();
                }
                if (!g.upgrades().isEmpty()) {
                    gen.writeObjectFieldStart("upgrades");
                    for (Map.Entry<GradeUpgrade, String> e : g.upgrades().entrySet()) {
                        gen.writeStringField(e.getKey().name(), e.getValue());
                    }
                    gen.writeEndObject();
                }
            } else if (value instanceof PdqLevel p) {
                gen.writeStringField("level", p.printed());
            } else if (value instanceof OncoKbLevel o) {
                gen.writeStringField("level", o.code());
            }
            gen.writeEndObject();
        }
    }

    /** Reads a certainty. */
    public static final class Deserializer extends JsonDeserializer<Certainty> {
        @Override
        public Certainty deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (node == null || !node.isObject()) {
                throw error(p, "certainty must be an object with a \"scale\"", null);
            }
            CertaintyScale scale = constant(p, node, "scale", CertaintyScale.class, true);
            return switch (scale) {
                case GRADE -> grade(p, node);
                case NCI_PDQ -> {
                    only(p, node, LEVEL_FIELDS, scale);
                    String level = text(p, node, "level");
                    try {
                        yield PdqLevel.parse(level);
                    } catch (IllegalArgumentException e) {
                        throw error(p, "certainty level " + e.getMessage(), "level");
                    }
                }
                case ONCOKB -> {
                    only(p, node, LEVEL_FIELDS, scale);
                    String level = text(p, node, "level");
                    for (OncoKbLevel l : OncoKbLevel.values()) {
                        if (l.code().equals(level)) {
                            yield l;
                        }
                    }
                    throw error(
                            p,
                            "certainty level \"" + level + "\" is not an OncoKB therapeutic level; it must be one of "
                                    + Arrays.stream(OncoKbLevel.values())
                                            .map(OncoKbLevel::code)
                                            .collect(Collectors.joining(", ")),
                            "level");
                }
            };
        }

        private static GradeCertainty grade(JsonParser p, JsonNode node) throws JsonMappingException {
            only(p, node, GRADE_FIELDS, CertaintyScale.GRADE);
            GradeCertainty.Builder b = GradeCertainty.builder();
            b.rating(constant(p, node, "rating", GradeRating.class, true));
            if (node.has("start")) {
                b.start(constant(p, node, "start", GradeStart.class, true));
            }
            JsonNode concerns = node.get("concerns");
            if (concerns != null) {
                if (!concerns.isObject()) {
                    throw error(p, "certainty concerns must be an object keyed by GRADE domain", "concerns");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                concerns.properties().iterator();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    GradeDomain domain = named(p, GradeDomain.class, e.getKey(), "concerns");
                    JsonNode j = e.getValue();
                    if (!j.isObject() || !j.path("reason").isTextual() || j.size() != 2) {
                        throw error(
                                p,
                                "certainty concern for " + domain.name()
                                        + " must be an object with exactly \"concern\" and \"reason\"",
                                "concerns/" + e.getKey());
                    }
                    GradeConcern concern = constant(p, j, "concern", GradeConcern.class, true);
                    try {
                        b.concern(domain, concern, j.get("reason").asText());
                    } catch (IllegalArgumentException x) {
                        throw error(p, String.valueOf(x.getMessage()), "concerns/" + e.getKey() + "/reason");
                    }
                }
            }
            JsonNode upgrades = node.get("upgrades");
            if (upgrades != null) {
                if (!upgrades.isObject()) {
                    throw error(p, "certainty upgrades must be an object keyed by GRADE upgrade", "upgrades");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                upgrades.properties().iterator();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    GradeUpgrade upgrade = named(p, GradeUpgrade.class, e.getKey(), "upgrades");
                    if (!e.getValue().isTextual()) {
                        throw error(
                                p,
                                "certainty upgrade " + upgrade.name() + " must give its reason as text",
                                "upgrades/" + e.getKey());
                    }
                    b.upgrade(upgrade, e.getValue().asText());
                }
            }
            try {
                return b.build();
            } catch (IllegalArgumentException | IllegalStateException x) {
                throw error(p, String.valueOf(x.getMessage()), null);
            }
        }

        private static void only(JsonParser p, JsonNode node, Set<String> allowed, CertaintyScale scale)
                throws JsonMappingException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw error(
                            p,
                            "certainty on the " + scale.name() + " scale has no property \"" + name + "\"; it takes "
                                    + allowed.stream().sorted().collect(Collectors.joining(", ")),
                            name);
                }
            }
        }

        private static String text(JsonParser p, JsonNode node, String field) throws JsonMappingException {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw error(p, "certainty " + field + " is required and must be text", field);
            }
            return value.asText();
        }

        private static <E extends Enum<E>> E constant(
                JsonParser p, JsonNode node, String field, Class<E> type, boolean required)
                throws JsonMappingException {
            JsonNode value = node.get(field);
            if (value == null && required) {
                throw error(p, "certainty " + field + " is required; it must be one of " + names(type), field);
            }
            if (value == null || !value.isTextual()) {
                throw error(p, "certainty " + field + " must be one of " + names(type) + ", not " + value, field);
            }
            return named(p, type, value.asText(), field);
        }

        private static <E extends Enum<E>> E named(JsonParser p, Class<E> type, String name, String field)
                throws JsonMappingException {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
            throw error(p, "certainty " + field + " \"" + name + "\" is not one of " + names(type), field);
        }

        private static String names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        private static JsonMappingException error(JsonParser p, String message, @Nullable String field) {
            JsonMappingException e = JsonMappingException.from(p, message);
            if (field != null) {
                List<String> parts = List.of(field.split("/", -1));
                for (int i = parts.size() - 1; i >= 0; i--) {
                    e.prependPath(new JsonMappingException.Reference(null, parts.get(i)));
                }
            }
            return e;
        }
    }
}
