package org.oncodex.evidence;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.Sidedness;

/*
 * An inverted index over trial results: for every facet value, the ascending positions of the
 * results that have it, and for values that many results share (at least one in 32) a bitmap as
 * well. A query starts from the smallest list of the facets it sets and keeps the positions that
 * every other facet has: by testing a bit where there is a bitmap, by galloping search otherwise.
 * Its cost follows the smallest facet, not the size of the base.
 *
 * Hierarchies are folded in when indexing rather than when querying: a result about hepatocellular
 * carcinoma is filed under "liver cancer" too, and a result of atezolizumab plus bevacizumab under
 * the regimen, both drugs, their classes, targets and modalities.
 */
final class ResultIndex {
    private static final int[] NONE = new int[0];

    private static final int BITMAP_DENSITY = 32;

    private final TrialResult[] results;
    private final Map<String, int[]> postings;
    private final Map<String, long[]> bitmaps;

    ResultIndex(List<TrialResult> results, Vocabulary vocabulary) {
        this.results = results.toArray(new TrialResult[0]);
        Map<String, IntList> building = new HashMap<>();
        for (int i = 0; i < this.results.length; i++) {
            for (String key : keys(this.results[i], vocabulary)) {
                building.computeIfAbsent(key, k -> new IntList()).add(i);
            }
        }
        Map<String, int[]> done = new HashMap<>(building.size() * 2);
        Map<String, long[]> dense = new HashMap<>();
        building.forEach((k, v) -> {
            int[] positions = v.toArray();
            done.put(k, positions);
            if ((long) positions.length * BITMAP_DENSITY >= this.results.length) {
                long[] bits = new long[(this.results.length + 63) >>> 6];
                for (int p : positions) {
                    bits[p >>> 6] |= 1L << p;
                }
                dense.put(k, bits);
            }
        });
        this.postings = done;
        this.bitmaps = dense;
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
        List<int[]> lists = new ArrayList<>(keys.size());
        for (String key : keys) {
            int[] list = postings.getOrDefault(key, NONE);
            if (list.length == 0) {
                return List.of();
            }
            lists.add(list);
        }
        List<Integer> order = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> lists.get(i).length));
        if (order.size() > 1 && bitmaps.containsKey(keys.get(order.get(0)))) {
            // every facet is common: AND their bitmaps word by word
            List<long[]> all = new ArrayList<>(order.size());
            keys.forEach(k -> all.add(bitmaps.get(k)));
            return new View(results, and(all));
        }
        int[] hits = lists.get(order.get(0));
        for (int k = 1; k < order.size() && hits.length > 0; k++) {
            int i = order.get(k);
            long[] bits = bitmaps.get(keys.get(i));
            hits = bits == null ? intersect(hits, lists.get(i)) : retain(hits, bits);
        }
        return new View(results, hits);
    }

    /** The positions whose bit is set in every bitmap. */
    private static int[] and(List<long[]> bitmaps) {
        long[] words = bitmaps.get(0).clone();
        for (int b = 1; b < bitmaps.size(); b++) {
            long[] other = bitmaps.get(b);
            for (int w = 0; w < words.length; w++) {
                words[w] &= other[w];
            }
        }
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        int[] out = new int[count];
        int n = 0;
        for (int w = 0; w < words.length; w++) {
            for (long word = words[w]; word != 0; word &= word - 1) {
                out[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return out;
    }

    /** The positions whose bit is set. */
    private static int[] retain(int[] positions, long[] bits) {
        int[] out = new int[positions.length];
        int n = 0;
        for (int p : positions) {
            if ((bits[p >>> 6] & (1L << p)) != 0) {
                out[n++] = p;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
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
        return keys;
    }

    /** The positions of results filed under {@code key}, ascending. */
    int[] postings(String key) {
        return postings.getOrDefault(key, NONE);
    }

    TrialResult result(int position) {
        return results[position];
    }

    /** The common elements of two ascending arrays: galloping through the longer one. */
    static int[] intersect(int[] small, int[] large) {
        int[] out = new int[Math.min(small.length, large.length)];
        int n = 0;
        int from = 0;
        for (int x : small) {
            int bound = 1;
            while (from + bound < large.length && large[from + bound] < x) {
                bound <<= 1;
            }
            int found = Arrays.binarySearch(large, from, Math.min(from + bound + 1, large.length), x);
            if (found >= 0) {
                out[n++] = x;
                from = found + 1;
            } else {
                from = -found - 1;
            }
            if (from >= large.length) {
                break;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
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

    /** A growable array of ints. */
    static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
