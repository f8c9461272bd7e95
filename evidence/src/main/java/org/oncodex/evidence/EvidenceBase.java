package org.oncodex.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/**
 * A cited oncology knowledge base: the vocabulary of cancer types, drugs, therapies, regimens and
 * biomarkers, trial results with their statistics, treatment options by cancer type and setting,
 * and approval statements, every fact with its citation.
 *
 * <pre>{@code
 * EvidenceBase kb = EvidenceBase.bundled();
 * CancerType liver = kb.vocabulary().cancerType("liver cancer").orElseThrow();
 * List<TreatmentOption> options = kb.treatmentOptions(liver, DiseaseSetting.LOCALIZED);
 * }</pre>
 *
 * <p>A base is an immutable snapshot: any number of threads may query it. It exists only when it is
 * valid; loading or building reports every problem at once in an {@link EvidenceFormatException}.
 * Lookups use indexes built once, so their cost follows the size of the answer, not of the base.
 */
public final class EvidenceBase {
    private static final String BUNDLED_RESOURCE = "bundled-knowledge-base.json";
    private static final int DEFAULT_GROUNDING_RESULTS = 20;

    private final ImmutableMap<String, Citation> citations;
    private final Vocabulary vocabulary;
    private final ImmutableList<TrialResult> results;
    private final ImmutableMap<String, TrialResult> resultsById;
    /** Built on the first lookup that needs it: reading a base, the bundled one above all, does not wait for it. */
    private final Supplier<ResultIndex> index;

    private final Supplier<ImmutableMap<String, Citation>> retracted;

    private final ImmutableList<TreatmentOption> options;
    private final ImmutableList<Approval> approvals;
    private final @Nullable String version;
    private final @Nullable LocalDate releaseDate;

    private EvidenceBase(
            @Nullable String version,
            @Nullable LocalDate releaseDate,
            Map<String, Citation> citations,
            Vocabulary vocabulary,
            List<TrialResult> results,
            List<TreatmentOption> options,
            List<Approval> approvals) {
        this.citations = ImmutableMap.copyOf(citations);
        this.vocabulary = vocabulary;
        this.results = ImmutableList.copyOf(results);
        this.resultsById = Maps.uniqueIndex(this.results, TrialResult::id);
        ImmutableList<TrialResult> indexed = this.results;
        ImmutableMap<String, Citation> cited = this.citations;
        this.retracted = Suppliers.memoize(() -> ImmutableMap.copyOf(Maps.filterValues(cited, Citation::isRetracted)));
        this.index = Suppliers.memoize(() -> new ResultIndex(indexed, vocabulary));
        this.options = ImmutableList.copyOf(options);
        this.approvals = ImmutableList.copyOf(approvals);
        this.version = version;
        this.releaseDate = releaseDate;
    }

    /** The version of the base, such as {@code 2026.11.0}, where the base states one. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /**
     * The date the base was released, where it states one: its approval statements hold as of this
     * date.
     */
    public Optional<LocalDate> releaseDate() {
        return Optional.ofNullable(releaseDate);
    }

    /** The sources that have been retracted, by id, in the base's order. */
    public Map<String, Citation> retractedCitations() {
        return retracted.get();
    }

    /**
     * The knowledge base that ships with Oncodex, built by hand from the NCI PDQ liver cancer
     * treatment summary, the WJCO 2026 review of immunotherapy in liver metastases and the answers'
     * stated facts. Loaded once, on first use.
     */
    public static EvidenceBase bundled() {
        return Bundled.BASE;
    }

    /** Holds the bundled base, read when first asked for. */
    private static final class Bundled {
        static final EvidenceBase BASE = readBundled();
    }

    /*
     * The bundled base is read without the schema validator and without data binding (StreamedBase),
     * whose start-up was most of a fresh JVM's first call, and without the checks that span records.
     * StreamedBaseTest proves at build time that the file passes the schema and every check of the
     * validated reader, and that both readers give the same base; should the streamed reader ever not
     * take the file, the validated one reads it.
     */
    private static EvidenceBase readBundled() {
        byte[] json = bundledJson();
        return StreamedBase.readProven(json, BUNDLED_RESOURCE)
                .orElseGet(() -> KnowledgeBaseJson.read(json, BUNDLED_RESOURCE));
    }

