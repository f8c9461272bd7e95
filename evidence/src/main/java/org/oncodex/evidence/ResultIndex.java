package org.oncodex.evidence;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Regimen;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.Sidedness;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/*
 * An inverted index over trial results: for every facet value, a compressed bitmap (RoaringBitmap, as
 * Lucene, Druid and Spark use) of the positions of the results that have it. A query intersects the
 * bitmaps of the facets it sets, smallest first; Roaring intersects container by container (sorted
 * arrays for sparse values, bitmaps for dense ones, runs for clustered ones), so the cost follows the
 * smaller operand, not the size of the base. The hits are materialised once, as an array of
 * positions that the returned list reads through.
 *
 * Hierarchies are folded in when indexing rather than when querying: a result about hepatocellular
 * carcinoma is filed under "liver cancer" too, and a result of atezolizumab plus bevacizumab under
 * the regimen, both drugs, their classes, targets and modalities.
 */
final class ResultIndex {
    private static final int[] NONE = new int[0];

    private final TrialResult[] results;
    private final Map<String, RoaringBitmap> postings;

    ResultIndex(List<TrialResult> results, Vocabulary vocabulary) {
        this.results = results.toArray(new TrialResult[0]);
        Map<String, RoaringBitmapWriter<RoaringBitmap>> building = new HashMap<>();
        for (int i = 0; i < this.results.length; i++) {
            for (String key : keys(this.results[i], vocabulary)) {
                building.computeIfAbsent(key, k -> RoaringBitmapWriter.writer().get())
                        .add(i);
            }
        }
        Map<String, RoaringBitmap> done = new HashMap<>(building.size() * 2);
        building.forEach((k, v) -> {
            RoaringBitmap positions = v.get();
            positions.runOptimize();
            done.put(k, positions);
        });
        this.postings = done;
    }

