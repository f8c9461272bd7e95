package org.oncodex.evidence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.Regimen;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.Therapy;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.Sidedness;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/*
 * An inverted index over trial results: for every facet value, a compressed bitmap (RoaringBitmap, as
 * Lucene, Druid and Spark use) of the positions of the results that have it. A query intersects the
 * bitmaps of the facets it sets, smallest first; Roaring intersects container by container (sorted
 * arrays for sparse values, bitmaps for dense ones, runs for clustered ones), so the cost follows the
 * smaller operand, not the size of the base. The returned list reads the results through the
 * bitmap of hits without copying it: iterating walks the bitmap, and the first access by index turns it
 * into an array of positions once.
 *
 * Hierarchies are folded in when indexing rather than when querying: a result about hepatocellular
 * carcinoma is filed under "liver cancer" too, and a result of atezolizumab plus bevacizumab under
 * the regimen, both drugs, their classes, targets and modalities.
 *
 * Facets with few values (endpoint, study design, subgroup) narrow a query least: a quarter of a base
 * may share one endpoint. So a cancer type or treatment is also filed together with them, as a
 * database keeps composite indexes for the queries it serves most: "hepatocellular carcinoma and
 * overall survival", or a cancer type, subgroup and endpoint ("overall survival in lung cancer with
 * liver metastases"), is one bitmap, and a query that names them reads it instead of intersecting a
 * narrow list with a quarter of the base.
 */
final class ResultIndex {
    private static final int[] NONE = new int[0];

    /** What a posting list is keyed by. */
    enum Facet {
        CANCER_TYPE,
        BIOMARKER,
        SUBGROUP,
        TREATMENT,
        MODALITY,
        DRUG_CLASS,
        TARGET,
        ENDPOINT,
        DESIGN,
        ESTIMATE_KIND,
        SIGNIFICANT,
        GRADE_AT_LEAST,
        CANCER_TYPE_AND_ENDPOINT,
        CANCER_TYPE_AND_DESIGN,
        CANCER_TYPE_AND_SUBGROUP,
        CANCER_TYPE_SUBGROUP_AND_ENDPOINT,
        TREATMENT_AND_ENDPOINT,
    }

    /** A posting list's key: a facet and its value (for a composite facet, both values). */
    record Key(Facet facet, Object value) {}

    private final TrialResult[] results;
    private final Map<Key, RoaringBitmap> postings;

    ResultIndex(List<TrialResult> results, Vocabulary vocabulary) {
        this.results = results.toArray(new TrialResult[0]);
        Map<Key, RoaringBitmapWriter<RoaringBitmap>> building = new HashMap<>();
        for (int i = 0; i < this.results.length; i++) {
            for (Key key : keys(this.results[i], vocabulary)) {
                building.computeIfAbsent(key, k -> RoaringBitmapWriter.writer().get())
                        .add(i);
            }
        }
        Map<Key, RoaringBitmap> done = new HashMap<>(building.size() * 2);
        building.forEach((k, v) -> {
            RoaringBitmap positions = v.get();
            positions.runOptimize();
            done.put(k, positions);
        });
        this.postings = done;
    }

