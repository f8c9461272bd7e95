package org.oncodex.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.Vocabulary;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Unit;

/**
 * A synthetic knowledge base of any size, for benchmarks only: made-up concepts and numbers that
 * no patient should ever see. Results share pools of populations, comparisons and estimates, as
 * real bases share studies, so that a million of them fit in a benchmark's heap.
 *
 * <p>Every {@value #RESULTS_PER_SOURCE} consecutive results cite one source of their own (a DOI
 * {@code 10.99999/synthetic.<n>}), as a paper reports a handful of results: what an answer citing
 * a source may be grounded in stays the same size however large the base. Sources draw nothing
 * from the random stream, so the facets of the first {@code n} results are the same in every base
 * of the same seed with at least {@code n} results.
 */
final class SyntheticBases {
    static final int PARENT_CANCER_TYPES = 20;
    static final int CANCER_TYPES = 200;
    static final int DRUGS = 500;
    static final int THERAPIES = 100;
    static final int RESULTS_PER_SOURCE = 8;
    static final List<String> SUBGROUPS = List.of("liver metastases", "no liver metastases", "older adults", "women");
    static final List<Endpoint> ENDPOINTS = List.of(Endpoint.OS, Endpoint.PFS, Endpoint.DFS, Endpoint.TTP);
    static final List<StudyDesign> DESIGNS = List.of(
            StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
            StudyDesign.META_ANALYSIS,
            StudyDesign.REAL_WORLD_COHORT,
            StudyDesign.SINGLE_ARM_TRIAL);

    private SyntheticBases() {}

    static EvidenceBase of(int results, long seed) {
        Random random = new Random(seed);
        Citation source =
                Citation.builder().title("Synthetic source for benchmarks").build();
        EvidenceBase.Builder b = EvidenceBase.builder().citation("synthetic", source);
        List<CancerType> cancerTypes = new ArrayList<>();
        for (int i = 0; i < CANCER_TYPES; i++) {
            CancerType.Builder c = CancerType.builder().id("cancer-" + i).name("synthetic cancer " + i);
            if (i >= PARENT_CANCER_TYPES) {
                c.parentId("cancer-" + (i % PARENT_CANCER_TYPES));
            }
            CancerType type = c.build();
            cancerTypes.add(type);
            b.concept(type, source);
        }
        List<Drug> drugs = new ArrayList<>();
        for (int i = 0; i < DRUGS; i++) {
            Drug drug = Drug.builder()
                    .id("drug-" + i)
                    .name("syntheticumab " + i)
                    .addBrandNames("Brand" + i)
                    .drugClass("class " + (i % 25))
                    .addTargets("target " + (i % 40))
                    .build();
            drugs.add(drug);
            b.concept(drug, source).drugModality(drug, TherapyModality.values()[i % TherapyModality.values().length]);
        }
        for (int i = 0; i < THERAPIES; i++) {
            Therapy.Builder t = Therapy.builder()
                    .id("therapy-" + i)
                    .name("synthetic therapy " + i)
                    .modality(TherapyModality.values()[i % TherapyModality.values().length]);
            if (i >= 10) {
                t.parentId("therapy-" + (i % 10));
            }
            b.concept(t.build(), source);
        }
        List<Population> populations = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            populations.add(Population.builder()
                    .cancerType(cancerTypes.get(random.nextInt(CANCER_TYPES)))
                    .subgroup(SUBGROUPS.get(random.nextInt(SUBGROUPS.size())))
                    .build());
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String intervention = random.nextInt(5) == 0
                    ? "therapy-" + random.nextInt(THERAPIES)
                    : drugs.get(random.nextInt(DRUGS)).id();
            comparisons.add(Comparison.builder()
                    .intervention(intervention)
                    .comparator("control")
                    .addInterventionIds(intervention)
                    .build());
        }
        List<Study> studies = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            studies.add(Study.of("SYNTHETIC-" + i, DESIGNS.get(random.nextInt(DESIGNS.size()))));
        }
        List<EffectEstimate> estimates = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            double hr = 0.4 + random.nextInt(120) / 100.0;
            estimates.add(
                    i % 4 == 0
                            ? MedianTime.of(1 + random.nextInt(400) / 10.0, Unit.MONTHS)
                            : HazardRatio.of(hr, hr * 0.75, hr * 1.3));
        }
        Citation cited = source;
        for (int i = 0; i < results; i++) {
            if (i % RESULTS_PER_SOURCE == 0) {
                cited = source(i / RESULTS_PER_SOURCE);
                b.citation("synthetic-" + i / RESULTS_PER_SOURCE, cited);
            }
            b.result(TrialResult.builder()
                    .id("result-" + i)
                    .study(studies.get(random.nextInt(studies.size())))
                    .population(populations.get(random.nextInt(populations.size())))
                    .comparison(comparisons.get(random.nextInt(comparisons.size())))
                    .endpoint(ENDPOINTS.get(random.nextInt(ENDPOINTS.size())))
                    .estimate(estimates.get(random.nextInt(estimates.size())))
                    .citation(cited)
                    .build());
        }
        return b.build();
    }

    /**
     * The bundled vocabulary with generated drugs added until it holds {@code names} names: each drug
     * a made-up generic name ("tovarelinib") and brand ("Kelvora"), so that text about real concepts is
     * tagged against a dictionary the size of a terminology.
     */
    static Vocabulary bundledPlus(int names, long seed) {
        Random random = new Random(seed);
        Citation source =
                Citation.builder().title("Synthetic source for benchmarks").build();
        EvidenceBase.Builder b = EvidenceBase.builder().citation("synthetic", source);
        int count = 0;
        for (Concept c : EvidenceBase.bundled().vocabulary().concepts()) {
            b.concept(c, source);
            count += c.names().size();
        }
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; count < names; i++) {
            String generic = word(random, words) + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
            String brand = word(random, words);
            b.concept(
                    Drug.builder()
                            .id("made-up-" + i)
                            .name(generic)
                            .addBrandNames(Character.toUpperCase(brand.charAt(0)) + brand.substring(1))
                            .build(),
                    source);
            count += 2;
        }
        return b.build().vocabulary();
    }

    private static final List<String> SUFFIXES = List.of("mab", "nib", "tinib", "lisib", "ciclib", "parib", "zumab");
    private static final String CONSONANTS = "bcdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    /** A pronounceable made-up word of three or four syllables that {@code used} does not hold yet. */
    private static String word(Random random, Set<String> used) {
        while (true) {
            StringBuilder w = new StringBuilder();
            int syllables = 3 + random.nextInt(2);
            for (int k = 0; k < syllables; k++) {
                w.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
                w.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            }
            if (used.add(w.toString())) {
                return w.toString();
            }
        }
    }

    /** The source that results {@code n * RESULTS_PER_SOURCE} to {@code (n + 1) * RESULTS_PER_SOURCE - 1} cite. */
    static Citation source(int n) {
        return Citation.builder()
                .doi("10.99999/synthetic." + n)
                .title("Synthetic trial report " + n)
                .build();
    }
}
