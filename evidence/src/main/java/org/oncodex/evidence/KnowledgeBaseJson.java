package org.oncodex.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.OncodexJacksonModule;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/*
 * The JSON format of a knowledge base, read and written.
 *
 * Reading treats the input as untrusted: size, nesting, string and number lengths are bounded,
 * duplicate keys, unknown properties and trailing tokens are errors, and no type is ever taken from
 * the input (estimates name their kind from a closed set). It reads Jackson's tree of the document
 * and validates it against the JSON Schema. A document that keeps to the schema is then bound by
 * StreamedBase from the bytes, with the tree let go, and the base's cross-record checks run; should
 * they find a problem (or the document hold a shape StreamedBase leaves to this class), it is read
 * again the long way below. The long way binds each record on its own from the tree, so one bad
 * record does not hide the next, then runs the base's cross-record checks. Every problem of every
 * pass is reported in one exception, located (line and column) by one token pass over the bytes
 * that keeps only where the problems' pointers and their enclosing values start: a record the schema
 * rejected is still bound where it can be (unknown properties ignored) and checked like any other,
 * or else its references are checked as they stand; a record that refers to one that could not be
 * read says so. What a later check finds at exactly the place of a schema problem is taken as its
 * consequence and not reported twice.
 */
final class KnowledgeBaseJson {
    static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final String SCHEMA_RESOURCE = "knowledge-base.schema.json";
    static final List<String> CONCEPT_SECTIONS = List.of("cancerTypes", "drugs", "therapies", "regimens", "biomarkers");
    static final JsonMapper MAPPER = mapper();
    private static final Set<String> VALUE_RULES = Set.of("enum", "const", "pattern");
    private static final String UNKNOWN_PROPERTY_RULE = "additionalProperties";

    private KnowledgeBaseJson() {}

