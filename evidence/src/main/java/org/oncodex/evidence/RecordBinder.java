package org.oncodex.evidence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/*
 * Binds each record of a tree that may break the schema. A record the schema rejected is still bound
 * where it can be, with unknown properties ignored, so that its other problems are found in the same
 * pass; when it cannot be (a required member missing, a value outside a closed set), binding fails
 * quietly, since the schema has said why, and the ids it refers to are checked as they stand. A
 * reference to a record that could not be read is reported as such, and the referring record is
 * still checked for everything else.
 */
final class RecordBinder {
    private static final ObjectReader LENIENT =
            KnowledgeBaseJson.MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final BaseChecker checker;
    /** Where the schema found a problem, and every place that holds one. */
    private final Set<String> invalidAtOrBelow;

    private final Set<String> covered;
    /** The covered places and every place that holds one. */
    private final Set<String> coveredAtOrBelow;

    private final Map<String, Citation> citations = new HashMap<>();
    private final Map<String, String> citationAt = new HashMap<>();
    private final Map<String, Concept> concepts = new HashMap<>();
    private final Map<String, String> conceptAt = new HashMap<>();
    private final List<Runnable> afterConcepts = new ArrayList<>();

    RecordBinder(BaseChecker checker, Set<String> invalid, Set<String> covered) {
        this.checker = checker;
        this.invalidAtOrBelow = withAncestors(invalid);
        this.covered = covered;
        this.coveredAtOrBelow = withAncestors(covered);
    }

    /** Whether the schema found a problem at or below the pointer. */
    private boolean rejected(String pointer) {
        return invalidAtOrBelow.contains(pointer);
    }

    /** The pointers and every pointer that holds one of them ({@code /a/b} gives {@code /a/b}, {@code /a}, ""). */
    private static Set<String> withAncestors(Set<String> pointers) {
        Set<String> out = new HashSet<>();
        for (String p : pointers) {
            for (String key = p;
                    out.add(key) && !key.isEmpty();
                    key = key.substring(0, Math.max(0, key.lastIndexOf('/')))) {
                // the pointer and those that hold it; stops at one already added with its ancestors
            }
        }
        return out;
    }

    /**
     * Whether a failure at the pointer may follow from a problem the schema reported: one at, below
     * or above it. Looked up, not searched, so that a document whose every record breaks the schema
     * is not checked in time quadratic in its records (issue 16).
     */
    private boolean explained(String pointer) {
        if (coveredAtOrBelow.contains(pointer)) {
            return true;
        }
        for (String key = pointer; !key.isEmpty(); ) {
            key = key.substring(0, Math.max(0, key.lastIndexOf('/')));
            if (covered.contains(key)) {
                return true;
            }
        }
        return false;
    }

    void bind(JsonNode root) {
        ids(root, "citations", citationAt);
        forEach(root, "citations", this::citation);
        for (String section : KnowledgeBaseJson.CONCEPT_SECTIONS) {
            ids(root, section, conceptAt);
        }
        for (String section : KnowledgeBaseJson.CONCEPT_SECTIONS) {
            forEach(root, section, (node, at, rejected) -> concept(section, node, at, rejected));
        }
        conceptAt.forEach((id, at) -> {
            if (!concepts.containsKey(id)) {
                checker.rejected(id, at);
            }
        });
        afterConcepts.forEach(Runnable::run);
        forEach(root, "results", this::result);
        forEach(root, "treatmentOptions", this::option);
        forEach(root, "approvals", this::approval);
    }

    private interface Visitor {
        void visit(JsonNode node, String pointer, boolean rejected);
    }

