package org.oncodex.model;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeConcern;
import org.oncodex.model.certainty.GradeDomain;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.certainty.GradeStart;
import org.oncodex.model.certainty.GradeUpgrade;
import org.oncodex.model.certainty.OncoKbLevel;
import org.oncodex.model.certainty.PdqDesign;
import org.oncodex.model.certainty.PdqEndpoint;
import org.oncodex.model.certainty.PdqLevel;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Phase;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RateRatio;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.RiskRatio;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.StudyEffect;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid content-model values: the one place tests get them from. */
public final class Generators {
    private static final List<Unit> TIME_UNITS = List.of(Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS);
    private static final List<Double> LEVELS = List.of(0.8, 0.9, 0.95, 0.99);
    private static final List<EffectEstimate.Kind> RATIO_KINDS = List.of(
            EffectEstimate.Kind.HAZARD_RATIO,
            EffectEstimate.Kind.ODDS_RATIO,
            EffectEstimate.Kind.RISK_RATIO,
            EffectEstimate.Kind.RATE_RATIO);
    private static final List<String> QUANTITY_UNITS = List.of("million", "mg/L", "per 100 000 person-years", "%");

    private Generators() {}

    /** Confidence levels, the usual ones and arbitrary ones in (0.5, 0.999). */
    public static Gen<Double> levels() {
        return Generate.pick(LEVELS).mix(doubles().between(0.5, 0.999));
    }

    /** 95%-or-other intervals anywhere on the line. */
    public static Gen<ConfidenceInterval> intervals() {
        return doubles()
                .between(-1000, 1000)
                .zip(
                        doubles().between(1e-3, 500),
                        levels(),
                        (lower, width, level) -> ConfidenceInterval.of(lower, lower + width, level));
    }

    /**
     * Intervals of every sidedness and kind, two-sided confidence intervals half of the time; a
     * one-sided interval's level is above 0.5.
     */
    public static Gen<ConfidenceInterval> anyIntervals() {
        return intervals().zip(shapes(), (ci, shape) -> shape.apply(ci));
    }

    /** A sidedness and a kind to give an interval. */
    record IntervalShape(Sidedness sidedness, IntervalKind kind) {
        ConfidenceInterval apply(ConfidenceInterval ci) {
            return ConfidenceInterval.builder()
                    .from(ci)
                    .sidedness(ci.level() >= 0.8 ? sidedness : Sidedness.TWO_SIDED)
                    .kind(kind)
                    .build();
        }
    }

    /** Shapes of intervals: two-sided confidence intervals half of the time, any other shape otherwise. */
    static Gen<IntervalShape> shapes() {
        Gen<IntervalShape> any =
                Generate.enumValues(Sidedness.class).zip(Generate.enumValues(IntervalKind.class), IntervalShape::new);
        return Generate.constant(new IntervalShape(Sidedness.TWO_SIDED, IntervalKind.CONFIDENCE))
                .mix(any);
    }

    /** Positive intervals around {@code value}, as ratios have. */
    static Gen<ConfidenceInterval> ratioIntervals(double value) {
        return doubles()
                .between(0.01, 2)
                .zip(
                        doubles().between(0.01, 2),
                        levels(),
                        (below, above, level) ->
                                ConfidenceInterval.of(value * Math.exp(-below), value * Math.exp(above), level));
    }

    /** Ratio values between 0.05 and 20. */
    public static Gen<Double> ratioValues() {
        return doubles().between(Math.log(0.05), Math.log(20)).map(Math::exp);
    }

    /** Hazard ratios, with an interval most of the time. */
    public static Gen<HazardRatio> hazardRatios() {
        return ratioValues()
                .flatMap(v -> ratioIntervals(v)
                        .toOptionals(20)
                        .map(ci -> ci.map(c -> HazardRatio.of(v, c)).orElseGet(() -> HazardRatio.of(v))));
    }

    /** Hazard ratios that have an interval. */
    public static Gen<HazardRatio> hazardRatiosWithInterval() {
        return ratioValues().flatMap(v -> ratioIntervals(v).map(ci -> HazardRatio.of(v, ci)));
    }

    /** Odds ratios, with an interval most of the time. */
    public static Gen<OddsRatio> oddsRatios() {
        return ratioValues()
                .flatMap(v -> ratioIntervals(v)
                        .toOptionals(20)
                        .map(ci -> ci.map(c -> OddsRatio.of(v, c)).orElseGet(() -> OddsRatio.of(v))));
    }

