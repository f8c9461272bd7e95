package org.oncodex.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oncodex.disclaimers.AnswerFacts;
import org.oncodex.disclaimers.ApprovalState;
import org.oncodex.disclaimers.Audience;
import org.oncodex.disclaimers.Channel;
import org.oncodex.disclaimers.TherapyMention;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.Mention;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;

/**
 * Finds in an answer's text what a disclaimer policy needs to know: the treatments it mentions
 * (declared, or tagged with an evidence base's vocabulary) with their approval for its cancer type,
 * and whether it mentions clinical trials or off-label use. Used by the builder and by the rules
 * that re-check an answer.
 */
final class FactFinder {
    static final Pattern CLINICAL_TRIAL =
            Pattern.compile("\\bclinical[\\s-]+trials?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern OFF_LABEL = Pattern.compile("\\boff[\\s-]label\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, TherapyMention> therapies;
    private final Map<String, List<String>> aliases;
    private final boolean clinicalTrials;
    private final boolean offLabelUse;

    private FactFinder(
            Map<String, TherapyMention> therapies,
            Map<String, List<String>> aliases,
            boolean clinicalTrials,
            boolean offLabelUse) {
        this.therapies = therapies;
        this.aliases = aliases;
        this.clinicalTrials = clinicalTrials;
        this.offLabelUse = offLabelUse;
    }

    /**
     * What {@code texts} (the answer's statements) and {@code asked} (its question and the questions
     * to ask) say: treatments from both, clinical trials and off-label use from the statements only.
     */
    static FactFinder find(
            List<String> texts,
            List<String> asked,
            List<Concept> declaredConcepts,
            List<TherapyMention> declaredTherapies,
            Optional<CancerType> cancerType,
            @Nullable EvidenceBase evidence) {
        String statements = String.join("\n", texts);
        String allText = statements + "\n" + String.join("\n", asked);
        Map<String, TherapyMention> therapies = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        declaredTherapies.forEach(t -> {
            therapies.putIfAbsent(t.name(), t);
            aliases.putIfAbsent(t.name(), List.of(t.name()));
        });
        List<Concept> treatments = new ArrayList<>(declaredConcepts);
        if (evidence != null) {
            for (Mention m : evidence.vocabulary().tag(allText)) {
                Concept c = m.concept();
                if ((c instanceof Drug || c instanceof Therapy || c instanceof Regimen) && !treatments.contains(c)) {
                    treatments.add(c);
                }
            }
        }
        for (Concept treatment : treatments) {
            therapies.putIfAbsent(
                    treatment.name(), TherapyMention.of(treatment.name(), approval(treatment, cancerType, evidence)));
            aliases.putIfAbsent(treatment.name(), treatment.names());
        }
        return new FactFinder(
                therapies,
                aliases,
                CLINICAL_TRIAL.matcher(statements).find(),
                OFF_LABEL.matcher(statements).find());
    }

    /** The facts, with what was declared added to what was found. */
    AnswerFacts facts(
            boolean aiGenerated,
            Audience audience,
            Channel channel,
            Optional<CancerType> cancerType,
            boolean declaredTrials,
            boolean declaredOffLabel,
            boolean urgentSymptoms) {
        AnswerFacts.Builder facts = AnswerFacts.builder()
                .aiGenerated(aiGenerated)
                .audience(audience)
                .channel(channel)
                .addAllTherapies(therapies.values())
                .mentionsClinicalTrials(declaredTrials || clinicalTrials)
                .mentionsOffLabelUse(declaredOffLabel || offLabelUse)
                .mentionsUrgentSymptoms(urgentSymptoms);
        cancerType.ifPresent(facts::cancerType);
        return facts.build();
    }

    /** Every name each mentioned treatment goes by, keyed by the name the facts use. */
    Map<String, List<String>> aliases() {
        return aliases;
    }

    private static ApprovalState approval(
            Concept treatment, Optional<CancerType> cancerType, @Nullable EvidenceBase evidence) {
        if (evidence == null || cancerType.isEmpty()) {
            return ApprovalState.UNKNOWN;
        }
        return switch (evidence.approvalStatus(treatment, cancerType.get()).verdict()) {
            case APPROVED -> ApprovalState.APPROVED;
            case NOT_APPROVED -> ApprovalState.NOT_APPROVED;
            case UNKNOWN -> ApprovalState.UNKNOWN;
        };
    }
}
