package org.oncodex.evidence;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.Sidedness;

/*
 * The records of a knowledge base being built, each with the JSON pointer it has (or would have) in
 * the JSON format, and the checks that span records: duplicate and dangling ids, hierarchies,
 * registered citations, consistent statistics and approval statements. Checks within one record are
 * the record's own (its @Value.Check); this class reports what only the whole base can tell.
 */
final class BaseChecker {
    private static final double PERCENT_TOLERANCE = 0.5;
    private static final List<String> CONCEPT_SECTIONS =
            List.of("cancerTypes", "drugs", "therapies", "regimens", "biomarkers");

    private record Rec<T>(T value, String pointer) {}

    private record CitationRec(String id, Citation citation, String pointer) {}

    private record ConceptRec(Concept concept, List<Citation> sources, String pointer) {}

    private record ModalityRec(String drugId, TherapyModality modality, String pointer) {}

    String source = "builder";
    private final List<Problem> found = new ArrayList<>();
    private final List<CitationRec> citations = new ArrayList<>();
    private final List<ConceptRec> concepts = new ArrayList<>();
    private final List<ModalityRec> modalities = new ArrayList<>();
    private final List<Rec<TrialResult>> results = new ArrayList<>();
    private final List<Rec<TreatmentOption>> options = new ArrayList<>();
    private final List<Rec<Approval>> approvals = new ArrayList<>();
    private final Set<Citation> registered = new HashSet<>();
    private final Map<String, String> rejected = new HashMap<>();
    private final Set<String> covered = new HashSet<>();
    private final Set<String> citationReported = new HashSet<>();

    static String section(Concept concept) {
        if (concept instanceof CancerType) {
            return "cancerTypes";
        }
        if (concept instanceof Drug) {
            return "drugs";
        }
        if (concept instanceof Therapy) {
            return "therapies";
        }
        if (concept instanceof Regimen) {
            return "regimens";
        }
        return "biomarkers";
    }

    /**
     * A concept that the source has but that could not be read for problems of its own, and where it
     * is: a reference to it is reported as depending on that record, not as dangling.
     */
    void rejected(String conceptId, String pointer) {
        rejected.putIfAbsent(conceptId, pointer);
    }

    /**
     * Places the schema already reported a problem at: what the later checks find at exactly such a
     * place is a consequence of that problem, not a second one.
     */
    void covered(Set<String> pointers) {
        covered.addAll(pointers);
    }

    /** A record whose citation could not be resolved and was reported so: it is not "without one". */
    void citationReported(String pointer) {
        citationReported.add(pointer);
    }

    /** A problem the schema found: always reported. */
    void schemaProblem(String pointer, String message) {
        found.add(Problem.of(source, pointer, message));
    }

    void problem(String pointer, String message) {
        if (!covered.contains(pointer)) {
            found.add(Problem.of(source, pointer, message));
        }
    }

    /** Reports a reference to a concept that is not in the vocabulary, or that could not be read. */
    void dangling(String id, String pointer) {
        String at = rejected.get(id);
        if (at == null) {
            problem(pointer, "\"" + id + "\" is not in the vocabulary");
        } else {
            problem(pointer, "\"" + id + "\" refers to " + at + ", which could not be read: see the problems there");
        }
    }

    void citation(String id, Citation citation, String pointer) {
        citations.add(new CitationRec(id, citation, pointer));
    }

    void concept(Concept concept, List<Citation> sources, String pointer) {
        concepts.add(new ConceptRec(concept, List.copyOf(sources), pointer));
    }

    void drugModality(String drugId, TherapyModality modality, String pointer) {
        modalities.add(new ModalityRec(drugId, modality, pointer));
    }

    void result(TrialResult result, String pointer) {
        results.add(new Rec<>(result, pointer));
    }

    void option(TreatmentOption option, String pointer) {
        options.add(new Rec<>(option, pointer));
    }

    void approval(Approval approval, String pointer) {
        approvals.add(new Rec<>(approval, pointer));
    }

