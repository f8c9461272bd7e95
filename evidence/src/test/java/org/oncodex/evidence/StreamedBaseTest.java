package org.oncodex.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streamed reader (issue 14's cold start and load throughput, issue 16's memory) against the
 * validated one: the same base wherever it takes a document, and it takes no document the validated
 * reader rejects.
 */
class StreamedBaseTest {

    private static EvidenceBase validated(byte[] json) {
        return KnowledgeBaseJson.read(json, "kb.json", false);
    }

    /** The build-time proof that lets {@code bundled()} skip the schema validator at run time. */
    @Test
    void the_bundled_base_passes_the_schema_and_every_check_and_streams_to_the_same_base() {
        byte[] json = EvidenceBase.bundledJson();
        EvidenceBase checked = validated(json); // throws, listing every problem, if the file broke a rule
        for (Optional<EvidenceBase> read :
                List.of(StreamedBase.readProven(json, "kb.json"), StreamedBase.read(json, "kb.json"))) {
            EvidenceBase streamed =
                    read.orElseThrow(() -> new AssertionError("the streamed reader does not take the bundled base"));
            assertThat(streamed).isEqualTo(checked);
            assertThat(streamed.toJson()).isEqualTo(checked.toJson());
        }
        assertThat(EvidenceBase.bundled()).isEqualTo(checked);
    }

    @Test
    void any_generated_valid_base_streams_to_the_base_the_validated_reader_binds() {
        qt().withExamples(60).forAll(EvidenceGenerators.bases(6)).checkAssert(kb -> {
            byte[] json = kb.toJson().getBytes(UTF_8);
            EvidenceBase streamed = StreamedBase.read(json, "kb.json")
                    .orElseThrow(() -> new AssertionError("the streamed reader does not take " + kb.toJson()));
            assertThat(streamed).isEqualTo(validated(json)).isEqualTo(kb);
        });
    }

    /**
     * One edit to a valid document (a member removed, retyped, emptied, added or given another
     * value of the document): whatever the streamed reader takes, the validated reader takes too,
     * and reads as the same base.
     */
    @Test
    void the_streamed_reader_takes_no_document_the_validated_reader_rejects() {
        qt().withExamples(300)
                .forAll(EvidenceGenerators.bases(3), longs().all())
                .checkAssert((kb, seed) -> {
                    byte[] json = edit(kb.toJson(), new Random(seed));
                    Optional<EvidenceBase> streamed = StreamedBase.read(json, "kb.json");
                    Throwable rejected = catchThrowable(() -> validated(json));
                    if (streamed.isPresent()) {
                        assertThat(rejected)
                                .as(
                                        "the streamed reader took a document the validated reader rejects:%n%s",
                                        new String(json, UTF_8))
                                .isNull();
                        assertThat(streamed).contains(validated(json));
                    } else if (rejected != null) {
                        assertThat(rejected).isInstanceOf(EvidenceFormatException.class);
                    }
                });
    }

    @Test
    void an_estimate_may_name_its_type_last_and_sections_may_come_in_any_order() {
        String json = KnowledgeBases.edited(root -> {
            ObjectNode estimate = KnowledgeBases.at(root, "/results/0/estimate");
            JsonNode type = estimate.remove("type");
            estimate.set("type", type);
        });
        byte[] bytes = json.getBytes(UTF_8);
        assertThat(StreamedBase.read(bytes, "kb.json")).contains(validated(bytes));

        String reordered = KnowledgeBases.edited(root -> {
            JsonNode citations = root.remove("citations");
            root.set("citations", citations);
        });
        byte[] later = reordered.getBytes(UTF_8);
        assertThat(StreamedBase.read(later, "kb.json")).isEmpty(); // it needs the sources first
        assertThat(KnowledgeBases.load(reordered)).isEqualTo(validated(later));
    }

    @Test
    void a_base_with_problems_is_left_to_the_validated_reader_which_locates_them() {
        String json = KnowledgeBases.edited(root -> KnowledgeBases.at(root, "/results/0/population")
                .putArray("cancerTypeIds")
                .add("nowhere"));
        assertThat(StreamedBase.read(json.getBytes(UTF_8), "kb.json")).isEmpty();
        Throwable e = catchThrowable(() -> KnowledgeBases.load(json));
        assertThat(e).isInstanceOf(EvidenceFormatException.class);
        assertThat(((EvidenceFormatException) e).problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/results/0/population/cancerTypeIds/0");
            assertThat(p.line()).isPresent();
            assertThat(p.column()).isPresent();
        });
    }

    @Test
    void repeated_ids_are_kept_once() {
        byte[] json = EvidenceBase.bundledJson();
        EvidenceBase kb = StreamedBase.read(json, "kb.json").orElseThrow();
        List<String> interventionIds = new ArrayList<>();
        kb.results().forEach(r -> interventionIds.addAll(r.comparison().interventionIds()));
        String first = interventionIds.get(0);
        assertThat(interventionIds.stream().filter(first::equals))
                .hasSizeGreaterThan(1)
                .allSatisfy(id -> assertThat(id).isSameAs(first));
    }

    // ---- edits

    private static byte[] edit(String json, Random random) {
        try {
            ObjectNode root = (ObjectNode) KnowledgeBases.JSON.readTree(json);
            List<ObjectNode> objects = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            collect(root, objects, texts);
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? "id" : names.get(random.nextInt(names.size()));
            JsonNodeFactory f = JsonNodeFactory.instance;
            switch (random.nextInt(9)) {
                case 0 -> target.remove(name);
                case 1 -> target.set(name, f.numberNode(7));
                case 2 -> target.set(name, f.textNode(""));
                case 3 -> target.set(name, f.textNode(" "));
                case 4 -> target.set(name, f.nullNode());
                case 5 -> target.set("extra", f.numberNode(1));
                case 6 -> target.set(name, f.textNode(texts.get(random.nextInt(texts.size()))));
                case 7 -> target.set(name, f.numberNode(-random.nextDouble() * 1e3));
                default -> target.set(name, f.arrayNode().add(texts.get(random.nextInt(texts.size()))));
            }
            return KnowledgeBases.JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects, List<String> texts) {
        if (node instanceof ObjectNode o) {
            objects.add(o);
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                collect(it.next(), objects, texts);
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(e -> collect(e, objects, texts));
        } else if (node.isTextual()) {
            texts.add(node.asText());
        }
    }
}