    static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxStringLength(100_000)
                        .maxNumberLength(64)
                        .maxNameLength(1_000)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new OncodexJacksonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** Holds the schema, read when first needed. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = schema();
    }

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .locale(Locale.ENGLISH)
                        .formatAssertionsEnabled(false)
                        .build()));
        try (InputStream in = KnowledgeBaseJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the knowledge base schema " + SCHEMA_RESOURCE + " is missing");
            }
            return registry.getSchema(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge base schema " + SCHEMA_RESOURCE, e);
        }
    }

    static EvidenceBase read(Path file, String source) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw tooLarge(source);
        }
        return read(Files.readAllBytes(file), source);
    }

    private static EvidenceFormatException tooLarge(String source) {
        return new EvidenceFormatException(List.of(atStart(
                source,
                "larger than the limit of " + MAX_BYTES + " bytes: the document starts here and runs past it")));
    }

    /** A problem with the document as a whole, located where it starts. */
    private static Problem atStart(String source, String message) {
        return Problem.builder()
                .source(source)
                .pointer("")
                .message(message)
                .line(1)
                .column(1)
                .build();
    }

    /** Where a document of white space only ends: the line and column a value was expected at. */
    private static Problem atEnd(String source, byte[] bytes, String message) {
        int line = 1;
        int column = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Problem.builder()
                .source(source)
                .pointer("")
                .message(message)
                .line(line)
                .column(column)
                .build();
    }

    static EvidenceBase read(byte[] bytes, String source) {
        return read(bytes, source, true);
    }

    /**
     * Reads a base, reporting every problem; {@code streamValid} binds a base that keeps to the schema
     * with {@link StreamedBase} (the tests turn it off to compare both binders on the same documents).
     */
    static EvidenceBase read(byte[] bytes, String source, boolean streamValid) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source);
        }
        JsonNode tree = tree(bytes, source);
        // problems get their line and column once all are known (located), in one pass over the bytes
        Function<String, Problem.Builder> at =
                pointer -> Problem.builder().source(source).pointer(pointer);
        List<Problem> unrepresentable = JsonNumbers.unrepresentable(tree, at);
        if (!unrepresentable.isEmpty()) {
            // the schema validator cannot take them
            throw new EvidenceFormatException(located(unrepresentable, bytes));
        }
        List<Error> errors = SchemaHolder.SCHEMA.validate(tree);
        if (errors.isEmpty() && streamValid) {
            // a base that keeps to the schema is bound from the bytes, with the tree let go; one with
            // problems the base's checks find (or a shape the streamed reader leaves) is bound below
            tree = null;
            Optional<EvidenceBase> streamed = StreamedBase.read(bytes, source);
            if (streamed.isPresent()) {
                return streamed.get();
            }
            tree = tree(bytes, source);
        }
        EvidenceBase.Builder builder = EvidenceBase.builder().source(source);
        BaseChecker checker = builder.checker();

        Set<String> invalid = new HashSet<>();
        Set<String> covered = new HashSet<>();
        for (Error error : errors) {
            String pointer = error.getInstanceLocation().toString();
            invalid.add(pointer);
            if (!UNKNOWN_PROPERTY_RULE.equals(error.getKeyword())) {
                covered.add(pointer); // an unknown property is ignored when binding, so it causes nothing further
            }
            checker.schemaProblem(pointer, schemaMessage(error, pointer));
        }
        checker.covered(covered);
        if (tree.isObject()) {
            new RecordBinder(checker, invalid, covered).bind(tree);
            JsonNode version = tree.get("version");
            if (version != null && version.isTextual() && !version.asText().isBlank()) {
                builder.version(version.asText());
            }
            JsonNode released = tree.get("releaseDate");
            if (released != null && released.isTextual() && !invalid.contains("/releaseDate")) {
                try {
                    builder.releaseDate(LocalDate.parse(released.asText()));
                } catch (DateTimeParseException e) {
                    checker.problem(
                            "/releaseDate", "releaseDate must be a calendar date yyyy-mm-dd: " + released.asText());
                }
            }
        }
        try {
            return builder.build();
        } catch (EvidenceFormatException e) {
            throw new EvidenceFormatException(located(e.problems(), bytes));
        }
    }

    /** The document as a tree. */
    private static JsonNode tree(byte[] bytes, String source) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new EvidenceFormatException(List.of(syntaxProblem(source, e)));
        } catch (IOException e) {
            // bytes Jackson cannot even decode (it took them for UTF-32, say): bad input, not an I/O failure
            throw new EvidenceFormatException(List.of(atStart(source, "not readable as JSON text: " + e.getMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new EvidenceFormatException(List.of(atEnd(source, bytes, "empty document: expected a JSON object")));
        }
        return tree;
    }

    private static String schemaMessage(Error error, String pointer) {
        String message = error.getMessage();
        String prefix = pointer + ": ";
        if (message != null && message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        if (message == null || message.isBlank()) {
            message = "breaks the schema rule \"" + error.getKeyword() + "\"";
        }
        JsonNode value = error.getInstanceNode();
        if (VALUE_RULES.contains(error.getKeyword()) && value != null && value.isValueNode()) {
            message += ", not " + value; // name the value that breaks a rule about values
        }
        return message;
    }

    private static Problem syntaxProblem(String source, JsonProcessingException e) {
        Problem.Builder p =
                Problem.builder().source(source).pointer("").message("malformed JSON: " + e.getOriginalMessage());
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            p.line(loc.getLineNr());
            if (loc.getColumnNr() > 0) {
                p.column(loc.getColumnNr());
            }
        }
        return p.build();
    }

    /**
     * The problems, each with the line and column where its value starts, or where the nearest value
     * that holds it starts. Only the places the problems name are kept, not every value's.
     */
    private static List<Problem> located(List<Problem> problems, byte[] bytes) {
        Set<String> wanted = new HashSet<>();
        for (Problem p : problems) {
            if (p.line().isEmpty()) {
                for (String key = p.pointer(); wanted.add(key) && !key.isEmpty(); key = parent(key)) {
                    // the pointer and those that hold it
                }
            }
        }
        if (wanted.isEmpty()) {
            return problems;
        }
        Map<String, JsonLocation> locations = locations(bytes, wanted);
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            out.add(p.line().isPresent() ? p : locate(p, locations));
        }
        return out;
    }

    private static String parent(String pointer) {
        return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }

    /** Where each wanted value starts, by JSON pointer. */
    private static Map<String, JsonLocation> locations(byte[] bytes, Set<String> wanted) {
        Map<String, JsonLocation> out = new HashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = p.getParsingContext();
                if (t.isStructStart()) {
                    JsonStreamContext parent = context.getParent();
                    context = parent == null ? context : parent;
                }
                String pointer = context.pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    out.putIfAbsent(pointer, p.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // the tree was read from the same bytes, so this cannot happen; keep what was found
        }
        return out;
    }

    private static Problem locate(Problem problem, Map<String, JsonLocation> locations) {
        for (String key = problem.pointer(); ; key = parent(key)) {
            JsonLocation loc = locations.get(key);
            if (loc != null) {
                return Problem.builder()
                        .from(problem)
                        .line(loc.getLineNr())
                        .column(loc.getColumnNr())
                        .build();
            }
            if (key.isEmpty()) {
                return problem;
            }
        }
    }

    static String toJson(EvidenceBase kb) {
        try {
            return MAPPER.writeValueAsString(tree(kb));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a valid knowledge base could not be written as JSON", e);
        }
    }

    static void write(EvidenceBase kb, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree(kb));
    }

    private static ObjectNode tree(EvidenceBase kb) {
        Map<Citation, String> ids = kb.citationIds();
        ObjectNode root = MAPPER.createObjectNode();
        kb.version().ifPresent(v -> root.put("version", v));
        kb.releaseDate().ifPresent(d -> root.put("releaseDate", d.toString()));
        ArrayNode citations = root.putArray("citations");
        kb.citations().forEach((id, c) -> {
            ObjectNode node = citations.addObject().put("id", id);
            node.setAll((ObjectNode) MAPPER.valueToTree(c));
        });
        Map<String, ArrayNode> sections = new HashMap<>();
        for (String section : CONCEPT_SECTIONS) {
            sections.put(section, root.putArray(section));
        }
        Vocabulary vocabulary = kb.vocabulary();
        for (Concept c : vocabulary.concepts()) {
            ObjectNode node =
                    Objects.requireNonNull(sections.get(BaseChecker.section(c))).addObject();
            node.setAll((ObjectNode) MAPPER.valueToTree(c));
            if (c instanceof Drug) {
                vocabulary.modality(c).ifPresent(m -> node.put("modality", m.name()));
            }
            ArrayNode cited = node.putArray("citations");
            vocabulary.citations(c).forEach(s -> cited.add(ids.get(s)));
        }
        ArrayNode results = root.putArray("results");
        for (TrialResult r : kb.results()) {
            ObjectNode node = results.addObject();
            node.setAll((ObjectNode) MAPPER.valueToTree(r));
            node.remove("citation");
            r.citation().ifPresent(c -> node.put("citation", ids.get(c)));
        }
        ArrayNode options = root.putArray("treatmentOptions");
        for (TreatmentOption o : kb.treatmentOptions()) {
            ObjectNode node = options.addObject()
                    .put("id", o.id())
                    .put("cancerType", o.cancerType().id());
            ArrayNode settings = node.putArray("settings");
            o.settings().forEach(s -> settings.add(s.name()));
            node.put("label", o.label());
            ArrayNode treatments = node.putArray("treatments");
            o.treatments().forEach(t -> treatments.add(t.id()));
            ArrayNode modalities = node.putArray("modalities");
            o.modalities().forEach(m -> modalities.add(m.name()));
            node.put("availability", o.availability().name());
            o.condition().ifPresent(c -> node.put("condition", c));
            o.purpose().ifPresent(p -> node.put("purpose", p));
            node.put("citation", ids.get(o.citation()));
        }
        ArrayNode approvals = root.putArray("approvals");
        for (Approval a : kb.approvals()) {
            ObjectNode node = approvals
                    .addObject()
                    .put("id", a.id())
                    .put("agency", a.agency())
                    .put("treatment", a.treatment().id())
                    .put("cancerType", a.cancerType().id())
                    .put("indication", a.indication());
            a.lineOfTherapy().ifPresent(l -> node.put("lineOfTherapy", l));
            if (!a.settings().isEmpty()) {
                ArrayNode settings = node.putArray("settings");
                a.settings().forEach(x -> settings.add(x.name()));
            }
            node.put("verdict", a.verdict().name());
            a.date().ifPresent(d -> node.put("date", d.toString()));
            a.approvalType().ifPresent(t -> node.put("approvalType", t.name()));
            node.put("citation", ids.get(a.citation()));
            a.quote().ifPresent(q -> node.put("quote", q));
        }
        return root;
    }
}
