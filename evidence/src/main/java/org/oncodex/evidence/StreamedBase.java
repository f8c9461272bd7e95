package org.oncodex.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.CodeSystem;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.Regimen;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Phase;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.SourceType;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;

/*
 * Reads a knowledge base that is expected to be valid in one pass over Jackson's streaming parser:
 * no document tree, no data binding, no schema validator, no map of locations. A fresh JVM that reads
 * the bundled base this way loads a few hundred classes instead of two thousand, and a large base is
 * bound without a tree of the whole document beside it. JsonCursor takes the values, one JSON
 * type each; StreamedStatistics the estimates and intervals.
 *
 * It binds each record through the value types' builders, which run each record's own checks, and
 * builds the base with EvidenceBase.Builder, which runs the checks that span records. It gives up
 * (an empty result) at anything it does not expect: a property it does not know, a value of another
 * JSON type, a section out of the order the writer uses, a kind of record it does not bind here
 * (certainties, retractions, the rarer estimates), a value a builder rejects, a problem the base's
 * checks find. It never reports a problem: the caller then reads the document the validated way
 * (KnowledgeBaseJson), which finds every problem with its location. What it binds it binds as that
 * path does; the tests compare the two on the bundled base and on generated ones.
 */
final class StreamedBase {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(100_000)
                    .maxNumberLength(64)
                    .maxNameLength(1_000)
                    .maxDocumentLength(KnowledgeBaseJson.MAX_BYTES)
                    .build())
            .build(); // without duplicate detection: see read()
    private static final String[] SECTIONS = {
        "citations",
        "cancerTypes",
        "drugs",
        "therapies",
        "regimens",
        "biomarkers",
        "results",
        "treatmentOptions",
        "approvals"
    };

    private final JsonCursor in;
    private final EvidenceBase.Builder builder;
    private final Map<String, Citation> citations = new HashMap<>();
    private final Map<String, Concept> concepts = new HashMap<>();

    private StreamedBase(JsonParser p, String source) {
        this.in = new JsonCursor(p);
        this.builder = EvidenceBase.builder().source(source);
    }

    /**
     * The base the document holds, or empty when this reader does not take the document or the base
     * has problems: then read it with {@link KnowledgeBaseJson#read(byte[], String)}, which reports them.
     * The document must have no duplicate keys, which this reader does not look for (it runs after the
     * validated reader's tree has rejected them, or on the bundled base, which a test proves has none).
     */
    static Optional<EvidenceBase> read(byte[] json, String source) {
        return read(json, source, true);
    }

    /**
     * As {@link #read(byte[], String)}, without the checks that span records: only for a document a
     * build-time test has proven passes them (the bundled base).
     */
    static Optional<EvidenceBase> readProven(byte[] json, String source) {
        return read(json, source, false);
    }

    private static Optional<EvidenceBase> read(byte[] json, String source, boolean check) {
        if (json.length > KnowledgeBaseJson.MAX_BYTES) {
            return Optional.empty();
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            StreamedBase reader = new StreamedBase(p, source);
            reader.root();
            return Optional.of(check ? reader.builder.build() : reader.builder.buildProven());
        } catch (IOException | RuntimeException e) {
            // malformed JSON, a shape this reader does not take, a record or a base with problems:
            // the validated reader says what and where
            return Optional.empty();
        }
    }

    private void root() throws IOException {
        JsonCursor.expect(in.next(), JsonToken.START_OBJECT);
        int stage = -1;
        while (in.next() == JsonToken.FIELD_NAME) {
            String name = in.name();
            switch (name) {
                case "$schema", "description" -> in.text();
                case "version" -> {
                    String version = in.text();
                    if (version.isBlank()) {
                        throw new JsonCursor.Unexpected();
                    }
                    builder.version(version);
                }
                case "releaseDate" -> builder.releaseDate(LocalDate.parse(in.text()));
                default -> {
                    int s = section(name);
                    if (s <= stage) {
                        throw new JsonCursor.Unexpected(); // the records a section refers to must come first
                    }
                    stage = s;
                    records(name);
                }
            }
        }
        if (in.next() != null) {
            throw new JsonCursor.Unexpected();
        }
    }

    private static int section(String name) {
        for (int i = 0; i < SECTIONS.length; i++) {
            if (SECTIONS[i].equals(name)) {
                return i;
            }
        }
        throw new JsonCursor.Unexpected();
    }

    private void records(String section) throws IOException {
        JsonCursor.expect(in.next(), JsonToken.START_ARRAY);
        while (in.next() == JsonToken.START_OBJECT) {
            switch (section) {
                case "citations" -> citation();
                case "cancerTypes" -> cancerType();
                case "drugs" -> drug();
                case "therapies" -> therapy();
                case "regimens" -> regimen();
                case "biomarkers" -> biomarker();
                case "results" -> builder.result(result());
                case "treatmentOptions" -> builder.treatmentOption(option());
                default -> builder.approval(approval());
            }
        }
        JsonCursor.expect(in.current(), JsonToken.END_ARRAY);
    }

    // ---- tokens

    private Map<CodeSystem, String> codes() throws IOException {
        in.startObject();
        Map<CodeSystem, String> out = new HashMap<>();
        for (String name = in.field(); name != null; name = in.field()) {
            out.put(CodeSystem.valueOf(name), in.text());
        }
        return out;
    }

    // ---- citations and concepts

    private void citation() throws IOException {
        Citation.Builder b = Citation.builder();
        String id = null;
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "id" -> id = in.text();
                case "doi" -> b.doi(in.text());
                case "pmid" -> b.pmid(in.text());
                case "url" -> b.url(in.text());
                case "title" -> b.title(in.text());
                case "authors" -> b.addAllAuthors(in.texts());
                case "journal" -> b.journal(in.text());
                case "publisher" -> b.publisher(in.text());
                case "year" -> b.year(in.integer());
                case "volume" -> b.volume(in.text());
                case "issue" -> b.issue(in.text());
                case "pages" -> b.pages(in.text());
                case "date" -> b.date(LocalDate.parse(in.text()));
                case "sourceType" -> b.sourceType(in.constant(SourceType.class));
                case "retrieved" -> b.retrieved(LocalDate.parse(in.text()));
                default -> throw new JsonCursor.Unexpected();
            }
        }
        if (id == null) {
            throw new JsonCursor.Unexpected();
        }
        Citation c = b.build();
        builder.citation(id, c);
        citations.putIfAbsent(id, c);
    }

    private List<Citation> cited() throws IOException {
        List<Citation> out = new ArrayList<>();
        for (String id : in.texts()) {
            out.add(cited(id));
        }
        return out;
    }

    private Citation cited(String id) {
        Citation c = citations.get(id);
        if (c == null) {
            throw new JsonCursor.Unexpected();
        }
        return c;
    }

    /** Reads one member a kind of concept has beyond the common ones; false for a name it does not have. */
    private interface Member {
        boolean read(String name) throws IOException;
    }

    /** The members every concept has, and the sources it cites. */
    private static final class Common {
        @Nullable
        String id;

        @Nullable
        String name;

        List<String> synonyms = List.of();
        Map<CodeSystem, String> codes = Map.of();
        List<Citation> sources = List.of();

        String id() {
            if (id == null) {
                throw new JsonCursor.Unexpected();
            }
            return id;
        }

        String name() {
            if (name == null) {
                throw new JsonCursor.Unexpected();
            }
            return name;
        }
    }

    /** A concept's members: the common ones gathered, the others read by {@code member}. */
    private Common members(Member member) throws IOException {
        Common c = new Common();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "id" -> c.id = in.text();
                case "name" -> c.name = in.text();
                case "synonyms" -> c.synonyms = in.texts();
                case "codes" -> c.codes = codes();
                case "citations" -> c.sources = cited();
                default -> {
                    if (!member.read(name)) {
                        throw new JsonCursor.Unexpected();
                    }
                }
            }
        }
        return c;
    }

    private void add(Concept c, List<Citation> sources) {
        builder.concept(c, sources);
        concepts.putIfAbsent(c.id(), c);
    }

    private void cancerType() throws IOException {
        CancerType.Builder b = CancerType.builder();
        Common c = members(name -> switch (name) {
            case "abbreviations" -> {
                b.addAllAbbreviations(in.texts());
                yield true;
            }
            case "parentId" -> {
                b.parentId(in.text());
                yield true;
            }
            default -> false;
        });
        add(
                b.id(c.id())
                        .name(c.name())
                        .addAllSynonyms(c.synonyms)
                        .putAllCodes(c.codes)
                        .build(),
                c.sources);
    }

    private void drug() throws IOException {
        Drug.Builder b = Drug.builder();
        List<TherapyModality> modality = new ArrayList<>(1);
        Common c = members(name -> switch (name) {
            case "brandNames" -> {
                b.addAllBrandNames(in.texts());
                yield true;
            }
            case "drugClass" -> {
                b.drugClass(in.text());
                yield true;
            }
            case "targets" -> {
                b.addAllTargets(in.texts());
                yield true;
            }
            case "modality" -> {
                modality.add(in.constant(TherapyModality.class));
                yield true;
            }
            default -> false;
        });
        Drug drug = b.id(c.id())
                .name(c.name())
                .addAllSynonyms(c.synonyms)
                .putAllCodes(c.codes)
                .build();
        add(drug, c.sources);
        modality.forEach(m -> builder.drugModality(drug, m));
    }

    private void therapy() throws IOException {
        Therapy.Builder b = Therapy.builder();
        Common c = members(name -> switch (name) {
            case "modality" -> {
                b.modality(in.constant(TherapyModality.class));
                yield true;
            }
            case "parentId" -> {
                b.parentId(in.text());
                yield true;
            }
            default -> false;
        });
        add(
                b.id(c.id())
                        .name(c.name())
                        .addAllSynonyms(c.synonyms)
                        .putAllCodes(c.codes)
                        .build(),
                c.sources);
    }

    private void regimen() throws IOException {
        Regimen.Builder b = Regimen.builder();
        Common c = members(name -> {
            if (!name.equals("componentIds")) {
                return false;
            }
            b.addAllComponentIds(in.texts());
            return true;
        });
        add(
                b.id(c.id())
                        .name(c.name())
                        .addAllSynonyms(c.synonyms)
                        .putAllCodes(c.codes)
                        .build(),
                c.sources);
    }

    private void biomarker() throws IOException {
        Common c = members(name -> false);
        add(
                Biomarker.builder()
                        .id(c.id())
                        .name(c.name())
                        .addAllSynonyms(c.synonyms)
                        .putAllCodes(c.codes)
                        .build(),
                c.sources);
    }

    private <T extends Concept> T concept(Class<T> kind) throws IOException {
        Concept c = concepts.get(in.text());
        if (!kind.isInstance(c)) {
            throw new JsonCursor.Unexpected();
        }
        return kind.cast(c);
    }

    // ---- results

    private TrialResult result() throws IOException {
        TrialResult.Builder b = TrialResult.builder();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "id" -> b.id(in.text());
                case "study" -> b.study(study());
                case "population" -> b.population(population());
                case "comparison" -> b.comparison(comparison());
                case "endpoint" -> b.endpoint(in.constant(Endpoint.class));
                case "timePoint" -> b.timePoint(StreamedStatistics.timePoint(in));
                case "estimate" -> b.estimate(StreamedStatistics.estimate(in));
                case "comparatorEstimate" -> b.comparatorEstimate(StreamedStatistics.estimate(in));
                case "pValue" -> b.pValue(StreamedStatistics.pValue(in));
                case "overallEstimate" -> b.overallEstimate(StreamedStatistics.estimate(in));
                case "note" -> b.note(in.text());
                case "citation" -> b.citation(cited(in.text()));
                case "quote" -> b.quote(in.text());
                default -> throw new JsonCursor.Unexpected();
            }
        }
        return b.build();
    }

    private Study study() throws IOException {
        in.startObject();
        Study.Builder b = Study.builder();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "name" -> b.name(in.text());
                case "design" -> b.design(in.constant(StudyDesign.class));
                case "phase" -> b.phase(in.constant(Phase.class));
                case "registryIds" -> b.addAllRegistryIds(in.texts());
                default -> throw new JsonCursor.Unexpected();
            }
        }
        return b.build();
    }

    private Population population() throws IOException {
        in.startObject();
        Population.Builder b = Population.builder();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "cancerTypeIds" -> b.addAllCancerTypeIds(in.texts());
                case "description" -> b.description(in.text());
                case "settings" -> b.addAllSettings(in.constants(DiseaseSetting.class));
                case "subgroup" -> b.subgroup(in.text());
                case "biomarkerIds" -> b.addAllBiomarkerIds(in.texts());
                default -> throw new JsonCursor.Unexpected();
            }
        }
        return b.build();
    }

    private Comparison comparison() throws IOException {
        in.startObject();
        Comparison.Builder b = Comparison.builder();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "intervention" -> b.intervention(in.text());
                case "comparator" -> b.comparator(in.text());
                case "interventionIds" -> b.addAllInterventionIds(in.texts());
                case "comparatorIds" -> b.addAllComparatorIds(in.texts());
                default -> throw new JsonCursor.Unexpected();
            }
        }
        return b.build();
    }

    // ---- treatment options and approvals

    private TreatmentOption option() throws IOException {
        TreatmentOption.Builder b = TreatmentOption.builder();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "id" -> b.id(in.text());
                case "cancerType" -> b.cancerType(concept(CancerType.class));
                case "settings" -> b.addAllSettings(in.constants(DiseaseSetting.class));
                case "label" -> b.label(in.text());
                case "treatments" -> {
                    List<Concept> treatments = new ArrayList<>();
                    for (String id : in.texts()) {
                        Concept c = concepts.get(id);
                        if (c == null) {
                            throw new JsonCursor.Unexpected();
                        }
                        treatments.add(c);
                    }
                    b.treatments(treatments);
                }
                case "modalities" -> b.addAllModalities(in.constants(TherapyModality.class));
                case "availability" -> b.availability(in.constant(TreatmentOption.Availability.class));
                case "condition" -> b.condition(in.text());
                case "purpose" -> b.purpose(in.text());
                case "citation" -> b.citation(cited(in.text()));
                default -> throw new JsonCursor.Unexpected();
            }
        }
        return b.build();
    }

    private Approval approval() throws IOException {
        Approval.Builder b = Approval.builder();
        for (String name = in.field(); name != null; name = in.field()) {
            switch (name) {
                case "id" -> b.id(in.text());
                case "agency" -> b.agency(in.text());
                case "treatment" -> b.treatment(concept(Concept.class));
                case "cancerType" -> b.cancerType(concept(CancerType.class));
                case "indication" -> b.indication(in.text());
                case "lineOfTherapy" -> b.lineOfTherapy(in.text());
                case "settings" -> b.addAllSettings(in.constants(DiseaseSetting.class));
                case "verdict" -> b.verdict(in.constant(ApprovalStatus.Verdict.class));
                case "date" -> b.date(LocalDate.parse(in.text()));
                case "approvalType" -> b.approvalType(in.constant(ApprovalType.class));
                case "citation" -> b.citation(cited(in.text()));
                case "quote" -> b.quote(in.text());
                default -> throw new JsonCursor.Unexpected();
            }
        }
        return b.build();
    }
}
