package org.oncodex.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** Binds each record of a tree that may break the schema, skipping records the schema already rejected. */
/** Binds each record of a tree that may break the schema, skipping records the schema already rejected. */
final class RecordBinder {
    private final BaseChecker checker;
    private final Set<String> invalid;
    private final Map<String, Citation> citations = new HashMap<>();
    private final Set<String> citationIds = new HashSet<>();
    private final Map<String, Concept> concepts = new HashMap<>();
    private final Set<String> conceptIds = new HashSet<>();

    RecordBinder(BaseChecker checker, Set<String> invalid) {
        this.checker = checker;
        this.invalid = invalid;
    }

    /** Whether the schema found a problem at or below the pointer. */
    private boolean rejected(String pointer) {
        for (String p : invalid) {
            if (p.equals(pointer) || p.startsWith(pointer + "/")) {
                return true;
            }
        }
        return false;
    }

    void bind(JsonNode root) {
        ids(root, "citations", citationIds);
        forEach(root, "citations", this::citation);
        for (String section : KnowledgeBaseJson.CONCEPT_SECTIONS) {
            ids(root, section, conceptIds);
        }
        for (String section : KnowledgeBaseJson.CONCEPT_SECTIONS) {
            forEach(root, section, (node, at) -> concept(section, node, at));
        }
        conceptIds.stream().filter(id -> !concepts.containsKey(id)).forEach(checker::rejected);
        forEach(root, "results", this::result);
        forEach(root, "treatmentOptions", this::option);
        forEach(root, "approvals", this::approval);
    }

    private interface Visitor {
        void visit(JsonNode node, String pointer);
    }

    private void forEach(JsonNode root, String section, Visitor visitor) {
        JsonNode array = root.get(section);
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = "/" + section + "/" + i;
            if (array.get(i).isObject() && !rejected(at)) {
                visitor.visit(array.get(i), at);
            }
        }
    }

    /** Every id in a section, of valid and rejected records alike. */
    private static void ids(JsonNode root, String section, Set<String> into) {
        for (JsonNode record : root.path(section)) {
            JsonNode id = record.get("id");
            if (id != null && id.isTextual()) {
                into.add(id.asText());
            }
        }
    }

    private <T> @Nullable T bindValue(JsonNode node, Class<T> type, String at) {
        try {
            return KnowledgeBaseJson.MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            checker.problem(at + pointer(e), message(e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            checker.problem(at, String.valueOf(e.getMessage()));
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

    private void citation(JsonNode node, String at) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        String id = copy.remove("id").asText();
        Citation c = bindValue(copy, Citation.class, at);
        if (c != null) {
            checker.citation(id, c, at);
            citations.putIfAbsent(id, c);
        }
    }

    private @Nullable Citation citationRef(JsonNode node, String at) {
        String id = node.asText();
        Citation c = citations.get(id);
        if (c == null && !citationIds.contains(id)) {
            checker.problem(at, "citation \"" + id + "\" is not among the base's citations");
        }
        return c;
    }

    private void concept(String section, JsonNode node, String at) {
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
        Concept concept = bindValue(copy, type, at);
        if (concept == null) {
            return;
        }
        List<Citation> sources = new ArrayList<>();
        boolean complete = true;
        if (cited != null) {
            for (int i = 0; i < cited.size(); i++) {
                Citation c = citationRef(cited.get(i), at + "/citations/" + i);
                if (c == null) {
                    complete = false;
                } else {
                    sources.add(c);
                }
            }
        }
        if (!complete) {
            return;
        }
        checker.concept(concept, sources, at);
        concepts.putIfAbsent(concept.id(), concept);
        if (modality != null) {
            checker.drugModality(concept.id(), TherapyModality.valueOf(modality.asText()), at + "/modality");
        }
    }

    private <T extends Concept> @Nullable T conceptRef(JsonNode node, String at, Class<T> kind, String what) {
        String id = node.asText();
        Concept c = concepts.get(id);
        if (c == null) {
            if (!conceptIds.contains(id)) {
                checker.problem(at, "\"" + id + "\" is not in the vocabulary");
            }
            return null;
        }
        if (!kind.isInstance(c)) {
            checker.problem(at, "\"" + id + "\" is not a " + what);
            return null;
        }
        return kind.cast(c);
    }

    private void result(JsonNode node, String at) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        JsonNode citationId = copy.remove("citation");
        Citation citation = citationRef(citationId, at + "/citation");
        TrialResult r = bindValue(copy, TrialResult.class, at);
        if (r != null && citation != null) {
            checker.result(TrialResult.builder().from(r).citation(citation).build(), at);
        }
    }

    private void option(JsonNode node, String at) {
        boolean ok = true;
        CancerType cancerType = conceptRef(node.get("cancerType"), at + "/cancerType", CancerType.class, "cancer type");
        List<Concept> treatments = new ArrayList<>();
        JsonNode ids = node.get("treatments");
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
                    .id(node.get("id").asText())
                    .cancerType(cancerType)
                    .label(node.get("label").asText())
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
        } catch (IllegalArgumentException e) {
            checker.problem(at, String.valueOf(e.getMessage()));
        }
    }

    private void approval(JsonNode node, String at) {
        Concept treatment = conceptRef(node.get("treatment"), at + "/treatment", Concept.class, "concept");
        CancerType cancerType = conceptRef(node.get("cancerType"), at + "/cancerType", CancerType.class, "cancer type");
        Citation citation = citationRef(node.get("citation"), at + "/citation");
        if (treatment == null || cancerType == null || citation == null) {
            return;
        }
        try {
            Approval.Builder b = Approval.builder()
                    .id(node.get("id").asText())
                    .agency(node.get("agency").asText())
                    .treatment(treatment)
                    .cancerType(cancerType)
                    .indication(node.get("indication").asText())
                    .verdict(ApprovalStatus.Verdict.valueOf(node.get("verdict").asText()))
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
            checker.problem(
                    at + "/date",
                    "date must be a calendar date yyyy-mm-dd: "
                            + node.get("date").asText());
        } catch (IllegalArgumentException e) {
            checker.problem(at, String.valueOf(e.getMessage()));
        }
    }
}