    /** Risk ratios, with an interval most of the time. */
    public static Gen<RiskRatio> riskRatios() {
        return ratioValues()
                .flatMap(v -> ratioIntervals(v)
                        .toOptionals(20)
                        .map(ci -> ci.map(c -> RiskRatio.of(v, c)).orElseGet(() -> RiskRatio.of(v))));
    }

    /** Rate ratios, with an interval most of the time. */
    public static Gen<RateRatio> rateRatios() {
        return ratioValues()
                .flatMap(v -> ratioIntervals(v)
                        .toOptionals(20)
                        .map(ci -> ci.map(c -> RateRatio.of(v, c)).orElseGet(() -> RateRatio.of(v))));
    }

    /** Ratios of hazard, odds, risk or rate ratios, with an interval of any sidedness and kind most of the time. */
    public static Gen<RatioOfRatios> ratiosOfRatios() {
        return ratioValues()
                .flatMap(v -> ratioIntervals(v)
                        .zip(shapes(), (ci, shape) -> shape.apply(ci))
                        .toOptionals(20)
                        .zip(
                                Generate.pick(RATIO_KINDS),
                                (ci, kind) -> ci.map(c -> RatioOfRatios.of(kind, v, c))
                                        .orElseGet(() -> RatioOfRatios.of(kind, v))));
    }

    /** Differences of either sign in every unit, with an interval of any sidedness and kind most of the time. */
    public static Gen<MeanDifference> meanDifferences() {
        Gen<Double> values = doubles().between(-50, 50);
        return values.flatMap(v -> linearIntervals(v)
                .toOptionals(20)
                .zip(
                        Generate.enumValues(Unit.class),
                        (ci, unit) -> ci.map(c -> MeanDifference.of(v, unit, c))
                                .orElseGet(() -> MeanDifference.of(v, unit))));
    }

    /** Quantities of either sign, with or without a unit and an interval of any sidedness and kind. */
    public static Gen<Quantity> quantities() {
        Gen<Double> values = doubles().between(-1e6, 1e6);
        return values.flatMap(v -> linearIntervals(v)
                .toOptionals(40)
                .zip(Generate.pick(QUANTITY_UNITS).toOptionals(30), (ci, unit) -> {
                    String u = unit.orElse("");
                    return ci.map(c -> Quantity.of(v, u, c)).orElseGet(() -> Quantity.of(v, u));
                }));
    }

    /** Intervals around {@code value} on the linear scale, of any sidedness and kind. */
    static Gen<ConfidenceInterval> linearIntervals(double value) {
        double scale = Math.max(1, Math.abs(value));
        return doubles()
                .between(0.01, 1)
                .zip(
                        doubles().between(0.01, 1),
                        levels(),
                        (below, above, level) ->
                                ConfidenceInterval.of(value - below * scale, value + above * scale, level))
                .zip(shapes(), (ci, shape) -> shape.apply(ci));
    }

    /** Medians, reached or not, with intervals whose bounds may be not reached. */
    public static Gen<MedianTime> medians() {
        Gen<Unit> units = Generate.pick(TIME_UNITS);
        Gen<Optional<Double>> values = doubles().between(0, 120).toOptionals(15);
        Gen<Optional<double[]>> bounds = doubles()
                .between(0, 60)
                .zip(doubles().between(0.1, 60), (lo, w) -> new double[] {lo, lo + w})
                .toOptionals(30);
        Gen<Integer> shape = integers().between(0, 2);
        return values.zip(units, bounds, shape, (value, unit, ci, which) -> {
            MedianTime.Builder b = MedianTime.builder().unit(unit);
            value.ifPresent(b::value);
            ci.ifPresent(c -> {
                b.ciLevel(0.95);
                if (which != 1) {
                    b.ciLower(c[0]);
                }
                if (which != 2) {
                    b.ciUpper(c[1]);
                }
            });
            return b.build();
        });
    }

    /** Proportions as percentages, counts, or both. */
    public static Gen<Proportion> proportions() {
        Gen<Integer> totals = integers().between(1, 5000);
        return totals.flatMap(total -> integers()
                .between(0, total)
                .zip(integers().between(0, 2), (count, shape) -> {
                    double percent = Math.round(1000.0 * count / total) / 10.0;
                    Proportion.Builder b = Proportion.builder();
                    if (shape != 1) {
                        b.percent(percent);
                    }
                    if (shape != 0) {
                        b.count(count).total(total);
                    }
                    if (shape == 2 && percent > 1 && percent < 99) {
                        b.ci(ConfidenceInterval.of(percent - 1, percent + 1));
                    }
                    return b.build();
                }));
    }

