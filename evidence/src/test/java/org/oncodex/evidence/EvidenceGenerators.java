package org.oncodex.evidence;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.CodeSystem;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.Regimen;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.quicktheories.core.Gen;

/**
 * Generators of valid knowledge bases and of text to tag: the one place the evidence tests get them.
 * A base is grown from a seed, so QuickTheories shrinks toward smaller seeds and sizes.
 */
final class EvidenceGenerators {
    /** Characters that JSON must escape or that are outside Latin-1, to stress the writer. */
    private static final List<String> ODD =
            List.of("\"", "\\", "/", "\t", "\u00e9", "\u4e2d", "\ud83d\ude00", "<", ">", "&", "'");

    private EvidenceGenerators() {}

    /** Valid knowledge bases of up to {@code size} records per section. */
    static Gen<EvidenceBase> bases(int size) {
        return longs().all().zip(integers().between(0, size), (seed, n) -> base(new Random(seed), n));
    }

    static EvidenceBase base(Random random, int size) {
        EvidenceBase.Builder b = EvidenceBase.builder();
        List<Citation> citations = new ArrayList<>();
        int citationCount = 1 + random.nextInt(3);
        for (int i = 0; i < citationCount; i++) {
            Citation.Builder c = Citation.builder()
                    .title("Source " + i + " " + text(random))
                    .sourceType(org.oncodex.model.evidence.SourceType.REGULATORY_DOCUMENT);
            if (random.nextBoolean()) {
                c.doi("10.1000/x" + i + "." + random.nextInt(1000));
            }
            if (random.nextBoolean()) {
                c.date(LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            }
            if (random.nextBoolean()) {
                c.addAuthors("Author " + i + "A", "Author " + i + "B");
            }
            Citation citation = c.build();
            citations.add(citation);
            b.citation("source-" + i, citation);
        }
        List<CancerType> cancerTypes = new ArrayList<>();
        for (int i = 0; i <= size; i++) {
            CancerType.Builder c = CancerType.builder().id("cancer-" + i).name("cancer type " + i + " " + word(random));
            if (i > 0 && random.nextBoolean()) {
                c.parentId(cancerTypes.get(random.nextInt(i)).id());
            }
            if (random.nextBoolean()) {
                c.addAbbreviations("CT" + i);
            }
            if (random.nextInt(4) == 0) {
                c.putCode(CodeSystem.NCI_THESAURUS, "C" + (1000 + i));
            }
            CancerType type = c.build();
            cancerTypes.add(type);
            b.concept(type, pick(random, citations));
        }
        List<Concept> treatments = new ArrayList<>();
        List<Drug> drugs = new ArrayList<>();
        for (int i = 0; i <= size; i++) {
            Drug.Builder d = Drug.builder().id("drug-" + i).name("drug" + i + word(random));
            if (random.nextBoolean()) {
                d.addBrandNames("Brand" + i + word(random));
            }
            if (random.nextBoolean()) {
                d.drugClass("class " + random.nextInt(3));
            }
            if (random.nextBoolean()) {
                d.addTargets("T" + random.nextInt(3) + text(random));
            }
            Drug drug = d.build();
            drugs.add(drug);
            treatments.add(drug);
            b.concept(drug, pick(random, citations));
            if (random.nextBoolean()) {
                b.drugModality(drug, pick(random, List.of(TherapyModality.values())));
            }
        }
        List<Therapy> therapies = new ArrayList<>();
        for (int i = 0; i <= size; i++) {
            Therapy.Builder t = Therapy.builder()
                    .id("therapy-" + i)
                    .name("therapy " + i + " " + word(random))
                    .modality(pick(random, List.of(TherapyModality.values())));
            if (i > 0 && random.nextBoolean()) {
                t.parentId(therapies.get(random.nextInt(i)).id());
            }
            if (random.nextBoolean()) {
                t.addSynonyms("treatment " + i + " " + text(random));
            }
            Therapy therapy = t.build();
            therapies.add(therapy);
            treatments.add(therapy);
            b.concept(therapy, pick(random, citations));
        }
        if (drugs.size() >= 2 && random.nextBoolean()) {
            Regimen regimen = Regimen.of(
                    "regimen-0",
                    "regimen zero",
                    drugs.get(0).id(),
                    therapies.get(0).id());
            treatments.add(regimen);
            b.concept(regimen, pick(random, citations));
        }
        Biomarker biomarker = Biomarker.of("marker-0", "marker zero " + word(random));
        b.concept(biomarker, pick(random, citations));
        int results = random.nextInt(size * 3 + 1);
        for (int i = 0; i < results; i++) {
            b.result(result(random, i, cancerTypes, treatments, biomarker, citations));
        }
        for (int i = 0; i < size; i++) {
            List<DiseaseSetting> settings = new ArrayList<>(List.of(DiseaseSetting.values()));
            settings.subList(random.nextInt(settings.size() + 1), settings.size())
                    .clear();
            TreatmentOption.Builder o = TreatmentOption.builder()
                    .id("option-" + i)
                    .cancerType(pick(random, cancerTypes))
                    .settings(settings)
                    .label("option " + text(random))
                    .addTreatments(pick(random, treatments))
                    .addModalities(pick(random, List.of(TherapyModality.values())))
                    .availability(pick(random, List.of(TreatmentOption.Availability.values())))
                    .citation(pick(random, citations));
            if (random.nextBoolean()) {
                o.condition("condition " + text(random));
            }
            b.treatmentOption(o.build());
        }
        for (int i = 0; i < size; i++) {
            Approval.Builder a = Approval.builder()
                    .id("approval-" + i)
                    .agency(random.nextBoolean() ? "FDA" : "EMA")
                    .treatment(treatments.get(i % treatments.size()))
                    .cancerType(cancerTypes.get(i % cancerTypes.size()))
                    .indication("indication " + text(random))
                    .verdict(
                            random.nextBoolean()
                                    ? ApprovalStatus.Verdict.APPROVED
                                    : ApprovalStatus.Verdict.NOT_APPROVED)
                    .citation(pick(random, citations));
            if (random.nextBoolean()) {
                a.date(LocalDate.of(2010 + random.nextInt(15), 6, 1));
            }
            b.approval(a.build());
        }
        return b.build();
    }

    private static TrialResult result(
            Random random,
            int i,
            List<CancerType> cancerTypes,
            List<Concept> treatments,
            Biomarker biomarker,
            List<Citation> citations) {
        Population.Builder population = Population.builder().cancerType(pick(random, cancerTypes));
        if (random.nextBoolean()) {
            population.subgroup(pick(random, List.of("liver metastases", "no liver metastases", "older adults")));
        }
        if (random.nextInt(4) == 0) {
            population.biomarker(biomarker);
        }
        if (random.nextBoolean()) {
            population.description("population " + text(random));
        }
        Comparison.Builder comparison = Comparison.builder()
                .intervention("arm " + text(random))
                .addInterventionIds(pick(random, treatments).id());
        boolean twoArms = random.nextBoolean();
        if (twoArms) {
            comparison.comparator("control " + word(random));
        }
        TrialResult.Builder r = TrialResult.builder()
                .id("result-" + i)
                .study(Study.of("Study " + random.nextInt(50), pick(random, List.of(StudyDesign.values()))))
                .population(population.build())
                .citation(pick(random, citations));
        double value = 0.2 + random.nextInt(300) / 100.0;
        ConfidenceInterval ci = ConfidenceInterval.of(value * 0.7, value * 1.3);
        switch (random.nextInt(5)) {
            case 0 -> {
                r.endpoint(Endpoint.OS)
                        .estimate(random.nextBoolean() ? HazardRatio.of(value, ci) : HazardRatio.of(value));
                if (random.nextBoolean()) {
                    r.pValue(ci.excludes(1) ? PValue.lessThan(0.05) : PValue.of(0.5));
                }
            }
            case 1 -> r.endpoint(Endpoint.ORR).estimate(OddsRatio.of(value, ci));
            case 2 -> {
                r.endpoint(Endpoint.PFS).estimate(MedianTime.of(value * 10, Unit.MONTHS));
                if (twoArms && random.nextBoolean()) {
                    r.comparatorEstimate(MedianTime.of(value * 5, Unit.MONTHS));
                }
            }
            case 3 -> {
                int total = 1 + random.nextInt(100);
                int count = random.nextInt(total + 1);
                EffectEstimate p = random.nextBoolean()
                        ? Proportion.ofCount(count, total)
                        : Proportion.of(Math.round(1000.0 * count / total) / 10.0, count, total);
                r.endpoint(Endpoint.OS)
                        .timePoint(TimePoint.of(1 + random.nextInt(10), Unit.YEARS))
                        .estimate(p);
            }
            default ->
                r.endpoint(Endpoint.LOCAL_CONTROL).estimate(ValueRange.between(10, 10 + value * 20, Unit.PERCENT));
        }
        if (random.nextBoolean()) {
            r.note("note " + text(random));
        }
        return r.comparison(comparison.build()).build();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 3 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** A short text with characters that JSON escapes or that are outside ASCII. */
    private static String text(Random random) {
        return word(random) + pick(random, ODD) + word(random);
    }

    /** Text to tag: names of the vocabulary mixed with arbitrary characters and separators. */
    static Gen<String> textAbout(Vocabulary vocabulary) {
        return longs().all().zip(integers().between(0, 12), (seed, n) -> textAbout(vocabulary, new Random(seed), n));
    }

    /** {@code n} names of the vocabulary, some upper-cased, mixed with arbitrary characters and separators. */
    static String textAbout(Vocabulary vocabulary, Random random, int n) {
        List<String> names =
                vocabulary.concepts().stream().flatMap(c -> c.names().stream()).toList();
        List<String> glue =
                List.of(" ", "-", "/", " + ", ". ", ", ", "\n", "", "s", "(", "\ud83d\ude00", "\ud800", "ALL ");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int choice = random.nextInt(4);
            if (choice == 0) {
                s.append(pick(random, names).toUpperCase(java.util.Locale.ROOT));
            } else if (choice == 1) {
                s.append((char) random.nextInt(0x3000));
            } else {
                s.append(pick(random, names));
            }
            s.append(pick(random, glue));
        }
        return s.toString();
    }
}
