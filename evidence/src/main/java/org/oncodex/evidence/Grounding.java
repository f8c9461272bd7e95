package org.oncodex.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
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
     * The disease settings the question names: "early stage" is {@code LOCALIZED}, "advanced" and
     * "unresectable" are locally advanced or metastatic (see {@link Vocabulary#settings(String)}).
     */
    public abstract Set<DiseaseSetting> settings();

    /**
     * The trial results about the concepts, ranked: results about a mentioned cancer type (or a
     * narrower one) before results about other cancers; then results in a named setting, then those
     * that state no setting, then those in other settings; then results about more of the mentioned
     * treatments and biomarkers; then randomized trials before other designs; then the base's order.
     */
    public abstract List<TrialResult> results();

    /**
     * The treatment options for the mentioned cancer types, or that use a mentioned treatment; those
     * in a named setting first.
     */
    public abstract List<TreatmentOption> treatmentOptions();

    /**
     * The approval statements about what the question names: a mentioned treatment (when it names
     * one) for a mentioned cancer type (when it names one), broader or narrower included; a statement
     * for other settings than the question names is left out.
     */
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