    /** Every problem: those recorded while reading, then those only the whole base shows. */
    List<Problem> check() {
        List<Problem> problems = new ArrayList<>(found);
        found.clear();
        registered.clear();
        citations.forEach(c -> registered.add(c.citation()));
        checkCitations();
        Map<String, Concept> vocabulary = checkConcepts();
        checkResults(vocabulary);
        checkOptions(vocabulary);
        checkApprovals(vocabulary);
        checkProvenance();
        problems.addAll(found);
        found.clear();
        return problems;
    }

    private void checkCitations() {
        Map<String, String> firstAt = new HashMap<>();
        for (CitationRec c : citations) {
            if (!Checks.ID.matcher(c.id()).matches()) {
                problem(
                        c.pointer() + "/id",
                        "citation id must be lowercase letters and digits joined by single hyphens: \"" + c.id()
                                + "\"");
            }
            String first = firstAt.putIfAbsent(c.id(), c.pointer());
            if (first != null) {
                problem(c.pointer() + "/id", "duplicate citation id \"" + c.id() + "\", first at " + first);
            }
        }
    }

    private Map<String, Concept> checkConcepts() {
        Map<String, Concept> byId = new LinkedHashMap<>();
        Map<String, String> firstAt = new HashMap<>();
        for (ConceptRec rec : concepts) {
            Concept c = rec.concept();
            String first = firstAt.putIfAbsent(c.id(), rec.pointer());
            if (first != null) {
                problem(rec.pointer() + "/id", "duplicate concept id \"" + c.id() + "\", first at " + first);
                continue;
            }
            byId.put(c.id(), c);
            if (rec.sources().isEmpty() && !citationReported.contains(rec.pointer())) {
                problem(rec.pointer(), "\"" + c.id() + "\" has no citation: every vocabulary entry needs a source");
            }
            for (int i = 0; i < rec.sources().size(); i++) {
                registered(rec.sources().get(i), rec.pointer() + "/citations/" + i);
            }
        }
        Map<String, String> pointers = new HashMap<>();
        concepts.forEach(r -> pointers.putIfAbsent(r.concept().id(), r.pointer()));
        for (Concept c : byId.values()) {
            String at = pointers.getOrDefault(c.id(), "");
            Vocabulary.parentId(c).ifPresent(parent -> {
                Concept p = byId.get(parent);
                if (p == null) {
                    if (rejected.containsKey(parent)) {
                        dangling(parent, at + "/parentId");
                    } else {
                        problem(at + "/parentId", "parentId \"" + parent + "\" is not in the vocabulary");
                    }
                } else if (!sameKind(p, c)) {
                    problem(at + "/parentId", "parentId \"" + parent + "\" is a " + kind(p) + ", not a " + kind(c));
                } else if (cycles(c, byId)) {
                    problem(at + "/parentId", "parentId \"" + parent + "\" makes a cycle through \"" + c.id() + "\"");
                }
            });
            if (c instanceof Regimen r) {
                for (int i = 0; i < r.componentIds().size(); i++) {
                    treatmentRef(r.componentIds().get(i), byId, at + "/componentIds/" + i, false);
                }
            }
        }
        for (ModalityRec m : modalities) {
            if (!(byId.get(m.drugId()) instanceof Drug)) {
                problem(
                        m.pointer(),
                        "modality is recorded for \"" + m.drugId() + "\", which is not a drug of the vocabulary");
            }
        }
        checkNames(byId, pointers);
        return byId;
    }

    private static boolean sameKind(Concept a, Concept b) {
        return kind(a).equals(kind(b));
    }

    private static String kind(Concept c) {
        return switch (section(c)) {
            case "cancerTypes" -> "cancer type";
            case "drugs" -> "drug";
            case "therapies" -> "therapy";
            case "regimens" -> "regimen";
            default -> "biomarker";
        };
    }

    private static boolean cycles(Concept start, Map<String, Concept> byId) {
        Optional<String> parent = Vocabulary.parentId(start);
        for (int steps = 0; parent.isPresent() && steps <= byId.size(); steps++) {
            if (parent.get().equals(start.id())) {
                return true;
            }
            Concept next = byId.get(parent.get());
            parent = next == null ? Optional.empty() : Vocabulary.parentId(next);
        }
        return parent.isPresent();
    }

