package org.oncodex.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Small knowledge bases written as JSON, for loader tests. */
final class KnowledgeBases {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A valid base with one record of every kind; line numbers matter to the loader tests. */
    static final String MINIMAL = """
            {
              "citations": [
                {"id": "src", "title": "A source", "sourceType": "REGULATORY_DOCUMENT", "retrieved": "2026-11-30"}
              ],
              "cancerTypes": [
                {"id": "liver-cancer", "name": "liver cancer", "citations": ["src"]},
                {"id": "hcc", "name": "hepatocellular carcinoma", "abbreviations": ["HCC"],
                 "parentId": "liver-cancer", "citations": ["src"]}
              ],
              "drugs": [
                {"id": "drug-a", "name": "druga", "brandNames": ["Brandy"], "drugClass": "kinase inhibitor",
                 "targets": ["VEGF"], "modality": "TARGETED_THERAPY", "citations": ["src"]}
              ],
              "therapies": [
                {"id": "ablation", "name": "ablation", "modality": "ABLATION", "citations": ["src"]}
              ],
              "results": [
                {"id": "r1", "study": {"name": "TRIAL-1", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                 "population": {"cancerTypeIds": ["hcc"]},
                 "comparison": {"intervention": "druga", "comparator": "placebo", "interventionIds": ["drug-a"]},
                 "endpoint": "OS",
                 "estimate": {"type": "hazardRatio", "value": 0.7, "ci": {"lower": 0.5, "upper": 0.9, "level": 0.95}},
                 "citation": "src"}
              ],
              "treatmentOptions": [
                {"id": "o1", "cancerType": "liver-cancer", "settings": ["LOCALIZED"], "label": "ablation",
                 "treatments": ["ablation"], "modalities": ["ABLATION"], "citation": "src"}
              ],
              "approvals": [
                {"id": "a1", "agency": "FDA", "treatment": "drug-a", "cancerType": "hcc", "indication": "HCC",
                 "verdict": "APPROVED", "date": "2020-01-02", "citation": "src"}
              ]
            }
            """;

    private KnowledgeBases() {}

    static EvidenceBase load(String json) {
        try {
            return EvidenceBase.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "kb.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal base with an edit applied to its tree. */
    static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(MINIMAL);
            edit.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode at(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return (ObjectNode) node;
    }
}