    static Set<Key> keys(TrialResult r, Vocabulary vocabulary) {
        Set<Key> keys = new LinkedHashSet<>();
        Set<String> cancerTypes = new LinkedHashSet<>();
        for (String id : r.population().cancerTypeIds()) {
            cancerTypes.add(id);
            cancerTypes.addAll(vocabulary.ancestorIds(id));
        }
        Endpoint endpoint = r.endpoint();
        StudyDesign design = r.study().design();
        @Nullable
        String subgroup =
                r.population().subgroup().map(ResultIndex::subgroupKey).orElse(null);
        for (String id : cancerTypes) {
            keys.add(new Key(Facet.CANCER_TYPE, id));
            keys.add(new Key(Facet.CANCER_TYPE_AND_ENDPOINT, List.of(id, endpoint)));
            keys.add(new Key(Facet.CANCER_TYPE_AND_DESIGN, List.of(id, design)));
            if (subgroup != null) {
                keys.add(new Key(Facet.CANCER_TYPE_AND_SUBGROUP, List.of(id, subgroup)));
                keys.add(new Key(Facet.CANCER_TYPE_SUBGROUP_AND_ENDPOINT, List.of(id, subgroup, endpoint)));
            }
        }
        r.population().biomarkerIds().forEach(id -> keys.add(new Key(Facet.BIOMARKER, id)));
        if (subgroup != null) {
            keys.add(new Key(Facet.SUBGROUP, subgroup));
        }
        for (Concept treatment : treatments(r.comparison().interventionIds(), vocabulary)) {
            keys.add(new Key(Facet.TREATMENT, treatment.id()));
            keys.add(new Key(Facet.TREATMENT_AND_ENDPOINT, List.of(treatment.id(), endpoint)));
            vocabulary.modality(treatment).ifPresent(m -> keys.add(new Key(Facet.MODALITY, m)));
            if (treatment instanceof Drug d) {
                d.drugClass().ifPresent(c -> keys.add(new Key(Facet.DRUG_CLASS, normalize(c))));
                d.targets().forEach(t -> keys.add(new Key(Facet.TARGET, normalize(t))));
            }
        }
        keys.add(new Key(Facet.ENDPOINT, endpoint));
        keys.add(new Key(Facet.DESIGN, design));
        keys.add(new Key(Facet.ESTIMATE_KIND, r.estimate().kind()));
        significance(r).ifPresent(s -> keys.add(new Key(Facet.SIGNIFICANT, s)));
        if (r.certainty().orElse(null) instanceof GradeCertainty g) {
            // filed under every rating it is at least, so that a minimum is one posting list
            for (GradeRating floor : GradeRating.values()) {
                if (floor.compareTo(g.rating()) >= 0) {
                    keys.add(new Key(Facet.GRADE_AT_LEAST, floor));
                }
            }
        }
        return keys;
    }