    /** Two concepts of one kind must not share a name, or lookups by name could not choose. */
    private void checkNames(Map<String, Concept> byId, Map<String, String> pointers) {
        Map<String, Concept> owners = new HashMap<>();
        for (Concept c : byId.values()) {
            for (String name : c.names()) {
                String key = kind(c) + "\u0000"
                        + (Tagger.isCaseSensitive(name) ? "=" + Tagger.exactKey(name) : Tagger.foldedKey(name));
                Concept owner = owners.putIfAbsent(key, c);
                if (owner != null && !owner.id().equals(c.id())) {
                    problem(
                            pointers.getOrDefault(c.id(), ""),
                            "name \"" + name + "\" of \"" + c.id() + "\" also names " + kind(owner) + " \"" + owner.id()
                                    + "\": names must tell concepts of one kind apart");
                }
            }
        }
    }

    private void registered(Citation citation, String pointer) {
        if (registered.contains(citation)) {
            return;
        }
        problem(pointer, "cites a source that is not among the base's citations: " + describe(citation));
    }

    private static String describe(Citation c) {
        return c.doi().or(c::url).or(c::title).or(c::pmid).orElse(c.toString());
    }

    private void treatmentRef(String id, Map<String, Concept> byId, String pointer, boolean regimensToo) {
        Concept c = byId.get(id);
        if (c == null) {
            dangling(id, pointer);
        } else if (!(c instanceof Drug || c instanceof Therapy || (regimensToo && c instanceof Regimen))) {
            problem(
                    pointer,
                    "\"" + id + "\" is a " + kind(c) + ", not a drug"
                            + (regimensToo ? ", therapy or regimen" : " or therapy"));
        }
    }

    private void checkResults(Map<String, Concept> byId) {
        Map<String, String> firstAt = new HashMap<>();
        for (Rec<TrialResult> rec : results) {
            TrialResult r = rec.value();
            String at = rec.pointer();
            String first = firstAt.putIfAbsent(r.id(), at);
            if (first != null) {
                problem(at + "/id", "duplicate result id \"" + r.id() + "\", first at " + first);
            }
            if (r.citation().isEmpty()) {
                if (!citationReported.contains(at)) {
                    problem(at, "result \"" + r.id() + "\" has no citation: every fact needs a source");
                }
            } else {
                registered(r.citation().get(), at + "/citation");
            }
            List<String> cancerTypes = r.population().cancerTypeIds();
            for (int i = 0; i < cancerTypes.size(); i++) {
                ref(cancerTypes.get(i), byId, CancerType.class, at + "/population/cancerTypeIds/" + i);
            }
            List<String> biomarkers = r.population().biomarkerIds();
            for (int i = 0; i < biomarkers.size(); i++) {
                ref(biomarkers.get(i), byId, Biomarker.class, at + "/population/biomarkerIds/" + i);
            }
            List<String> interventions = r.comparison().interventionIds();
            for (int i = 0; i < interventions.size(); i++) {
                treatmentRef(interventions.get(i), byId, at + "/comparison/interventionIds/" + i, true);
            }
            List<String> comparators = r.comparison().comparatorIds();
            for (int i = 0; i < comparators.size(); i++) {
                treatmentRef(comparators.get(i), byId, at + "/comparison/comparatorIds/" + i, true);
            }
            checkStatistics(r, at);
        }
    }

    private void ref(String id, Map<String, Concept> byId, Class<? extends Concept> kind, String pointer) {
        Concept c = byId.get(id);
        if (c == null) {
            dangling(id, pointer);
        } else if (!kind.isInstance(c)) {
            problem(
                    pointer,
                    "\"" + id + "\" is a " + kind(c) + ", not a "
                            + (kind == CancerType.class ? "cancer type" : "biomarker"));
        }
    }

