package org.oncodex.evidence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;

/**
 * The concepts a knowledge base knows, looked up by id, name, synonym, abbreviation or brand name,
 * and found in free text.
 *
 * <p>Names match ignoring case, spacing and punctuation between words ("non-small-cell lung cancer"
 * finds "non-small cell lung cancer"). A short all-capital abbreviation is tagged in any case
 * ("hcc" is {@code HCC}) where that is unambiguous; one with an everyday English word in it ({@code
 * ALL}, {@code CAR-T}) or whose lowercase form names another concept matches only as written, so
 * that "all" and "car" in a sentence are not taken for them. An abbreviation takes no plural "s".
 *
 * <p>Lookups by name go further than tagging: an all-capital abbreviation also matches written in
 * lowercase ("hcc" finds HCC) unless the lowercase form is an English word ("all" never finds ALL);
 * a regimen is found by its components joined with "plus", "+", "and", "with" or "/" ("atezolizumab
 * plus bevacizumab"); subgroups and disease settings have their own synonyms ({@link
 * #subgroup(String)}, {@link #settings(String)}).
 *
 * <p>Cancer types and therapies form hierarchies through their {@code parentId}: hepatocellular
 * carcinoma is a liver cancer; radiofrequency ablation is a kind of ablation.
 */
public final class Vocabulary {
    private final ImmutableMap<String, Concept> byId;
    private final ImmutableListMultimap<String, Concept> byFoldedName;
    private final ImmutableListMultimap<String, Concept> byExactName;
    private final ImmutableSetMultimap<String, String> ancestors;
    private final ImmutableListMultimap<String, Citation> citations;
    private final ImmutableMap<String, TherapyModality> drugModalities;
    private final Tagger tagger;

    Vocabulary(
            List<Concept> concepts,
            Map<String, List<Citation>> citations,
            Map<String, TherapyModality> drugModalities) {
        ImmutableMap.Builder<String, Concept> ids = ImmutableMap.builder();
        ImmutableListMultimap.Builder<String, Concept> folded = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, Concept> exact = ImmutableListMultimap.builder();
        for (Concept concept : concepts) {
            ids.put(concept.id(), concept);
            Set<String> foldedKeys = new LinkedHashSet<>();
            Set<String> exactKeys = new LinkedHashSet<>();
            for (String name : concept.names()) {
                if (Tagger.isCaseSensitive(name)) {
                    exactKeys.add(Tagger.exactKey(name));
                } else {
                    foldedKeys.add(Tagger.foldedKey(name));
                }
            }
            foldedKeys.forEach(k -> folded.put(k, concept));
            exactKeys.forEach(k -> exact.put(k, concept));
        }
        this.byId = ids.buildKeepingLast();
        this.byFoldedName = folded.build();
        this.byExactName = exact.build();
        this.ancestors = closure(byId);
        ImmutableListMultimap.Builder<String, Citation> cited = ImmutableListMultimap.builder();
        citations.forEach(cited::putAll);
        this.citations = cited.build();
        this.drugModalities = ImmutableMap.copyOf(drugModalities);
        this.tagger = new Tagger(byId.values().asList());
    }

    private static ImmutableSetMultimap<String, String> closure(Map<String, Concept> byId) {
        ImmutableSetMultimap.Builder<String, String> out = ImmutableSetMultimap.builder();
        for (Concept concept : byId.values()) {
            Set<String> seen = new LinkedHashSet<>();
            Optional<String> parent = parentId(concept);
            while (parent.isPresent() && seen.add(parent.get())) {
                Concept next = byId.get(parent.get());
                parent = next == null ? Optional.empty() : parentId(next);
            }
            seen.remove(concept.id());
            out.putAll(concept.id(), seen);
        }
        return out.build();
    }

    static Optional<String> parentId(Concept concept) {
        if (concept instanceof CancerType c) {
            return c.parentId();
        }
        if (concept instanceof Therapy t) {
            return t.parentId();
        }
        return Optional.empty();
    }

    /** Every concept, cancer types first, then drugs, therapies, regimens and biomarkers. */
    public List<Concept> concepts() {
        return byId.values().asList();
    }

    /** The concept with this id. */
    public Optional<Concept> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every concept of any kind with this id, name, synonym, abbreviation or brand name; an
     * abbreviation also in lowercase where that is not an English word ("hcc", not "all").
     */
    public List<Concept> concepts(String nameOrId) {
        Set<Concept> found = new LinkedHashSet<>();
        byId(nameOrId.strip()).ifPresent(found::add);
        found.addAll(byExactName.get(Tagger.exactKey(nameOrId)));
        found.addAll(byFoldedName.get(Tagger.foldedKey(nameOrId)));
        if (found.isEmpty() && !Abbreviations.isEnglishWord(nameOrId)) {
            found.addAll(byExactName.get(Tagger.exactKey(nameOrId.toUpperCase(Locale.ROOT))));
        }
        return ImmutableList.copyOf(found);
    }

    /**
     * The drug, therapy or regimen a user names: by id, generic or brand name ("Keytruda"), or a
     * regimen by its components joined with "plus", "+", "and", "with" or "/" in any order
     * ("atezolizumab plus bevacizumab", "Tecentriq + Avastin").
     */
    public Optional<Concept> treatment(String name) {
        for (Concept c : concepts(name)) {
            if (c instanceof Drug || c instanceof Therapy || c instanceof Regimen) {
                return Optional.of(c);
            }
        }
        return regimenOf(name).map(Concept.class::cast);
    }