    /** Ranges and one-sided bounds of percentages and times. */
    public static Gen<ValueRange> ranges() {
        Gen<double[]> bounds =
                doubles().between(0, 50).zip(doubles().between(0.1, 50), (lo, w) -> new double[] {lo, lo + w});
        Gen<Unit> units = Generate.pick(List.of(Unit.PERCENT, Unit.MONTHS, Unit.NONE));
        return bounds.zip(units, integers().between(0, 4), (b, unit, shape) -> switch (shape) {
            case 0 -> ValueRange.between(b[0], b[1], unit);
            case 1 -> ValueRange.atLeast(b[0], unit);
            case 2 -> ValueRange.greaterThan(b[0], unit);
            case 3 -> ValueRange.atMost(b[1], unit);
            default -> ValueRange.lessThan(b[1], unit);
        });
    }

    /** Every kind of estimate. */
    public static Gen<EffectEstimate> estimates() {
        return estimates(EnumSet.allOf(EffectEstimate.Kind.class));
    }

    /** Estimates of the given kinds, each kind as often as the others. */
    public static Gen<EffectEstimate> estimates(Set<EffectEstimate.Kind> kinds) {
        List<Gen<EffectEstimate>> gens =
                kinds.stream().map(Generators::estimatesOf).toList();
        return Generate.pick(gens).flatMap(g -> g);
    }

    private static Gen<EffectEstimate> estimatesOf(EffectEstimate.Kind kind) {
        Gen<? extends EffectEstimate> gen = switch (kind) {
            case HAZARD_RATIO -> hazardRatios();
            case ODDS_RATIO -> oddsRatios();
            case RISK_RATIO -> riskRatios();
            case RATE_RATIO -> rateRatios();
            case RATIO_OF_RATIOS -> ratiosOfRatios();
            case MEDIAN_TIME -> medians();
            case PROPORTION -> proportions();
            case VALUE_RANGE -> ranges();
            case MEAN_DIFFERENCE -> meanDifferences();
            case QUANTITY -> quantities();
        };
        return gen.map(EffectEstimate.class::cast);
    }

    /** Exact P values and bounds. */
    public static Gen<PValue> pValues() {
        Gen<PValue> exact = doubles().between(1e-6, 1).map(p -> PValue.of(p));
        Gen<PValue> bounds = Generate.pick(List.of(0.05, 0.01, 0.001, 0.0001)).map(PValue::lessThan);
        return exact.mix(bounds, 30).mix(Generate.constant(PValue.greaterThan(0.05)), 10);
    }

    /** Text as people write it, with accents and symbols, never blank. */
    public static Gen<String> texts() {
        return strings().betweenCodePoints(0x20, 0x7FF).ofLengthBetween(1, 24).assuming(s -> !s.isBlank());
    }