    private void checkStatistics(TrialResult r, String at) {
        estimate(r.estimate(), at + "/estimate");
        r.comparatorEstimate().ifPresent(e -> estimate(e, at + "/comparatorEstimate"));
        r.overallEstimate().ifPresent(e -> estimate(e, at + "/overallEstimate"));
        if (r.pValue().isPresent()
                && r.estimate() instanceof RatioEstimate ratio
                && ratio.ci().isPresent()
                && ratio.ci().get().sidedness() == Sidedness.TWO_SIDED
                && Math.abs(ratio.ci().get().level() - ConfidenceInterval.DEFAULT_LEVEL) < 1e-9) {
            ConfidenceInterval ci = ratio.ci().get();
            PValue p = r.pValue().get();
            boolean excludes = ci.lower() > 1 || ci.upper() < 1;
            boolean straddles = ci.lower() < 1 && ci.upper() > 1;
            boolean pHigh = p.isExact() && p.value() > 0.05;
            boolean pLow = p.isBelow(0.04);
            if ((excludes && pHigh) || (straddles && pLow)) {
                problem(
                        at + "/pValue",
                        String.format(
                                Locale.ROOT,
                                "P %s %s contradicts the 95%% CI %s to %s, which %s 1",
                                p.relation().symbol(),
                                p.value(),
                                ci.lower(),
                                ci.upper(),
                                excludes ? "excludes" : "includes"));
            }
        }
    }

    private void estimate(EffectEstimate e, String at) {
        if (e instanceof RatioEstimate ratio
                && ratio.ci().isPresent()
                && !ratio.ci().get().contains(ratio.value())) {
            problem(
                    at,
                    String.format(
                            Locale.ROOT,
                            "%s %s lies outside its own confidence interval %s to %s",
                            e.kind().label(),
                            ratio.value(),
                            ratio.ci().get().lower(),
                            ratio.ci().get().upper()));
        }
        if (e instanceof MeanDifference d && d.ci().isPresent() && !d.ci().get().contains(d.value())) {
            problem(at, String.format(Locale.ROOT, "mean difference %s lies outside its own interval", d.value()));
        }
        if (e instanceof Quantity q && q.ci().isPresent() && !q.ci().get().contains(q.value())) {
            problem(at, String.format(Locale.ROOT, "quantity %s lies outside its own interval", q.value()));
        }
        if (e instanceof MedianTime m && m.value().isPresent()) {
            double v = m.value().getAsDouble();
            boolean below = m.ciLower().isPresent() && v < m.ciLower().getAsDouble();
            boolean above = m.ciUpper().isPresent() && v > m.ciUpper().getAsDouble();
            if (below || above) {
                problem(at, String.format(Locale.ROOT, "median %s lies outside its own confidence interval", v));
            }
        }
        if (e instanceof Proportion p && p.percent().isPresent()) {
            double percent = p.percent().getAsDouble();
            if (p.count().isPresent() && p.total().isPresent()) {
                double computed = 100.0 * p.count().getAsInt() / p.total().getAsInt();
                if (Math.abs(computed - percent) > PERCENT_TOLERANCE) {
                    problem(
                            at,
                            String.format(
                                    Locale.ROOT,
                                    "percent %s differs from %s of %s (%.1f%%)",
                                    percent,
                                    p.count().getAsInt(),
                                    p.total().getAsInt(),
                                    computed));
                }
            }
            if (p.ci().isPresent() && !p.ci().get().contains(percent)) {
                problem(at, String.format(Locale.ROOT, "percent %s lies outside its own confidence interval", percent));
            }
        }
    }

    private void checkOptions(Map<String, Concept> byId) {
        Map<String, String> firstAt = new HashMap<>();
        for (Rec<TreatmentOption> rec : options) {
            TreatmentOption o = rec.value();
            String first = firstAt.putIfAbsent(o.id(), rec.pointer());
            if (first != null) {
                problem(rec.pointer() + "/id", "duplicate treatment option id \"" + o.id() + "\", first at " + first);
            }
            known(o.cancerType(), byId, rec.pointer() + "/cancerType");
            for (int i = 0; i < o.treatments().size(); i++) {
                known(o.treatments().get(i), byId, rec.pointer() + "/treatments/" + i);
            }
            registered(o.citation(), rec.pointer() + "/citation");
        }
    }