    private void forEach(JsonNode root, String section, Visitor visitor) {
        JsonNode array = root.get(section);
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = "/" + section + "/" + i;
            if (array.get(i).isObject()) {
                visitor.visit(array.get(i), at, rejected(at));
            }
        }
    }

    /** Where each id of a section is first, for valid and rejected records alike. */
    private static void ids(JsonNode root, String section, Map<String, String> into) {
        JsonNode array = root.path(section);
        for (int i = 0; i < array.size(); i++) {
            JsonNode id = array.get(i).get("id");
            if (id != null && id.isTextual()) {
                into.putIfAbsent(id.asText(), "/" + section + "/" + i);
            }
        }
    }

    private <T> @Nullable T bindValue(JsonNode node, Class<T> type, String at, boolean rejected) {
        try {
            return rejected ? LENIENT.forType(type).readValue(node) : KnowledgeBaseJson.MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String where = at + pointer(e);
            if (!rejected || !explained(where)) {
                checker.problem(where, message(e));
            }
        } catch (IOException | IllegalArgumentException e) {
            if (!rejected || !explained(at)) {
                checker.problem(at, String.valueOf(e.getMessage()));
            }
        }
        return null;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                s.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                s.append('/').append(ref.getIndex());
            }
        }
        return s.toString();
    }

    private static String message(JsonMappingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return String.valueOf(e.getOriginalMessage());
    }

    private void citation(JsonNode node, String at, boolean rejected) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        JsonNode id = copy.remove("id");
        Citation c = bindValue(copy, Citation.class, at, rejected);
        if (c != null && id != null && id.isTextual()) {
            checker.citation(id.asText(), c, at);
            citations.putIfAbsent(id.asText(), c);
        }
    }

    /** The citation an id names, or null after reporting why there is none. */
    private @Nullable Citation citationRef(@Nullable JsonNode node, String at) {
        if (node == null || !node.isTextual()) {
            return null; // the schema reports a missing or mistyped citation
        }
        String id = node.asText();
        Citation c = citations.get(id);
        if (c == null) {
            String rejectedAt = citationAt.get(id);
            if (rejectedAt == null) {
                checker.problem(at, "citation \"" + id + "\" is not among the base's citations");
            } else {
                checker.problem(
                        at,
                        "citation \"" + id + "\" refers to " + rejectedAt
                                + ", which could not be read: see the problems there");
            }
        }
        return c;
    }

    private void concept(String section, JsonNode node, String at, boolean rejected) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        JsonNode cited = copy.remove("citations");
        JsonNode modality = section.equals("drugs") ? copy.remove("modality") : null;
        Class<? extends Concept> type = switch (section) {
            case "cancerTypes" -> CancerType.class;
            case "drugs" -> Drug.class;
            case "therapies" -> Therapy.class;
            case "regimens" -> Regimen.class;
            default -> Biomarker.class;
        };
        List<Citation> sources = new ArrayList<>();
        boolean unresolved = false;
        if (cited != null && cited.isArray()) {
            for (int i = 0; i < cited.size(); i++) {
                Citation c = citationRef(cited.get(i), at + "/citations/" + i);
                if (c == null) {
                    unresolved = true;
                } else {
                    sources.add(c);
                }
            }
        }
        Concept concept = bindValue(copy, type, at, rejected);
        if (concept == null) {
            afterConcepts.add(
                    () -> { // once every concept is bound, so that the ids name what they can
                        idRef(node.get("parentId"), at + "/parentId");
                        JsonNode components = node.path("componentIds");
                        for (int i = 0; i < components.size(); i++) {
                            idRef(components.get(i), at + "/componentIds/" + i);
                        }
                    });
            return;
        }
        if (unresolved || coveredAtOrBelow.contains(at + "/citations")) {
            checker.citationReported(at);
        }
        checker.concept(concept, sources, at);
        concepts.putIfAbsent(concept.id(), concept);
        TherapyModality m = modality == null ? null : enumValue(TherapyModality.class, modality);
        if (m != null) {
            checker.drugModality(concept.id(), m, at + "/modality");
        }
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(node.asText())) {
                return e;
            }
        }
        return null; // the schema reports a value outside the closed set
    }

    /** Checks an id of a record that could not be bound, as it stands. */
    private void idRef(@Nullable JsonNode node, String at) {
        if (node != null && node.isTextual() && !concepts.containsKey(node.asText())) {
            checker.dangling(node.asText(), at);
        }
    }

    private <T extends Concept> @Nullable T conceptRef(@Nullable JsonNode node, String at, Class<T> kind, String what) {
        if (node == null || !node.isTextual()) {
            return null; // the schema reports a missing or mistyped id
        }
        String id = node.asText();
        Concept c = concepts.get(id);
        if (c == null) {
            checker.dangling(id, at);
            return null;
        }
        if (!kind.isInstance(c)) {
            checker.problem(at, "\"" + id + "\" is not a " + what);
            return null;
        }
        return kind.cast(c);
    }

    private void result(JsonNode node, String at, boolean rejected) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        JsonNode citationId = copy.remove("citation");
        Citation citation = citationRef(citationId, at + "/citation");
        TrialResult r = bindValue(copy, TrialResult.class, at, rejected);
        if (r == null) {
            JsonNode population = node.path("population");
            JsonNode comparison = node.path("comparison");
            for (String ids : List.of("cancerTypeIds", "biomarkerIds")) {
                JsonNode array = population.path(ids);
                for (int i = 0; i < array.size(); i++) {
                    idRef(array.get(i), at + "/population/" + ids + "/" + i);
                }
            }
            for (String ids : List.of("interventionIds", "comparatorIds")) {
                JsonNode array = comparison.path(ids);
                for (int i = 0; i < array.size(); i++) {
                    idRef(array.get(i), at + "/comparison/" + ids + "/" + i);
                }
            }
            return;
        }
        if (citation == null) {
            if (citationId != null) {
                checker.citationReported(at);
            }
            checker.result(r, at);
        } else {
            checker.result(TrialResult.builder().from(r).citation(citation).build(), at);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field + " is required and must be text");
        }
        return value.asText();
    }

    /** Reports a failure to build a record, unless the schema has already said why. */
    private void failed(String at, boolean rejected, RuntimeException e) {
        if (!rejected) {
            checker.problem(at, String.valueOf(e.getMessage()));
        }
    }

    private void option(JsonNode node, String at, boolean rejected) {
        boolean ok = true;
        CancerType cancerType = conceptRef(node.get("cancerType"), at + "/cancerType", CancerType.class, "cancer type");
        List<Concept> treatments = new ArrayList<>();
        JsonNode ids = node.path("treatments");
        for (int i = 0; i < ids.size(); i++) {
            Concept c = conceptRef(ids.get(i), at + "/treatments/" + i, Concept.class, "concept");
            if (c == null) {
                ok = false;
            } else {
                treatments.add(c);
            }
        }
        Citation citation = citationRef(node.get("citation"), at + "/citation");
        if (!ok || cancerType == null || citation == null) {
            return;
        }
        try {
            TreatmentOption.Builder b = TreatmentOption.builder()
                    .id(text(node, "id"))
                    .cancerType(cancerType)
                    .label(text(node, "label"))
                    .treatments(treatments)
                    .citation(citation);
            for (JsonNode s : node.path("settings")) {
                b.addSettings(DiseaseSetting.valueOf(s.asText()));
            }
            for (JsonNode m : node.path("modalities")) {
                b.addModalities(TherapyModality.valueOf(m.asText()));
            }
            if (node.has("availability")) {
                b.availability(TreatmentOption.Availability.valueOf(
                        node.get("availability").asText()));
            }
            if (node.has("condition")) {
                b.condition(node.get("condition").asText());
            }
            if (node.has("purpose")) {
                b.purpose(node.get("purpose").asText());
            }
            checker.option(b.build(), at);
        } catch (IllegalArgumentException | IllegalStateException e) {
            failed(at, rejected, e);
        }
    }

    private void approval(JsonNode node, String at, boolean rejected) {
        Concept treatment = conceptRef(node.get("treatment"), at + "/treatment", Concept.class, "concept");
        CancerType cancerType = conceptRef(node.get("cancerType"), at + "/cancerType", CancerType.class, "cancer type");
        Citation citation = citationRef(node.get("citation"), at + "/citation");
        if (treatment == null || cancerType == null || citation == null) {
            return;
        }
        try {
            Approval.Builder b = Approval.builder()
                    .id(text(node, "id"))
                    .agency(text(node, "agency"))
                    .treatment(treatment)
                    .cancerType(cancerType)
                    .indication(text(node, "indication"))
                    .verdict(ApprovalStatus.Verdict.valueOf(text(node, "verdict")))
                    .citation(citation);
            if (node.has("date")) {
                b.date(LocalDate.parse(node.get("date").asText()));
            }
            if (node.has("lineOfTherapy")) {
                b.lineOfTherapy(node.get("lineOfTherapy").asText());
            }
            for (JsonNode setting : node.path("settings")) {
                b.addSettings(DiseaseSetting.valueOf(setting.asText()));
            }
            if (node.has("approvalType")) {
                b.approvalType(ApprovalType.valueOf(node.get("approvalType").asText()));
            }
            if (node.has("quote")) {
                b.quote(node.get("quote").asText());
            }
            checker.approval(b.build(), at);
        } catch (DateTimeParseException e) {
            if (!rejected) {
                checker.problem(
                        at + "/date",
                        "date must be a calendar date yyyy-mm-dd: "
                                + node.get("date").asText());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            failed(at, rejected, e);
        }
    }
}
