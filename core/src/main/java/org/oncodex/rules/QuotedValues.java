package org.oncodex.rules;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/*
 * A result's quote often states more arm values than the result records: the medians beside a
 * hazard ratio ("The median progression-free survival was 5.2 months with cabozantinib and 1.9
 * months with placebo (HR = 0.44 ...)"), the parts of a response rate ("a complete response rate of
 * 1% and a partial response rate of 16%"). An answer that repeats them states what its source says,
 * so they ground it; credited to the wrong arm, they are misattributed like any other. Each rate or
 * median the quote states (a pair as the intervention's and the comparator's, in the order written,
 * the quote's own order being intervention first) becomes a result of its own with the facets of the
 * result that quotes it. Ratios in quotes are left out: a quote that prints two endpoints' ratios
 * (NSCLC meta-analysis: "PFS: HR = 0.64 ...; OS: HR = 0.82") would credit one to the other's endpoint.
 *
 * The results are made once per result (the cache holds them while the result lives) and only for
 * the results among an answer's sources, so their cost does not grow with the base.
 */
/** The rates and medians a result's quote states beyond its own estimates, as results. */
final class QuotedValues {
    private static final LoadingCache<TrialResult, List<TrialResult>> QUOTED =
            CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(QuotedValues::compute));

    private QuotedValues() {}

    /** The arm values {@code r}'s quote states that its estimates do not hold; empty when none. */
    static List<TrialResult> of(TrialResult r) {
        return QUOTED.getUnchecked(r);
    }

    private static List<TrialResult> compute(TrialResult r) {
        Optional<String> quote = r.quote();
        if (quote.isEmpty()) {
            return List.of();
        }
        List<TrialResult> out = new ArrayList<>();
        List<EffectEstimate> seconds = new ArrayList<>();
        int n = 0;
        for (EffectStatement st : EffectStatements.parse(quote.get()).statements()) {
            Optional<EffectEstimate> value = st.estimate().filter(QuotedValues::armValue);
            if (value.isEmpty() || seconds.contains(value.get()) || known(r, value.get())) {
                continue; // the second number of a pair read already, or one the result holds
            }
            Optional<EffectEstimate> second = st.comparatorEstimate()
                    .filter(QuotedValues::armValue)
                    .filter(c -> r.comparison().comparator().isPresent());
            second.ifPresent(seconds::add);
            try {
                out.add(TrialResult.builder()
                        .id(r.id() + "-quoted-" + ++n)
                        .study(r.study())
                        .population(r.population())
                        .comparison(r.comparison())
                        .endpoint(st.endpoint().orElse(r.endpoint()))
                        .timePoint(r.timePoint())
                        .estimate(value.get())
                        .comparatorEstimate(second)
                        .citation(r.citation())
                        .quote(quote.get())
                        .build());
            } catch (IllegalArgumentException | IllegalStateException e) {
                // a value the result's facets cannot carry (a rate of a time-to-event endpoint with no
                // time point): not read, as the result's own estimates are
            }
        }
        return List.copyOf(out);
    }

    private static boolean armValue(EffectEstimate e) {
        return e instanceof Proportion || e instanceof MedianTime;
    }

    private static boolean known(TrialResult r, EffectEstimate e) {
        return r.estimate().equals(e)
                || r.comparatorEstimate().map(e::equals).orElse(false)
                || r.overallEstimate().map(e::equals).orElse(false);
    }
}