    private void checkApprovals(Map<String, Concept> byId) {
        Map<String, String> firstAt = new HashMap<>();
        Map<String, Rec<Approval>> statements = new HashMap<>();
        for (Rec<Approval> rec : approvals) {
            Approval a = rec.value();
            String first = firstAt.putIfAbsent(a.id(), rec.pointer());
            if (first != null) {
                problem(rec.pointer() + "/id", "duplicate approval id \"" + a.id() + "\", first at " + first);
            }
            known(a.treatment(), byId, rec.pointer() + "/treatment");
            known(a.cancerType(), byId, rec.pointer() + "/cancerType");
            registered(a.citation(), rec.pointer() + "/citation");
            String key = a.agency().toLowerCase(Locale.ROOT) + " "
                    + a.treatment().id() + " " + a.cancerType().id();
            Rec<Approval> earlier = statements.putIfAbsent(key, rec);
            if (earlier != null && earlier.value().verdict() != a.verdict()) {
                problem(
                        rec.pointer() + "/verdict",
                        "verdict " + a.verdict() + " contradicts "
                                + earlier.value().verdict() + " at " + earlier.pointer()
                                + " for the same agency, treatment and cancer type");
            }
        }
    }

    private void checkProvenance() {
        Map<Citation, String> ids = new HashMap<>();
        citations.forEach(c -> ids.putIfAbsent(c.citation(), c.id()));
        Provenance provenance = new Provenance(this::problem, ids);
        for (ConceptRec rec : concepts) {
            for (int i = 0; i < rec.sources().size(); i++) {
                provenance.supports(
                        rec.sources().get(i),
                        rec.pointer() + "/citations/" + i,
                        kind(rec.concept()) + " \"" + rec.concept().id() + "\"");
            }
        }
        results.forEach(r -> provenance.result(r.value(), r.pointer()));
        options.forEach(o -> provenance.supports(
                o.value().citation(),
                o.pointer() + "/citation",
                "treatment option \"" + o.value().id() + "\""));
        approvals.forEach(a -> provenance.approval(a.value(), a.pointer()));
    }

    private void known(Concept concept, Map<String, Concept> byId, String pointer) {
        Concept entry = byId.get(concept.id());
        if (entry == null) {
            problem(pointer, "\"" + concept.id() + "\" is not in the vocabulary");
        } else if (!entry.equals(concept)) {
            problem(pointer, "\"" + concept.id() + "\" differs from the vocabulary's entry of that id");
        }
    }

    Map<String, Citation> citationsById() {
        Map<String, Citation> out = new LinkedHashMap<>();
        citations.forEach(c -> out.putIfAbsent(c.id(), c.citation()));
        return out;
    }

    /** The concepts by kind, each kind in the order added. */
    List<Concept> concepts() {
        List<ConceptRec> sorted = new ArrayList<>(concepts);
        sorted.sort(Comparator.comparingInt(r -> CONCEPT_SECTIONS.indexOf(section(r.concept()))));
        return sorted.stream().map(ConceptRec::concept).collect(ImmutableList.toImmutableList());
    }

    Map<String, List<Citation>> conceptCitations() {
        Map<String, List<Citation>> out = new LinkedHashMap<>();
        concepts.forEach(r -> out.putIfAbsent(r.concept().id(), r.sources()));
        return out;
    }

    Map<String, TherapyModality> drugModalities() {
        Map<String, TherapyModality> out = new LinkedHashMap<>();
        modalities.forEach(m -> out.putIfAbsent(m.drugId(), m.modality()));
        return out;
    }

    List<TrialResult> results() {
        return results.stream().map(Rec::value).toList();
    }

    List<TreatmentOption> options() {
        return options.stream().map(Rec::value).toList();
    }

    List<Approval> approvals() {
        return approvals.stream().map(Rec::value).toList();
    }
}