    static Set<String> keys(TrialResult r, Vocabulary vocabulary) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : r.population().cancerTypeIds()) {
            keys.add("ct:" + id);
            vocabulary.ancestorIds(id).forEach(a -> keys.add("ct:" + a));
        }
        r.population().biomarkerIds().forEach(id -> keys.add("bm:" + id));
        r.population().subgroup().ifPresent(s -> keys.add("sg:" + normalize(Subgroups.normalize(s))));
        for (Concept treatment : treatments(r.comparison().interventionIds(), vocabulary)) {
            keys.add("tx:" + treatment.id());
            vocabulary.modality(treatment).ifPresent(m -> keys.add("mod:" + m.name()));
            if (treatment instanceof Drug d) {
                d.drugClass().ifPresent(c -> keys.add("class:" + normalize(c)));
                d.targets().forEach(t -> keys.add("target:" + normalize(t)));
            }
        }
        keys.add("ep:" + r.endpoint().name());
        keys.add("design:" + r.study().design().name());
        keys.add("kind:" + r.estimate().kind().name());
        significance(r).ifPresent(s -> keys.add("sig:" + s));
        if (r.certainty().orElse(null) instanceof GradeCertainty g) {
            // filed under every rating it is at least, so that a minimum is one posting list
            for (GradeRating floor : GradeRating.values()) {
                if (floor.compareTo(g.rating()) >= 0) {
                    keys.add("grade-at-least:" + floor.name());
                }
            }
        }
        return keys;
    }

    /** The intervention's concepts with everything they stand for: regimen components and broader therapies. */
    static Set<Concept> treatments(List<String> ids, Vocabulary vocabulary) {
        Set<Concept> out = new LinkedHashSet<>();
        for (String id : ids) {
            vocabulary.byId(id).ifPresent(c -> expand(c, vocabulary, out));
        }
        return out;
    }

    private static void expand(Concept concept, Vocabulary vocabulary, Set<Concept> out) {
        if (!out.add(concept)) {
            return;
        }
        if (concept instanceof Regimen regimen) {
            for (String component : regimen.componentIds()) {
                vocabulary.byId(component).ifPresent(c -> expand(c, vocabulary, out));
            }
        }
        if (concept instanceof Therapy) {
            vocabulary.broader(concept).forEach(out::add);
        }
    }

    /**
     * Whether the result is known to be significant at the 5% level: a two-sided 95% ratio interval
     * that excludes 1, or a P value below 0.05; known not to be when the interval includes 1 or P is
     * at least 0.05; empty when the result gives neither.
     */
    static Optional<Boolean> significance(TrialResult r) {
        if (r.estimate() instanceof RatioEstimate ratio && ratio.ci().isPresent()) {
            ConfidenceInterval ci = ratio.ci().get();
            if (ci.sidedness() == Sidedness.TWO_SIDED
                    && Math.abs(ci.level() - ConfidenceInterval.DEFAULT_LEVEL) < 1e-9) {
                return Optional.of(ci.excludes(1.0));
            }
        }
        if (r.pValue().isPresent()) {
            PValue p = r.pValue().get();
            if (p.isBelow(0.05)) {
                return Optional.of(true);
            }
            boolean notBelow = switch (p.relation()) {
                case EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> p.value() >= 0.05;
                case LESS_THAN, LESS_THAN_OR_EQUAL -> false;
            };
            return notBelow ? Optional.of(false) : Optional.empty();
        }
        return Optional.empty();
    }

    static String normalize(String text) {
        return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** The results that have every facet of the query, in base order. */
    List<TrialResult> query(EvidenceQuery q) {
        List<String> keys = keys(q);
        if (keys.isEmpty()) {
            return new View(results, null);
        }
        List<RoaringBitmap> lists = new ArrayList<>(keys.size());
        for (String key : keys) {
            RoaringBitmap list = postings.get(key);
            if (list == null) {
                return List.of();
            }
            lists.add(list);
        }
        return new View(results, intersect(lists).toArray());
    }

    /** The positions in every bitmap, intersecting the smallest first; never modifies its arguments. */
    static RoaringBitmap intersect(List<RoaringBitmap> bitmaps) {
        checkArgument(!bitmaps.isEmpty(), "nothing to intersect");
        List<RoaringBitmap> bySize = new ArrayList<>(bitmaps);
        bySize.sort(Comparator.comparingInt(RoaringBitmap::getCardinality));
        if (bySize.size() == 1) {
            return bySize.get(0);
        }
        RoaringBitmap hits = RoaringBitmap.and(bySize.get(0), bySize.get(1));
        for (int i = 2; i < bySize.size() && !hits.isEmpty(); i++) {
            hits.and(bySize.get(i));
        }
        return hits;
    }

    private static List<String> keys(EvidenceQuery q) {
        List<String> keys = new ArrayList<>();
        q.cancerType().map(CancerType::id).ifPresent(id -> keys.add("ct:" + id));
        q.therapy().map(Therapy::id).ifPresent(id -> keys.add("tx:" + id));
        q.drug().map(Drug::id).ifPresent(id -> keys.add("tx:" + id));
        q.regimen().map(Regimen::id).ifPresent(id -> keys.add("tx:" + id));
        q.drugClass().ifPresent(c -> keys.add("class:" + normalize(c)));
        q.target().ifPresent(t -> keys.add("target:" + normalize(t)));
        q.modality().map(TherapyModality::name).ifPresent(m -> keys.add("mod:" + m));
        q.biomarker().ifPresent(b -> keys.add("bm:" + b.id()));
        q.endpoint().ifPresent(e -> keys.add("ep:" + e.name()));
        q.subgroup().ifPresent(s -> keys.add("sg:" + normalize(Subgroups.normalize(s))));
        q.design().ifPresent(d -> keys.add("design:" + d.name()));
        q.estimateKind().ifPresent(k -> keys.add("kind:" + k.name()));
        q.significant().ifPresent(s -> keys.add("sig:" + s));
        q.minimumCertainty().ifPresent(m -> keys.add("grade-at-least:" + m.name()));
        return keys;
    }

    /** The positions of results filed under {@code key}, ascending. */
    int[] postings(String key) {
        RoaringBitmap positions = postings.get(key);
        return positions == null ? NONE : positions.toArray();
    }

    TrialResult result(int position) {
        return results[position];
    }

    /** An unmodifiable list of results at given positions (all of them when positions is null). */
    private static final class View extends AbstractList<TrialResult> implements RandomAccess {
        private final TrialResult[] results;
        private final int @org.jspecify.annotations.Nullable [] positions;

        View(TrialResult[] results, int @org.jspecify.annotations.Nullable [] positions) {
            this.results = results;
            this.positions = positions;
        }

        @Override
        public TrialResult get(int index) {
            int[] p = positions;
            if (p == null) {
                return results[index];
            }
            if (index < 0 || index >= p.length) {
                throw new IndexOutOfBoundsException("index " + index + " of " + p.length);
            }
            return results[p[index]];
        }

        @Override
        public int size() {
            return positions == null ? results.length : positions.length;
        }
    }
}