    /** The key a subgroup is filed under: its canonical name, lower-cased, single spaces. */
    static String subgroupKey(String subgroup) {
        return normalize(Subgroups.normalize(subgroup));
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

    /** Lower case, words separated by one space, no space at either end. */
    static String normalize(String text) {
        return CharMatcher.whitespace().trimAndCollapseFrom(text.toLowerCase(Locale.ROOT), ' ');
    }

    /** The results that have every facet of the query, in base order. */
    List<TrialResult> query(EvidenceQuery q) {
        List<Key> keys = keys(q);
        if (keys.isEmpty()) {
            return new AllResults(results);
        }
        List<RoaringBitmap> lists = new ArrayList<>(keys.size());
        for (Key key : keys) {
            RoaringBitmap list = postings.get(key);
            if (list == null) {
                return List.of();
            }
            lists.add(list);
        }
        RoaringBitmap hits = intersect(lists);
        return hits.isEmpty() ? List.of() : new Hits(results, hits);
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

    /**
     * The posting lists a query reads: a cancer type or treatment with the endpoint or design the
     * query also sets as one composite list, every other facet on its own.
     */
    private static List<Key> keys(EvidenceQuery q) {
        List<Key> keys = new ArrayList<>(4);
        @Nullable Endpoint endpoint = q.endpoint().orElse(null);
        @Nullable StudyDesign design = q.design().orElse(null);
        @Nullable String subgroup = q.subgroup().map(ResultIndex::subgroupKey).orElse(null);
        boolean endpointCovered = false;
        boolean designCovered = false;
        boolean subgroupCovered = false;
        @Nullable String cancerType = q.cancerType().map(CancerType::id).orElse(null);
        if (cancerType != null) {
            if (subgroup != null) {
                keys.add(
                        endpoint == null
                                ? new Key(Facet.CANCER_TYPE_AND_SUBGROUP, List.of(cancerType, subgroup))
                                : new Key(
                                        Facet.CANCER_TYPE_SUBGROUP_AND_ENDPOINT,
                                        List.of(cancerType, subgroup, endpoint)));
                subgroupCovered = true;
                endpointCovered = endpoint != null;
            } else if (endpoint != null) {
                keys.add(new Key(Facet.CANCER_TYPE_AND_ENDPOINT, List.of(cancerType, endpoint)));
                endpointCovered = true;
            }
            if (design != null) {
                keys.add(new Key(Facet.CANCER_TYPE_AND_DESIGN, List.of(cancerType, design)));
                designCovered = true;
            }
            if (keys.isEmpty()) {
                keys.add(new Key(Facet.CANCER_TYPE, cancerType));
            }
        }
        List<String> treatments = new ArrayList<>(1);
        q.therapy().map(Therapy::id).ifPresent(treatments::add);
        q.drug().map(Drug::id).ifPresent(treatments::add);
        q.regimen().map(Regimen::id).ifPresent(treatments::add);
        for (String treatment : treatments) {
            if (endpoint != null && !endpointCovered) {
                keys.add(new Key(Facet.TREATMENT_AND_ENDPOINT, List.of(treatment, endpoint)));
                endpointCovered = true;
            } else {
                keys.add(new Key(Facet.TREATMENT, treatment));
            }
        }
        q.drugClass().ifPresent(c -> keys.add(new Key(Facet.DRUG_CLASS, normalize(c))));
        q.target().ifPresent(t -> keys.add(new Key(Facet.TARGET, normalize(t))));
        q.modality().ifPresent(m -> keys.add(new Key(Facet.MODALITY, m)));
        q.biomarker().ifPresent(b -> keys.add(new Key(Facet.BIOMARKER, b.id())));
        if (endpoint != null && !endpointCovered) {
            keys.add(new Key(Facet.ENDPOINT, endpoint));
        }
        if (subgroup != null && !subgroupCovered) {
            keys.add(new Key(Facet.SUBGROUP, subgroup));
        }
        if (design != null && !designCovered) {
            keys.add(new Key(Facet.DESIGN, design));
        }
        q.estimateKind().ifPresent(k -> keys.add(new Key(Facet.ESTIMATE_KIND, k)));
        q.significant().ifPresent(s -> keys.add(new Key(Facet.SIGNIFICANT, s)));
        q.minimumCertainty().ifPresent(m -> keys.add(new Key(Facet.GRADE_AT_LEAST, m)));
        return keys;
    }

    /** The positions of results filed under a facet's value, ascending. */
    int[] postings(Facet facet, Object value) {
        RoaringBitmap positions = postings.get(new Key(facet, value));
        return positions == null ? NONE : positions.toArray();
    }

    TrialResult result(int position) {
        return results[position];
    }

    /** Every result of the base, as an unmodifiable list. */
    private static final class AllResults extends AbstractList<TrialResult> implements RandomAccess {
        private final TrialResult[] results;

        AllResults(TrialResult[] results) {
            this.results = results;
        }

        @Override
        public TrialResult get(int index) {
            return results[index];
        }

        @Override
        public int size() {
            return results.length;
        }
    }

    /**
     * An unmodifiable list of the results at the positions of a bitmap that nothing modifies: iterating
     * walks the bitmap; the first access by index turns it into an array of positions, once.
     */
    private static final class Hits extends AbstractList<TrialResult> implements RandomAccess {
        private final TrialResult[] results;
        private final RoaringBitmap positions;
        private final int size;
        private volatile int @Nullable [] byIndex;

        Hits(TrialResult[] results, RoaringBitmap positions) {
            this.results = results;
            this.positions = positions;
            this.size = positions.getCardinality();
        }

        @Override
        public TrialResult get(int index) {
            int[] p = byIndex;
            if (p == null) {
                p = positions.toArray();
                byIndex = p;
            }
            if (index < 0 || index >= p.length) {
                throw new IndexOutOfBoundsException("index " + index + " of " + p.length);
            }
            return results[p[index]];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<TrialResult> iterator() {
            PeekableIntIterator at = positions.getIntIterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return at.hasNext();
                }

                @Override
                public TrialResult next() {
                    if (!at.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return results[at.next()];
                }
            };
        }

        @Override
        public void forEach(Consumer<? super TrialResult> action) {
            positions.forEach((int position) -> action.accept(results[position]));
        }
    }
}
