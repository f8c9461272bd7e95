package org.oncodex.evidence;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.evidence.TrialResult;

/*
 * What a question names, and the evidence about it, most relevant first. The cancer type a question
 * names decides first: a result about that type (or a narrower one) ranks before any result about
 * another cancer, however many treatments the other shares; then the disease setting the question
 * names ("early stage", "unresectable"); then how many of the named treatments and biomarkers a
 * result is about; then randomized designs; then the base's order. An approval statement comes only
 * when it is about what the question names: a named treatment (when one is named), a named cancer
 * type (when one is named), and a named setting when both the question and the statement state one.
 */
final class Relevance {
    private final Vocabulary vocabulary;
    private final ResultIndex index;
    private final List<TreatmentOption> options;
    private final List<Approval> approvals;
    private final Function<CancerType, List<TreatmentOption>> optionsFor;

    Relevance(
            Vocabulary vocabulary,
            ResultIndex index,
            List<TreatmentOption> options,
            List<Approval> approvals,
            Function<CancerType, List<TreatmentOption>> optionsFor) {
        this.vocabulary = vocabulary;
        this.index = index;
        this.options = options;
        this.approvals = approvals;
        this.optionsFor = optionsFor;
    }

    Grounding of(String question, int maxResults) {
        List<Mention> mentions = vocabulary.tag(question);
        Set<Concept> concepts = new LinkedHashSet<>();
        mentions.forEach(m -> concepts.add(m.concept()));
        Set<DiseaseSetting> settings = SettingWords.named(question);
        List<CancerType> cancerTypes = new ArrayList<>();
        List<Concept> treatments = new ArrayList<>();
        Set<Integer> ofCancerType = new HashSet<>();
        Map<Integer, Integer> otherMatches = new HashMap<>();
        for (Concept concept : concepts) {
            if (concept instanceof CancerType c) {
                cancerTypes.add(c);
                for (int position : index.postings(ResultIndex.Facet.CANCER_TYPE, c.id())) {
                    ofCancerType.add(position);
                    otherMatches.putIfAbsent(position, 0);
                }
                continue;
            }
            ResultIndex.Facet facet;
            if (concept instanceof Biomarker) {
                facet = ResultIndex.Facet.BIOMARKER;
            } else {
                treatments.add(concept);
                facet = ResultIndex.Facet.TREATMENT;
            }
            for (int position : index.postings(facet, concept.id())) {
                otherMatches.merge(position, 1, Integer::sum);
            }
        }
        List<Integer> ranked = new ArrayList<>(otherMatches.keySet());
        ranked.sort(Comparator.<Integer>comparingInt(p -> cancerTypes.isEmpty() || ofCancerType.contains(p) ? 0 : 1)
                .thenComparingInt(p -> settingRank(index.result(p).population().settings(), settings))
                .thenComparingInt(p -> -otherMatches.getOrDefault(p, 0))
                .thenComparing(p -> !index.result(p).study().design().isRandomized())
                .thenComparingInt(p -> p));
        List<TrialResult> found =
                ranked.stream().limit(maxResults).map(index::result).collect(ImmutableList.toImmutableList());
        return Grounding.builder()
                .question(question)
                .mentions(mentions)
                .concepts(concepts)
                .settings(settings)
                .results(found)
                .treatmentOptions(options(cancerTypes, treatments, settings))
                .approvals(approvals(cancerTypes, treatments, settings))
                .build();
    }

    /** 0 for a record in a named setting, 1 for one that states none, 2 for one in other settings only. */
    private static int settingRank(Collection<DiseaseSetting> stated, Set<DiseaseSetting> named) {
        if (named.isEmpty()) {
            return 0;
        }
        if (stated.isEmpty()) {
            return 1;
        }
        return stated.stream().anyMatch(named::contains) ? 0 : 2;
    }

    private List<TreatmentOption> options(
            List<CancerType> cancerTypes, List<Concept> treatments, Set<DiseaseSetting> settings) {
        Set<TreatmentOption> out = new LinkedHashSet<>();
        for (CancerType c : cancerTypes) {
            out.addAll(optionsFor.apply(c));
        }
        for (TreatmentOption option : options) {
            Set<Concept> uses = ResultIndex.treatments(
                    option.treatments().stream().map(Concept::id).toList(), vocabulary);
            if (treatments.stream().anyMatch(uses::contains)) {
                out.add(option);
            }
        }
        List<TreatmentOption> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(o -> settingRank(o.settings(), settings)));
        return ImmutableList.copyOf(sorted);
    }

    private List<Approval> approvals(
            List<CancerType> cancerTypes, List<Concept> treatments, Set<DiseaseSetting> settings) {
        if (cancerTypes.isEmpty() && treatments.isEmpty()) {
            return List.of();
        }
        List<Approval> out = new ArrayList<>();
        for (Approval a : approvals) {
            boolean treatmentOk = treatments.isEmpty() || treatments.stream().anyMatch(t -> related(t, a.treatment()));
            boolean cancerOk = cancerTypes.isEmpty() || cancerTypes.stream().anyMatch(c -> related(c, a.cancerType()));
            boolean settingOk = settingRank(a.settings(), settings) < 2;
            if (treatmentOk && cancerOk && settingOk) {
                out.add(a);
            }
        }
        return out;
    }

    private boolean related(Concept a, Concept b) {
        return vocabulary.isA(a, b) || vocabulary.isA(b, a);
    }
}
