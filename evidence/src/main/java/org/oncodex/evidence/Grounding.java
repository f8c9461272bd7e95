package org.oncodex.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.oncodex.model.Concept;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/**
 * What a knowledge base knows about a question: the concepts it mentions and the cited evidence
 * about them, most relevant first. It is what a service passes to a language model's prompt so that
 * the answer's facts come from the base.
 */
@Value.Immutable
public abstract class Grounding {

    Grounding() {}

    /** The question as asked. */
    public abstract String question();

    /** Every concept mention in the question, in text order. */
    public abstract List<Mention> mentions();

    /** The concepts mentioned, each once, in order of first mention. */
    public abstract List<Concept> concepts();

    /**
     * The trial results about the concepts, ranked: results that match more of the mentioned
     * concepts first, then randomized trials before other designs, then the base's order.
     */
    public abstract List<TrialResult> results();

    /** The treatment options for the mentioned cancer types, or that use a mentioned treatment. */
    public abstract List<TreatmentOption> treatmentOptions();

    /** The approval statements about a mentioned treatment and cancer type. */
    public abstract List<Approval> approvals();

    /** Every source behind the results, options and approvals, each once. */
    @Value.Derived
    public List<Citation> citations() {
        Set<Citation> citations = new LinkedHashSet<>();
        results().forEach(r -> r.citation().ifPresent(citations::add));
        treatmentOptions().forEach(o -> citations.add(o.citation()));
        approvals().forEach(a -> citations.add(a.citation()));
        return List.copyOf(citations);
    }

    /** Whether the question mentions nothing the base knows. */
    public boolean isEmpty() {
        return mentions().isEmpty();
    }

    static ImmutableGrounding.Builder builder() {
        return ImmutableGrounding.builder();
    }
}