    private Optional<Regimen> regimenOf(String name) {
        List<String> parts = Abbreviations.components(name);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : parts) {
            Optional<Concept> c = concepts(part).stream()
                    .filter(x -> x instanceof Drug || x instanceof Therapy)
                    .findFirst();
            if (c.isEmpty()) {
                return Optional.empty();
            }
            ids.add(c.get().id());
        }
        return regimens().stream()
                .filter(r -> Set.copyOf(r.componentIds()).equals(ids))
                .findFirst();
    }

    /** The canonical name of a subgroup from any of its synonyms ("liver mets" gives "liver metastases"). */
    public Optional<String> subgroup(String name) {
        return Subgroups.canonical(name);
    }

    /**
     * The disease settings that words name: "early stage" is {@code LOCALIZED}; "advanced" and
     * "unresectable" are {@code LOCALLY_ADVANCED} and {@code METASTATIC}; "recurrent" is {@code
     * RECURRENT}. Empty for words that name no setting.
     */
    public Set<DiseaseSetting> settings(String words) {
        return SettingWords.settings(words);
    }

    /** The cancer type with this id, name, synonym or abbreviation ("liver cancer", "NSCLC"). */
    public Optional<CancerType> cancerType(String nameOrId) {
        return first(nameOrId, CancerType.class);
    }

    /** The drug with this id, generic name, synonym or brand name ("pembrolizumab", "Kymriah"). */
    public Optional<Drug> drug(String nameOrId) {
        return first(nameOrId, Drug.class);
    }

    /** The therapy with this id, name or synonym ("CAR-T cell therapy", "radiofrequency ablation"). */
    public Optional<Therapy> therapy(String nameOrId) {
        return first(nameOrId, Therapy.class);
    }

    /**
     * The regimen with this id, name or synonym ("ABCP"), or named by its components ("atezolizumab
     * plus bevacizumab", "atezolizumab + bevacizumab", "atezolizumab and bevacizumab", "atezolizumab
     * with bevacizumab").
     */
    public Optional<Regimen> regimen(String nameOrId) {
        Optional<Regimen> named = first(nameOrId, Regimen.class);
        return named.isPresent() ? named : regimenOf(nameOrId);
    }

    /** The biomarker with this id, name or synonym ("MSI-H/dMMR"). */
    public Optional<Biomarker> biomarker(String nameOrId) {
        return first(nameOrId, Biomarker.class);
    }

    private <T extends Concept> Optional<T> first(String nameOrId, Class<T> kind) {
        return concepts(nameOrId).stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .findFirst();
    }

    /** Every cancer type. */
    public List<CancerType> cancerTypes() {
        return ofKind(CancerType.class);
    }

    /** Every drug. */
    public List<Drug> drugs() {
        return ofKind(Drug.class);
    }

    /** Every therapy. */
    public List<Therapy> therapies() {
        return ofKind(Therapy.class);
    }

    /** Every regimen. */
    public List<Regimen> regimens() {
        return ofKind(Regimen.class);
    }

    /** Every biomarker. */
    public List<Biomarker> biomarkers() {
        return ofKind(Biomarker.class);
    }

    private <T extends Concept> List<T> ofKind(Class<T> kind) {
        return byId.values().stream().filter(kind::isInstance).map(kind::cast).collect(ImmutableList.toImmutableList());
    }

    /**
     * Whether {@code concept} is {@code ancestor} or lies beneath it in its hierarchy: hepatocellular
     * carcinoma is a liver cancer; radiofrequency ablation is an ablation.
     */
    public boolean isA(Concept concept, Concept ancestor) {
        return concept.id().equals(ancestor.id()) || ancestors.containsEntry(concept.id(), ancestor.id());
    }

    /** The ids of the concepts above this one in its hierarchy, nearest first. */
    List<String> ancestorIds(String id) {
        return ancestors.get(id).asList();
    }

    /** The broader concepts above {@code concept}, nearest first: for HCC, liver cancer. */
    public List<Concept> broader(Concept concept) {
        return ancestors.get(concept.id()).stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .collect(ImmutableList.toImmutableList());
    }

    /** The narrower concepts beneath {@code concept}, at any depth, in vocabulary order. */
    public List<Concept> narrower(Concept concept) {
        List<Concept> out = new ArrayList<>();
        for (Concept c : byId.values()) {
            if (ancestors.containsEntry(c.id(), concept.id())) {
                out.add(c);
            }
        }
        return ImmutableList.copyOf(out);
    }

    /**
     * The modality of a therapy, or of a drug as the knowledge base records it; empty for a drug
     * without one and for other concepts.
     */
    public Optional<TherapyModality> modality(Concept concept) {
        if (concept instanceof Therapy t) {
            return Optional.of(t.modality());
        }
        return Optional.ofNullable(drugModalities.get(concept.id()));
    }

    /** The sources that state the concept's names, class, targets and codes. */
    public List<Citation> citations(Concept concept) {
        return citations.get(concept.id());
    }

    Map<String, TherapyModality> drugModalities() {
        return drugModalities;
    }

    /**
     * Every concept mention in {@code text}, in text order: names, synonyms, abbreviations and brand
     * names, on word boundaries, the longest name first where names overlap. A span that names
     * concepts of several kinds gives one mention for each. Never throws; every span indexes {@code
     * text}.
     */
    public List<Mention> tag(String text) {
        return tagger.tag(text);
    }
}
