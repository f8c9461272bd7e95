package org.oncodex.rules;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.ValueRange;

/*
 * Grounding asks two questions of an evidence base per number: which results does the answer cite,
 * and which results anywhere have this value. Scanning every result for both made the cost of checking
 * an answer grow with the base (306 ms per answer at 100,000 results). This index answers both in
 * time that depends on the answer and the hits, not on the base: results by citation, and the values
 * of every result (estimate, comparator, overall; point and bounds) in sorted maps for range lookups.
 */
/** The results of an evidence base by citation and by value, built once per base and kept while it is. */
final class ResultsByValue {
    private static final LoadingCache<EvidenceBase, ResultsByValue> INDEXES =
            CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(ResultsByValue::new));

    private final Map<Citation, List<TrialResult>> byCitation = new HashMap<>();
    private final NavigableMap<Double, List<TrialResult>> byValue = new TreeMap<>();

    private ResultsByValue(EvidenceBase evidence) {
        for (TrialResult r : evidence.results()) {
            r.citation().ifPresent(c -> {
                for (Citation key : keys(c)) {
                    byCitation.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            });
            index(r, r.estimate());
            r.comparatorEstimate().ifPresent(e -> index(r, e));
            r.overallEstimate().ifPresent(e -> index(r, e));
        }
    }

    /** The index of {@code evidence}, built on first use. */
    static ResultsByValue of(EvidenceBase evidence) {
        return INDEXES.getUnchecked(evidence);
    }

    /**
     * The results whose citation has {@code key}'s identifier: a citation with only a DOI, a PubMed id
     * or an address finds every result citing a work with it; another finds those citing it exactly.
     */
    List<TrialResult> citingAny(Citation key) {
        return byCitation.getOrDefault(key, List.of());
    }

    /** The results with a value (point or bound, any role) within {@code [low, high]}. */
    Stream<TrialResult> withValueBetween(double low, double high) {
        return byValue.subMap(low, true, high, true).values().stream().flatMap(List::stream);
    }

    /** The identifiers a citation is matched by: itself, its DOI (as written and in lower case), PMID and address. */
    static List<Citation> keys(Citation c) {
        List<Citation> keys = new ArrayList<>();
        keys.add(c);
        c.doi()
                .ifPresent(d -> keys.add(Citation.builder()
                        .doi(d.toLowerCase(java.util.Locale.ROOT))
                        .build()));
        c.doi().ifPresent(d -> keys.add(Citation.builder().doi(d).build()));
        c.pmid().ifPresent(p -> keys.add(Citation.builder().pmid(p).build()));
        c.url().ifPresent(u -> keys.add(Citation.builder().url(u).build()));
        return keys;
    }

    private void index(TrialResult r, EffectEstimate e) {
        for (double v : values(e)) {
            List<TrialResult> at = byValue.computeIfAbsent(v, k -> new ArrayList<>(1));
            // a result's values are indexed together, so a repeat is the last one added
            if (at.isEmpty() || at.get(at.size() - 1) != r) {
                at.add(r);
            }
        }
    }

    /** Every number an estimate prints: its value, as a percentage for proportions, and its bounds. */
    static List<Double> values(EffectEstimate e) {
        List<Double> out = new ArrayList<>();
        if (e instanceof RatioEstimate r) {
            out.add(r.value());
            r.ci().ifPresent(ci -> {
                out.add(ci.lower());
                out.add(ci.upper());
            });
        } else if (e instanceof MedianTime m) {
            m.value().ifPresent(out::add);
            m.ci().ifPresent(ci -> {
                out.add(ci.lower());
                out.add(ci.upper());
            });
        } else if (e instanceof Proportion p) {
            out.add(p.fraction() * 100);
            // the interval is in percent, as printed
            p.ci().ifPresent(ci -> {
                out.add(ci.lower());
                out.add(ci.upper());
            });
        } else if (e instanceof MeanDifference d) {
            out.add(d.value());
            d.ci().ifPresent(ci -> {
                out.add(ci.lower());
                out.add(ci.upper());
            });
        } else if (e instanceof Quantity q) {
            out.add(q.value());
            q.ci().ifPresent(ci -> {
                out.add(ci.lower());
                out.add(ci.upper());
            });
        } else if (e instanceof ValueRange v) {
            v.lower().ifPresent(out::add);
            v.upper().ifPresent(out::add);
        }
        return out;
    }
}