    /** The bundled base's JSON. */
    static byte[] bundledJson() {
        try (InputStream in = EvidenceBase.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            checkNotNull(in, "the bundled knowledge base %s is missing from the class path", BUNDLED_RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled knowledge base " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Loads a knowledge base from a JSON file in the format of {@code knowledge-base.schema.json}.
     *
     * @throws IOException if the file cannot be read
     * @throws EvidenceFormatException listing every problem, each with the file name, JSON pointer,
     *     line and column: malformed JSON, departures from the schema, duplicate or dangling ids,
     *     inconsistent statistics, facts without a citation, input beyond the size limits
     */
    public static EvidenceBase load(Path file) throws IOException {
        Path name = file.getFileName();
        return KnowledgeBaseJson.read(file, name == null ? file.toString() : name.toString());
    }

    /**
     * Loads a knowledge base from a stream of JSON, which it reads (up to the 64 MiB limit) but does
     * not close. Problems name the source as {@code <stream>}.
     *
     * @throws IOException if the stream cannot be read
     * @throws EvidenceFormatException listing every problem with its location
     */
    public static EvidenceBase load(InputStream json) throws IOException {
        return load(json, "<stream>");
    }

    /**
     * Loads a knowledge base from a stream of JSON; problems name {@code sourceName} as their file.
     *
     * @throws IOException if the stream cannot be read
     * @throws EvidenceFormatException listing every problem with its location
     */
    public static EvidenceBase load(InputStream json, String sourceName) throws IOException {
        return KnowledgeBaseJson.read(json.readNBytes(KnowledgeBaseJson.MAX_BYTES + 1), sourceName);
    }

    /** A builder for a knowledge base made in code rather than read from JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** The concepts of the base and their names. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The sources by id, in the base's order. */
    public Map<String, Citation> citations() {
        return citations;
    }

    /** The source with this id, such as {@code wjco-2026}. */
    public Optional<Citation> citation(String id) {
        return Optional.ofNullable(citations.get(id));
    }

    /** Every trial result, in the base's order. */
    public List<TrialResult> results() {
        return results;
    }

    /** The result with this id. */
    public Optional<TrialResult> result(String id) {
        return Optional.ofNullable(resultsById.get(id));
    }

    /**
     * The results that match every facet of the query, in the base's order (a stable order: the
     * order of the file). The list is unmodifiable and costs nothing to return however long it is.
     */
    public List<TrialResult> results(EvidenceQuery query) {
        return index.get().query(query);
    }

    /** Every treatment option, in the base's order. */
    public List<TreatmentOption> treatmentOptions() {
        return options;
    }

    /**
     * The treatment options for a cancer type in every setting: those listed for the type itself,
     * for a narrower type, and for a broader one (options a source lists for liver cancer apply to
     * hepatocellular carcinoma). Each option names the cancer type it is listed for.
     */
    public List<TreatmentOption> treatmentOptions(CancerType cancerType) {
        Set<String> related = new LinkedHashSet<>(vocabulary.ancestorIds(cancerType.id()));
        related.add(cancerType.id());
        List<TreatmentOption> out = new ArrayList<>();
        for (TreatmentOption option : options) {
            String id = option.cancerType().id();
            if (related.contains(id) || vocabulary.ancestorIds(id).contains(cancerType.id())) {
                out.add(option);
            }
        }
        return ImmutableList.copyOf(out);
    }

    /**
     * The treatment options for a cancer type in a disease setting, as {@link
     * #treatmentOptions(CancerType)} but only those listed for the setting, in the source's order.
     */
    public List<TreatmentOption> treatmentOptions(CancerType cancerType, DiseaseSetting setting) {
        return treatmentOptions(cancerType).stream()
                .filter(o -> o.isFor(setting))
                .collect(ImmutableList.toImmutableList());
    }

    /** Every approval statement, in the base's order. */
    public List<Approval> approvals() {
        return approvals;
    }

    /**
     * Whether the FDA has approved a drug, therapy or regimen for a cancer type, as the base states
     * it. See {@link #approvalStatus(Concept, CancerType, String)}.
     *
     * @throws IllegalArgumentException if {@code treatment} is not a drug, therapy or regimen
     */
    public ApprovalStatus approvalStatus(Concept treatment, CancerType cancerType) {
        return approvalStatus(treatment, cancerType, Approval.FDA);
    }

    /**
     * Whether an agency has approved a drug, therapy or regimen for a cancer type, with the cited
     * statement behind the answer, or {@link ApprovalStatus.Verdict#UNKNOWN} when the base says
     * nothing.
     *
     * <p>A statement about the treatment and cancer type themselves decides. Failing that, a "not
     * approved" statement about a broader treatment or cancer type carries down (CAR-T cell therapy
     * not approved for liver cancer is not approved for hepatocellular carcinoma); an approval never
     * carries over to another treatment or cancer type.
     *
     * @throws IllegalArgumentException if {@code treatment} is not a drug, therapy or regimen
     */
    public ApprovalStatus approvalStatus(Concept treatment, CancerType cancerType, String agency) {
        checkArgument(
                treatment instanceof Drug || treatment instanceof Therapy || treatment instanceof Regimen,
                "treatment must be a drug, therapy or regimen: %s",
                treatment.id());
        @Nullable Approval best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Approval a : approvals) {
            if (!a.agency().equalsIgnoreCase(agency)) {
                continue;
            }
            int t = distance(treatment.id(), a.treatment().id());
            int c = distance(cancerType.id(), a.cancerType().id());
            if (t < 0 || c < 0 || (a.verdict() == ApprovalStatus.Verdict.APPROVED && t + c > 0)) {
                continue;
            }
            if (t + c < bestDistance || (t + c == bestDistance && best != null && isLater(a, best))) {
                best = a;
                bestDistance = t + c;
            }
        }
        if (best == null) {
            return releaseDate == null ? ApprovalStatus.unknown() : ApprovalStatus.unknown(releaseDate);
        }
        return releaseDate == null ? ApprovalStatus.of(best) : ApprovalStatus.of(best, releaseDate);
    }

    /**
     * Whether the FDA has approved a treatment for a cancer type, both named as a user writes them:
     * a generic or brand name ("Keytruda"), a regimen written as "X plus Y", "X + Y", "X and Y" or "X
     * with Y", and a cancer type by name, synonym or abbreviation ("liver cancer", "HCC"). Names
     * that the vocabulary does not know give {@link ApprovalStatus.Verdict#UNKNOWN}.
     */
    public ApprovalStatus approvalStatus(String treatment, String cancerType) {
        Optional<Concept> t = vocabulary.treatment(treatment);
        Optional<CancerType> c = vocabulary.cancerType(cancerType);
        if (t.isEmpty() || c.isEmpty()) {
            return releaseDate == null ? ApprovalStatus.unknown() : ApprovalStatus.unknown(releaseDate);
        }
        return approvalStatus(t.get(), c.get());
    }

    private static boolean isLater(Approval a, Approval b) {
        return a.date().isPresent()
                && (b.date().isEmpty() || a.date().get().isAfter(b.date().get()));
    }

    /** How many steps up the hierarchy {@code ancestor} is from {@code id}: 0 for itself, -1 if not above it. */
    private int distance(String id, String ancestor) {
        if (id.equals(ancestor)) {
            return 0;
        }
        int i = vocabulary.ancestorIds(id).indexOf(ancestor);
        return i < 0 ? -1 : i + 1;
    }

    /**
     * The concepts and disease settings a question names and the cited evidence about them, most
     * relevant first: the grounding a service passes to a language model. Results about a named
     * cancer type come before results about other cancers, then those in a named setting ("early
     * stage", "unresectable"), then those about more of the named treatments; approval statements
     * come only about a named treatment and cancer type (and a named setting, where both state one).
     * At most 20 results.
     */
    public Grounding relevantTo(String question) {
        return relevantTo(question, DEFAULT_GROUNDING_RESULTS);
    }

    /**
     * As {@link #relevantTo(String)}, with at most {@code maxResults} results.
     *
     * @throws IllegalArgumentException if {@code maxResults} is negative
     */
    public Grounding relevantTo(String question, int maxResults) {
        checkArgument(maxResults >= 0, "maxResults must not be negative: %s", maxResults);
        return new Relevance(vocabulary, index.get(), options, approvals, this::treatmentOptions)
                .of(question, maxResults);
    }

    /**
     * Writes the base as JSON in the format {@link #load(Path)} reads; loading it back gives an
     * equal base.
     *
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        KnowledgeBaseJson.write(this, out);
    }

    /** The base as JSON in the format {@link #load(Path)} reads. */
    public String toJson() {
        return KnowledgeBaseJson.toJson(this);
    }

    /** Whether the other is a base with the same citations, vocabulary, results, options and approvals. */
    @Override
    public boolean equals(@Nullable Object other) {
        return this == other
                || (other instanceof EvidenceBase that
                        && Objects.equals(version, that.version)
                        && Objects.equals(releaseDate, that.releaseDate)
                        && citations.equals(that.citations)
                        && vocabulary.concepts().equals(that.vocabulary.concepts())
                        && sameConceptFacts(that)
                        && results.equals(that.results)
                        && options.equals(that.options)
                        && approvals.equals(that.approvals));
    }

    private boolean sameConceptFacts(EvidenceBase that) {
        for (Concept c : vocabulary.concepts()) {
            if (!vocabulary.citations(c).equals(that.vocabulary.citations(c))) {
                return false;
            }
        }
        return vocabulary.drugModalities().equals(that.vocabulary.drugModalities());
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, releaseDate, citations, vocabulary.concepts(), results, options, approvals);
    }

    /** A summary with the size of each part. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "EvidenceBase{version %s, %d citations, %d concepts, %d results, %d treatment options, %d approvals}",
                version == null ? "unstated" : version,
                citations.size(),
                vocabulary.concepts().size(),
                results.size(),
                options.size(),
                approvals.size());
    }

    /**
     * Builds a knowledge base in code. Every record is checked when {@link #build()} is called, and
     * every problem is reported at once, located by the JSON pointer the record would have in the
     * JSON format ({@code /results/3}).
     *
     * <p>Facts cite sources that are registered first with {@link #citation(String, Citation)}; the
     * concepts that results, options and approvals name must be in the vocabulary.
     */
    public static final class Builder {
        private final BaseChecker checker = new BaseChecker();
        private final Map<String, Integer> counters = new HashMap<>();
        private final Map<String, String> drugPointers = new HashMap<>();
        private @Nullable String version;
        private @Nullable LocalDate releaseDate;

        Builder() {}

        /** Sets the version of the base, such as {@code 2026.11.0}. */
        public Builder version(String version) {
            checkArgument(!version.isBlank(), "version must not be blank");
            this.version = version;
            return this;
        }

        /** Sets the release date of the base, the date its approval statements hold as of. */
        public Builder releaseDate(LocalDate releaseDate) {
            this.releaseDate = checkNotNull(releaseDate);
            return this;
        }

        private String next(String section) {
            int i = counters.merge(section, 1, Integer::sum) - 1;
            return "/" + section + "/" + i;
        }

        /** Names the source of the records in problems, such as a file name; {@code builder} unless set. */
        public Builder source(String name) {
            checker.source = checkNotNull(name);
            return this;
        }

        /** Registers a source under an id that the JSON format refers to it by, such as {@code wjco-2026}. */
        public Builder citation(String id, Citation citation) {
            checker.citation(id, citation, next("citations"));
            return this;
        }

        /** Adds a concept with the sources that state its names, class, targets and codes. */
        public Builder concept(Concept concept, List<Citation> sources) {
            String pointer = next(BaseChecker.section(concept));
            if (concept instanceof Drug) {
                drugPointers.putIfAbsent(concept.id(), pointer);
            }
            checker.concept(concept, sources, pointer);
            return this;
        }

        /** Adds a concept with the sources that state its names, class, targets and codes. */
        public Builder concept(Concept concept, Citation... sources) {
            return concept(concept, List.of(sources));
        }

        /** Records the modality of a drug of the vocabulary, as a source states it. */
        public Builder drugModality(Drug drug, TherapyModality modality) {
            checker.drugModality(drug.id(), modality, drugPointers.getOrDefault(drug.id(), "/drugs") + "/modality");
            return this;
        }

        /** Adds a trial result; it must carry a citation. */
        public Builder result(TrialResult result) {
            checker.result(result, next("results"));
            return this;
        }

        /** Adds a treatment option. */
        public Builder treatmentOption(TreatmentOption option) {
            checker.option(option, next("treatmentOptions"));
            return this;
        }

        /** Adds an approval statement. */
        public Builder approval(Approval approval) {
            checker.approval(approval, next("approvals"));
            return this;
        }

        BaseChecker checker() {
            return checker;
        }

        /**
         * The knowledge base.
         *
         * @throws EvidenceFormatException listing every problem: duplicate or dangling ids, concepts
         *     that differ from the vocabulary's, cycles in hierarchies, inconsistent statistics, facts
         *     without a registered citation, conflicting approval statements
         */
        public EvidenceBase build() {
            List<Problem> problems = checker.check();
            if (!problems.isEmpty()) {
                throw new EvidenceFormatException(problems);
            }
            return buildProven();
        }

        /**
         * The base without the checks that span records, for a document that a build-time test has
         * proven passes them all: the bundled base (StreamedBaseTest). Each record's own checks have run
         * when it was built.
         */
        EvidenceBase buildProven() {
            return new EvidenceBase(
                    version,
                    releaseDate,
                    checker.citationsById(),
                    new Vocabulary(checker.concepts(), checker.conceptCitations(), checker.drugModalities()),
                    checker.results(),
                    checker.options(),
                    checker.approvals());
        }
    }

    /** The id of each source, for the writer: the first id of equal sources. */
    Map<Citation, String> citationIds() {
        Map<Citation, String> ids = new LinkedHashMap<>();
        citations.forEach((id, c) -> ids.putIfAbsent(c, id));
        return ids;
    }
}