    /** Identifiers: lowercase words joined by hyphens. */
    public static Gen<String> ids() {
        Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8);
        return lists().of(word).ofSizeBetween(1, 4).map(words -> String.join("-", words));
    }

    private static Gen<List<String>> distinctTexts(int max) {
        return lists().of(texts())
                .ofSizeBetween(0, max)
                .map(l -> l.stream().distinct().toList());
    }

    /** Cancer types; names, synonyms and abbreviations never repeat one another. */
    public static Gen<CancerType> cancerTypes() {
        return ids().zip(texts(), distinctTexts(3), ids().toOptionals(50), (id, name, others, parent) -> {
            CancerType.Builder b = CancerType.builder().id(id).name(name);
            List<String> rest = others.stream().filter(s -> !s.equals(name)).toList();
            for (int i = 0; i < rest.size(); i++) {
                if (i % 2 == 0) {
                    b.addSynonyms(rest.get(i));
                } else {
                    b.addAbbreviations(rest.get(i));
                }
            }
            parent.filter(p -> !p.equals(id)).ifPresent(b::parentId);
            if (id.length() % 2 == 0) {
                b.putCode(CodeSystem.ONCOTREE, "HCC").putCode(CodeSystem.NCI_THESAURUS, "C3099");
            }
            return b.build();
        });
    }

    /** Drugs with brand names, classes and targets. */
    public static Gen<Drug> drugs() {
        return ids().zip(texts(), distinctTexts(3), texts().toOptionals(30), (id, name, others, drugClass) -> {
            Drug.Builder b = Drug.builder().id(id).name(name).addAllTargets(others);
            others.stream().filter(s -> !s.equals(name)).forEach(b::addBrandNames);
            drugClass.ifPresent(b::drugClass);
            return b.build();
        });
    }

    /** Therapies of every modality. */
    public static Gen<Therapy> therapies() {
        return ids().zip(
                        texts(),
                        Generate.enumValues(TherapyModality.class),
                        ids().toOptionals(50),
                        (id, name, m, parent) -> {
                            Therapy.Builder b =
                                    Therapy.builder().id(id).name(name).modality(m);
                            parent.filter(p -> !p.equals(id)).ifPresent(b::parentId);
                            return b.build();
                        });
    }

    /** Regimens of two to four components. */
    public static Gen<Regimen> regimens() {
        return ids().zip(texts(), lists().of(ids()).ofSizeBetween(2, 4), (id, name, parts) -> {
            List<String> distinct = parts.stream().distinct().toList();
            List<String> components = distinct.size() >= 2 ? distinct : List.of("component-a", "component-b");
            return Regimen.builder()
                    .id(id)
                    .name(name)
                    .addAllComponentIds(components)
                    .build();
        });
    }

    /** Biomarkers. */
    public static Gen<Biomarker> biomarkers() {
        return ids().zip(
                        texts(),
                        distinctTexts(2),
                        (id, name, synonyms) -> Biomarker.builder()
                                .id(id)
                                .name(name)
                                .addAllSynonyms(synonyms.stream()
                                        .filter(s -> !s.equals(name))
                                        .toList())
                                .build());
    }

    /** Citations with any mix of identifiers and bibliographic details. */
    public static Gen<Citation> citations() {
        Gen<Optional<String>> dois = integers()
                .between(1000, 99999)
                .zip(ids(), (registrant, suffix) -> "10." + registrant + "/" + suffix)
                .toOptionals(30);
        Gen<Optional<String>> pmids =
                integers().between(1, 99_999_999).map(n -> String.valueOf(n)).toOptionals(50);
        Gen<Optional<String>> urls =
                ids().map(p -> "https://www.cancer.gov/" + p).toOptionals(50);
        Gen<Optional<LocalDate>> dates = integers()
                .between(0, 20000)
                .map(d -> LocalDate.of(1980, 1, 1).plusDays(d))
                .toOptionals(50);
        return dois.zip(pmids, urls, dates, (doi, pmid, url, date) -> {
            Citation.Builder b = Citation.builder().title("Title of " + doi.orElse("a page"));
            doi.ifPresent(b::doi);
            pmid.ifPresent(b::pmid);
            url.ifPresent(b::url);
            date.ifPresent(d -> b.date(d).year(d.getYear()));
            return b.addAuthors("Pham HT", "Yang V")
                    .journal("World J Clin Oncol")
                    .volume("17")
                    .issue("3")
                    .pages("116093")
                    .build();
        });
    }

    /** Studies of every design. */
    public static Gen<Study> studies() {
        Gen<Optional<Phase>> phases = Generate.enumValues(Phase.class).toOptionals(30);
        Gen<Optional<String>> nct = integers()
                .between(0, 99_999_999)
                .map(n -> String.format(java.util.Locale.ROOT, "NCT%08d", n))
                .toOptionals(40);
        return texts().zip(Generate.enumValues(StudyDesign.class), phases, nct, (name, design, phase, id) -> {
            Study.Builder b = Study.builder().name(name).design(design);
            phase.ifPresent(b::phase);
            id.ifPresent(b::addRegistryIds);
            return b.build();
        });
    }

    /** Populations by cancer type or description, with settings and subgroups. */
    public static Gen<Population> populations() {
        return lists().of(ids())
                .ofSizeBetween(0, 2)
                .zip(
                        texts().toOptionals(40),
                        lists().of(Generate.enumValues(DiseaseSetting.class)).ofSizeBetween(0, 3),
                        texts().toOptionals(50),
                        (types, description, settings, subgroup) -> {
                            Population.Builder b = Population.builder()
                                    .addAllCancerTypeIds(
                                            types.stream().distinct().toList())
                                    .addAllSettings(settings.stream().distinct().toList());
                            if (types.isEmpty()) {
                                b.description(description.orElse("pan-cancer"));
                            } else {
                                description.ifPresent(b::description);
                            }
                            subgroup.ifPresent(b::subgroup);
                            return b.build();
                        });
    }

    /** Comparisons, single-arm or two-arm. */
    public static Gen<Comparison> comparisons() {
        return texts().zip(
                        texts().toOptionals(30),
                        lists().of(ids()).ofSizeBetween(0, 2),
                        (intervention, comparator, ids) -> {
                            Comparison.Builder b = Comparison.builder()
                                    .intervention(intervention)
                                    .addAllInterventionIds(ids);
                            comparator.ifPresent(b::comparator);
                            return b.build();
                        });
    }

    private static boolean needsTimeToEvent(EffectEstimate e) {
        return e.kind() == EffectEstimate.Kind.HAZARD_RATIO
                || e.kind() == EffectEstimate.Kind.MEDIAN_TIME
                || (e instanceof RatioOfRatios r && r.ofKind() == EffectEstimate.Kind.HAZARD_RATIO);
    }

    /** Trial results whose estimate, endpoint and time point fit together. */
    public static Gen<TrialResult> trialResults() {
        Gen<Map.Entry<Endpoint, EffectEstimate>> endpointAndEstimate = Generate.enumValues(Endpoint.class)
                .zip(estimates(), Map::entry)
                .assuming(e -> e.getKey().isTimeToEvent() || !needsTimeToEvent(e.getValue()));
        Gen<Object[]> parts = studies()
                .zip(populations(), comparisons(), citations().toOptionals(20), (s, p, c, cit) ->
                        new Object[] {s, p, c, cit});
        return ids().zip(parts, endpointAndEstimate, pValues().toOptionals(50), (id, part, ee, p) -> {
                    @SuppressWarnings("unchecked")
                    Optional<Citation> citation = (Optional<Citation>) part[3];
                    TrialResult.Builder b = TrialResult.builder()
                            .id(id)
                            .study((Study) part[0])
                            .population((Population) part[1])
                            .comparison((Comparison) part[2])
                            .endpoint(ee.getKey())
                            .estimate(ee.getValue())
                            .citation(citation);
                    if (ee.getKey().isTimeToEvent() && ee.getValue().kind() == EffectEstimate.Kind.PROPORTION) {
                        b.timePoint(TimePoint.of(5, Unit.YEARS));
                    }
                    if (ee.getValue().kind() == EffectEstimate.Kind.HAZARD_RATIO) {
                        b.overallEstimate(HazardRatio.of(0.7));
                    }
                    p.ifPresent(b::pValue);
                    return b.note("as reported").build();
                })
                .zip(
                        certainties().toOptionals(50),
                        (r, c) -> TrialResult.builder().from(r).certainty(c).build());
    }

    /** Ratings on every scale: GRADE with and without its judgements, NCI PDQ levels, OncoKB levels. */
    public static Gen<Certainty> certainties() {
        Gen<Certainty> grade = Generate.enumValues(GradeRating.class)
                .zip(
                        Generate.enumValues(GradeStart.class).toOptionals(50),
                        Generate.enumValues(GradeDomain.class).toOptionals(50),
                        Generate.enumValues(GradeConcern.class),
                        (rating, start, domain, concern) -> {
                            GradeCertainty.Builder b = GradeCertainty.builder().rating(rating);
                            start.ifPresent(b::start);
                            domain.ifPresent(d -> b.concern(d, concern, "few events"));
                            if (start.isPresent() && domain.isEmpty()) {
                                b.upgrade(GradeUpgrade.DOSE_RESPONSE, "risk rose with dose");
                            }
                            return b.build();
                        });
        Gen<Certainty> pdq =
                Generate.enumValues(PdqDesign.class).zip(Generate.enumValues(PdqEndpoint.class), PdqLevel::of);
        Gen<Certainty> oncoKb = Generate.enumValues(OncoKbLevel.class).map(l -> (Certainty) l);
        return grade.mix(pdq).mix(oncoKb);
    }
    /** Studies to pool: log hazard ratios between −3 and 3 with variances between 0.001 and 2. */
    public static Gen<StudyEffect> studyEffects() {
        return integers()
                .between(1, 9999)
                .zip(
                        doubles().between(-3, 3),
                        doubles().between(0.001, 2),
                        (n, y, v) -> StudyEffect.logRatio("Trial " + n, y, v, EffectEstimate.Kind.HAZARD_RATIO));
    }

    /** One to 25 studies to pool. */
    public static Gen<List<StudyEffect>> studyEffectLists() {
        return lists().of(studyEffects()).ofSizeBetween(1, 25);
    }
}
