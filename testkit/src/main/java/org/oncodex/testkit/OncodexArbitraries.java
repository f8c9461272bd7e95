package org.oncodex.testkit;

import static org.oncodex.testkit.RandomText.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.model.CancerType;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
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
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/*
 * The generators are plain functions of a java.util.random.RandomGenerator rather than of one
 * property-testing library, so that any test can use them: a JUnit @RepeatedTest, a fuzzer, a
 * benchmark's data set, or QuickTheories through OncodexGens. The caller owns the generator, and
 * with it the seed. Every value is a function of the generator's draws alone, made in a fixed
 * order: nothing reads the clock, the default locale or the iteration order of a hash, so a
 * generator seeded the same way gives the same values on every run and every JVM.
 *
 * Identities are synthetic and look it: DOIs under Crossref's test prefix 10.5555, addresses under
 * example.org (reserved by RFC 2606), "Synthetic Trial 12", "synthetic cancer 7". No registry id or
 * PubMed id is ever generated, since any well-formed one may name a real trial or article, and a
 * test fixture must not look like a medical claim about one.
 *
 * Numbers are drawn as journals print them: ratios and their bounds to two decimals, medians,
 * percentages, differences and quantities to one, so generated values survive formatting and
 * parsing as real content does. Bounds are computed in whole hundredths or tenths so that "lower
 * below upper" holds exactly. Intervals of the ratio types of old (hazard, odds and risk ratios),
 * of medians and of proportions are two-sided confidence intervals, as the evidence base mostly
 * holds; the others, and confidenceInterval itself, are now and then one-sided, uncertainty or
 * credible intervals.
 *
 * Generated text mixes words from several scripts, accented letters and emoji (supplementary
 * characters, always as whole surrogate pairs), and never holds HTML or Markdown markup, nor the
 * phrases that make the answer builder add a disclaimer of its own accord ("clinical trial",
 * "off-label"): the disclaimers an answer carries follow from what the generator declared.
 */
/**
 * Random valid Oncodex values for property and fuzz tests: statistics, citations, trial results
 * and whole answers, each drawn from a {@link RandomGenerator} you supply.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);      // same seed, same values
 * HazardRatio hr = OncodexArbitraries.hazardRatio(random);
 * TrialResult result = OncodexArbitraries.trialResult(random);
 * Answer answer = OncodexArbitraries.answer(random);     // complete, with its disclaimers and sources
 * }</pre>
 *
 * <p>Every value passes its type's validation and survives a JSON round trip through {@code
 * OncodexJson.mapper()}. Values are a function of the generator's output alone: the same seed gives
 * the same values. Identities are synthetic (DOIs under the test prefix {@code 10.5555}, addresses
 * under {@code example.org}, studies named "Synthetic Trial 12"); no registry id or PubMed id is
 * generated. Text may hold letters of several scripts and emoji, never a lone surrogate, never HTML
 * or Markdown markup. For QuickTheories, {@link OncodexGens} wraps these methods as {@code Gen}s.
 */
public final class OncodexArbitraries {
    static final double[] OTHER_LEVELS = {0.8, 0.9, 0.99};
    static final double[] P_BOUNDS = {0.05, 0.01, 0.001, 0.0001};
    static final int[] LANDMARK_YEARS = {1, 2, 3, 5, 8, 10};
    static final int[] LANDMARK_MONTHS = {6, 12, 18, 24, 36};
    static final Unit[] OTHER_TIME_UNITS = {Unit.DAYS, Unit.WEEKS, Unit.YEARS};
    static final Unit[] DIFFERENCE_UNITS = {Unit.NONE, Unit.PERCENTAGE_POINTS, Unit.MONTHS, Unit.WEEKS};
    static final EffectEstimate.Kind[] RATIO_KINDS = {
        EffectEstimate.Kind.HAZARD_RATIO,
        EffectEstimate.Kind.ODDS_RATIO,
        EffectEstimate.Kind.RISK_RATIO,
        EffectEstimate.Kind.RATE_RATIO
    };
    static final EffectEstimate.Kind[] RATIO_KINDS_BUT_HAZARD = {
        EffectEstimate.Kind.ODDS_RATIO, EffectEstimate.Kind.RISK_RATIO, EffectEstimate.Kind.RATE_RATIO
    };
    static final String[] QUANTITY_UNITS = {"million", "mg/L", "per 100 000 person-years", "cells/µL", ""};
    static final LocalDate FIRST_DATE = LocalDate.of(2020, 1, 1);
    static final int DATE_SPAN_DAYS = 3653;
    static final Locale SPANISH = Locale.forLanguageTag("es");

    static final List<String> AUTHORS = List.of(
            "Testwell A", "Exampleson B", "Placeholder C", "Müller-Synthetic D", "Probe É", "Muestra Ñ", "Fiktiv Ø");
    static final List<String> COMPARATORS =
            List.of("placebo", "synthetic standard care", "synthetic drug Z", "observation");

    private OncodexArbitraries() {}

    /**
     * An interval anywhere on the line, bounds to two decimals, at 95% most of the time and otherwise
     * at 80%, 90% or 99%; a two-sided confidence interval seven times in ten, otherwise one-sided, an
     * uncertainty or a credible interval.
     */
    public static ConfidenceInterval confidenceInterval(RandomGenerator random) {
        int lower = random.nextInt(-10_000, 10_001);
        int upper = lower + random.nextInt(1, 5_001);
        return shaped(random, ConfidenceInterval.of(lower / 100.0, upper / 100.0, level(random)));
    }

    /**
     * A hazard ratio between 0.05 and 20 (two decimals), with a confidence interval around it four
     * times in five; both significant and non-significant ones occur.
     */
    public static HazardRatio hazardRatio(RandomGenerator random) {
        double value = ratioValue(random);
        Optional<ConfidenceInterval> ci = ratioInterval(random, value);
        return ci.isPresent() ? HazardRatio.of(value, ci.get()) : HazardRatio.of(value);
    }

    /** An odds ratio, drawn as {@link #hazardRatio(RandomGenerator)} draws hazard ratios. */
    public static OddsRatio oddsRatio(RandomGenerator random) {
        double value = ratioValue(random);
        Optional<ConfidenceInterval> ci = ratioInterval(random, value);
        return ci.isPresent() ? OddsRatio.of(value, ci.get()) : OddsRatio.of(value);
    }

    /** A risk ratio, drawn as {@link #hazardRatio(RandomGenerator)} draws hazard ratios. */
    public static RiskRatio riskRatio(RandomGenerator random) {
        double value = ratioValue(random);
        Optional<ConfidenceInterval> ci = ratioInterval(random, value);
        return ci.isPresent() ? RiskRatio.of(value, ci.get()) : RiskRatio.of(value);
    }

    /**
     * A rate ratio, drawn as {@link #hazardRatio(RandomGenerator)} draws hazard ratios; its interval
     * is now and then one-sided, an uncertainty or a credible interval.
     */
    public static RateRatio rateRatio(RandomGenerator random) {
        double value = ratioValue(random);
        Optional<ConfidenceInterval> ci = ratioInterval(random, value).map(c -> shaped(random, c));
        return ci.isPresent() ? RateRatio.of(value, ci.get()) : RateRatio.of(value);
    }

    /**
     * A ratio of two hazard, odds, risk or rate ratios, its value and interval drawn as {@link
     * #rateRatio(RandomGenerator)} draws them.
     */
    public static RatioOfRatios ratioOfRatios(RandomGenerator random) {
        return ratioOfRatios(random, pick(random, RATIO_KINDS));
    }

    /**
     * A difference of either sign, to one decimal, without a unit (a score), in percentage points,
     * months or weeks, with an interval around it four times in five that is now and then one-sided,
     * an uncertainty or a credible interval; significant or not.
     */
    public static MeanDifference meanDifference(RandomGenerator random) {
        return meanDifference(random, pick(random, DIFFERENCE_UNITS));
    }

    /**
     * A plain number to one decimal, with a unit such as "million" or "mg/L" or none, and half of the
     * time an interval around it, an uncertainty interval as often as not.
     */
    public static Quantity quantity(RandomGenerator random) {
        return quantity(random, pick(random, QUANTITY_UNITS));
    }

    /**
     * A P value as papers report it: exact ({@code P = 0.034}, {@code P = 0.0042}), an upper bound
     * ({@code P < 0.001}) or, now and then, {@code P > 0.05}.
     */
    public static PValue pValue(RandomGenerator random) {
        int shape = random.nextInt(10);
        if (shape < 4) {
            return PValue.of(random.nextInt(1, 1_001) / 1_000.0);
        }
        if (shape < 6) {
            return PValue.of(random.nextInt(1, 100) / 10_000.0);
        }
        if (shape < 9) {
            return PValue.lessThan(P_BOUNDS[random.nextInt(P_BOUNDS.length)]);
        }
        return PValue.greaterThan(0.05);
    }

    /**
     * A median time, in months most of the time: reached or not, with or without a 95% interval,
     * whose upper bound may be not reached.
     */
    public static MedianTime medianTime(RandomGenerator random) {
        return medianTime(random, timeUnit(random));
    }

    /**
     * A proportion of patients: a percentage (one decimal), a count of a total, or both, sometimes
     * with a confidence interval in percent.
     */
    public static Proportion proportion(RandomGenerator random) {
        int total = random.nextInt(1, 2_001);
        int count = random.nextInt(0, total + 1);
        long tenths = Math.round(1000.0 * count / total);
        int shape = random.nextInt(3);
        Proportion.Builder b = Proportion.builder();
        if (shape != 1) {
            b.percent(tenths / 10.0);
        }
        if (shape != 0) {
            b.count(count).total(total);
        }
        if (shape != 1 && random.nextInt(3) == 0) {
            int halfWidth = random.nextInt(5, 151);
            long lower = Math.max(0, tenths - halfWidth);
            long upper = Math.min(1000, tenths + halfWidth);
            b.ci(ConfidenceInterval.of(lower / 10.0, upper / 10.0, level(random)));
        }
        return b.build();
    }

    /**
     * A range or a one-sided bound (between, at least, greater than, at most, less than) of a
     * percentage, a number of months or a plain number.
     */
    public static ValueRange valueRange(RandomGenerator random) {
        Unit[] units = {Unit.PERCENT, Unit.MONTHS, Unit.NONE};
        return valueRange(random, units[random.nextInt(units.length)]);
    }

    /**
     * An estimate of any kind: hazard, odds, risk or rate ratio, ratio of ratios, median time,
     * proportion, range, mean difference or quantity.
     */
    public static EffectEstimate effectEstimate(RandomGenerator random) {
        return switch (random.nextInt(10)) {
            case 0 -> hazardRatio(random);
            case 1 -> oddsRatio(random);
            case 2 -> riskRatio(random);
            case 3 -> rateRatio(random);
            case 4 -> ratioOfRatios(random);
            case 5 -> medianTime(random);
            case 6 -> proportion(random);
            case 7 -> valueRange(random);
            case 8 -> meanDifference(random);
            default -> quantity(random);
        };
    }

    /**
     * A synthetic citation: a bare DOI, an article (DOI, title, authors, journal, year, volume,
     * issue, pages), a web page under {@code https://example.org/} or a guideline by title and
     * publisher. DOIs are {@code 10.5555/oncodex-test-N}, under Crossref's test prefix.
     */
    public static Citation citation(RandomGenerator random) {
        int n = random.nextInt(1, 100_000);
        String doi = "10.5555/oncodex-test-" + n;
        String title = "Synthetic study " + n + ": " + text(random, 2, 6);
        int year = random.nextInt(1990, 2031);
        return switch (random.nextInt(4)) {
            case 0 -> Citation.doi(doi);
            case 1 -> {
                Citation.Builder b = Citation.builder()
                        .doi(doi)
                        .title(title)
                        .addAllAuthors(distinctPicks(random, AUTHORS, 1, 3))
                        .journal("J Synth Oncol Test")
                        .volume(String.valueOf(random.nextInt(1, 60)))
                        .issue(String.valueOf(random.nextInt(1, 13)))
                        .pages(String.valueOf(random.nextInt(1, 200_000)));
                if (random.nextBoolean()) {
                    b.date(LocalDate.of(year, 1, 1).plusDays(random.nextInt(0, 365)))
                            .year(year);
                } else {
                    b.year(year);
                }
                yield b.build();
            }
            case 2 ->
                Citation.builder()
                        .url("https://example.org/oncodex-test/" + n)
                        .title(title)
                        .publisher("Synthetic Cancer Institute (test data)")
                        .date(FIRST_DATE.plusDays(random.nextInt(0, DATE_SPAN_DAYS)))
                        .build();
            default ->
                Citation.builder()
                        .title("Synthetic guideline " + n + ": " + text(random, 2, 5))
                        .publisher("Synthetic Guideline Network (test data)")
                        .year(year)
                        .build();
        };
    }

    /**
     * A trial result whose endpoint, estimate and time point fit together, from a synthetic study
     * ("Synthetic Trial 12") with a synthetic {@linkplain #citation(RandomGenerator) citation}, so that
     * an answer may state it. It may carry a P value, the comparator arm's value, the estimate in the
     * whole population (for a subgroup) and a note.
     */
    public static TrialResult trialResult(RandomGenerator random) {
        int n = random.nextInt(1, 100_000);
        Endpoint endpoint = pick(random, Endpoint.values());
        Comparison comparison = comparison(random);
        Population population = population(random);
        TrialResult.Builder b = TrialResult.builder()
                .id("synthetic-result-" + n)
                .study(study(random))
                .population(population)
                .comparison(comparison)
                .endpoint(endpoint);
        EffectEstimate estimate;
        if (endpoint.isTimeToEvent()) {
            estimate = switch (random.nextInt(8)) {
                case 0, 1, 2 -> hazardRatio(random);
                case 3 -> medianTime(random);
                case 4 -> proportion(random);
                case 5 -> ratioOfRatios(random, EffectEstimate.Kind.HAZARD_RATIO);
                case 6 -> rateRatio(random);
                default -> meanDifference(random, Unit.MONTHS);
            };
            if (estimate instanceof Proportion) {
                b.timePoint(timePoint(random));
            }
        } else {
            estimate = switch (random.nextInt(8)) {
                case 0 -> oddsRatio(random);
                case 1 -> riskRatio(random);
                case 2 -> proportion(random);
                case 3 -> valueRange(random, Unit.PERCENT);
                case 4 -> rateRatio(random);
                case 5 -> ratioOfRatios(random, pick(random, RATIO_KINDS_BUT_HAZARD));
                case 6 -> meanDifference(random, Unit.PERCENTAGE_POINTS);
                default -> quantity(random);
            };
        }
        b.estimate(estimate);
        if (comparison.comparator().isPresent() && random.nextBoolean()) {
            comparatorEstimate(random, estimate).ifPresent(b::comparatorEstimate);
        }
        if (population.subgroup().isPresent() && estimate instanceof HazardRatio && random.nextBoolean()) {
            b.overallEstimate(hazardRatio(random));
        }
        if (random.nextBoolean()) {
            b.pValue(pValue(random));
        }
        if (random.nextInt(4) == 0) {
            b.note(text(random, 2, 8));
        }
        return b.citation(citation(random)).build();
    }

    /**
     * A complete patient-facing answer, built with {@code Answer.builder(DisclaimerPolicy.patientFacing())}:
     * as {@link #answer(RandomGenerator, DisclaimerPolicy)} with that policy.
     */
    public static Answer answer(RandomGenerator random) {
        return answer(random, DisclaimerPolicy.patientFacing());
    }

    /**
     * A complete answer built with {@code Answer.builder(policy)}, so it carries the disclaimers the
     * policy requires and sources numbered in order of first use.
     *
     * <p>The answer is for one of the policy's audiences and channels, dated between 2020 and 2029,
     * in English or Spanish, written by AI or by a person, with or without a synthetic cancer type.
     * It has one to four sections of paragraphs (text, emphasis, defined terms, statistics from
     * {@linkplain #trialResult(RandomGenerator) trial results}, citation markers), lists, callouts and
     * evidence tables; three to ten questions to ask; at least one source; and sometimes a key
     * takeaway and related questions. It may declare an unapproved therapy (with a cancer type),
     * clinical trials, off-label use or urgent symptoms, which bring the policy's inline or header
     * disclaimers for them; its text never triggers a disclaimer by itself.
     *
     * <p>Complete is not rule-clean: the text is random words, symbols and scripts, so the content
     * rules may find a number no source gives ("50%") or hard reading in it. Assert structure on
     * generated answers, and content rules on answers your service writes.
     *
     * @throws org.oncodex.answer.IncompleteAnswerException only under a custom policy that always
     *     requires a disclaimer whose wording needs a value the answer may lack, such as the therapy
     *     of {@link org.oncodex.disclaimers.DisclaimerKind#INVESTIGATIONAL_THERAPY}
     */
    public static Answer answer(RandomGenerator random, DisclaimerPolicy policy) {
        return AnswerArbitraries.answer(random, policy);
    }

    static CancerType cancerType(RandomGenerator random) {
        int n = random.nextInt(1, 1_000);
        CancerType.Builder b = CancerType.builder().id("synthetic-cancer-" + n).name("synthetic cancer " + n);
        if (random.nextBoolean()) {
            b.addAbbreviations("SC" + n);
        }
        return b.build();
    }

    static Study study(RandomGenerator random) {
        StudyDesign design = pick(random, StudyDesign.values());
        String kind = design.name().endsWith("_TRIAL") ? "Trial" : "Study";
        Study.Builder b = Study.builder()
                .name("Synthetic " + kind + " " + random.nextInt(1, 1_000))
                .design(design);
        if (random.nextBoolean()) {
            b.phase(pick(random, Phase.values()));
        }
        return b.build();
    }

    static Population population(RandomGenerator random) {
        Population.Builder b = Population.builder();
        if (random.nextInt(5) == 0) {
            b.description("synthetic pan-cancer cohort " + random.nextInt(1, 1_000));
        } else {
            int first = random.nextInt(1, 1_000);
            b.addCancerTypeIds("synthetic-cancer-" + first);
            if (random.nextInt(4) == 0) {
                b.addCancerTypeIds("synthetic-cancer-" + (first + 1_000));
            }
        }
        for (DiseaseSetting setting : DiseaseSetting.values()) {
            if (random.nextInt(4) == 0) {
                b.addSettings(setting);
            }
        }
        if (random.nextInt(3) == 0) {
            b.subgroup("synthetic subgroup " + text(random, 1, 3));
        }
        if (random.nextInt(5) == 0) {
            b.addBiomarkerIds("synthetic-marker-" + random.nextInt(1, 100));
        }
        return b.build();
    }

    static Comparison comparison(RandomGenerator random) {
        String intervention = "synthetic drug " + (char) ('A' + random.nextInt(0, 20));
        if (random.nextInt(3) == 0) {
            intervention += " + synthetic drug Y";
        }
        Comparison.Builder b = Comparison.builder().intervention(intervention);
        if (random.nextBoolean()) {
            b.addInterventionIds("synthetic-drug-" + random.nextInt(1, 100));
        }
        if (random.nextInt(10) < 7) {
            b.comparator(pick(random, COMPARATORS));
            if (random.nextInt(3) == 0) {
                b.addComparatorIds("synthetic-comparator-" + random.nextInt(1, 100));
            }
        }
        return b.build();
    }

    static TimePoint timePoint(RandomGenerator random) {
        return random.nextBoolean()
                ? TimePoint.of(LANDMARK_YEARS[random.nextInt(LANDMARK_YEARS.length)], Unit.YEARS)
                : TimePoint.of(LANDMARK_MONTHS[random.nextInt(LANDMARK_MONTHS.length)], Unit.MONTHS);
    }

    /** The comparator arm's value for an arm-value estimate; none for a ratio, which compares already. */
    static Optional<EffectEstimate> comparatorEstimate(RandomGenerator random, EffectEstimate estimate) {
        if (estimate instanceof MedianTime m) {
            return Optional.of(medianTime(random, m.unit()));
        }
        if (estimate instanceof Proportion) {
            return Optional.of(proportion(random));
        }
        if (estimate instanceof ValueRange r) {
            return Optional.of(valueRange(random, r.unit()));
        }
        if (estimate instanceof Quantity q) {
            return Optional.of(quantity(random, q.unit().orElse("")));
        }
        return Optional.empty();
    }

    static RatioOfRatios ratioOfRatios(RandomGenerator random, EffectEstimate.Kind ofKind) {
        double value = ratioValue(random);
        Optional<ConfidenceInterval> ci = ratioInterval(random, value).map(c -> shaped(random, c));
        return ci.isPresent() ? RatioOfRatios.of(ofKind, value, ci.get()) : RatioOfRatios.of(ofKind, value);
    }

    static MeanDifference meanDifference(RandomGenerator random, Unit unit) {
        int tenths = random.nextInt(-300, 301);
        if (random.nextInt(5) == 0) {
            return MeanDifference.of(tenths / 10.0, unit);
        }
        int lower = tenths - random.nextInt(1, 151);
        int upper = tenths + random.nextInt(1, 151);
        return MeanDifference.of(
                tenths / 10.0, unit, shaped(random, ConfidenceInterval.of(lower / 10.0, upper / 10.0, level(random))));
    }

    static Quantity quantity(RandomGenerator random, String unit) {
        int tenths = random.nextInt(-1_000, 100_001);
        if (random.nextBoolean()) {
            return Quantity.of(tenths / 10.0, unit);
        }
        int lower = tenths - random.nextInt(1, 2_001);
        int upper = tenths + random.nextInt(1, 2_001);
        ConfidenceInterval ci = shaped(random, ConfidenceInterval.of(lower / 10.0, upper / 10.0, level(random)));
        if (random.nextBoolean()) {
            ci = ci.withKind(IntervalKind.UNCERTAINTY);
        }
        return Quantity.of(tenths / 10.0, unit, ci);
    }

    /**
     * The interval as it is seven times in ten; otherwise one-sided at its level (which is above 0.5),
     * an uncertainty interval, or a credible or prediction interval.
     */
    static ConfidenceInterval shaped(RandomGenerator random, ConfidenceInterval ci) {
        return switch (random.nextInt(10)) {
            case 7 ->
                ConfidenceInterval.builder()
                        .from(ci)
                        .sidedness(Sidedness.ONE_SIDED)
                        .build();
            case 8 -> ci.withKind(IntervalKind.UNCERTAINTY);
            case 9 -> ci.withKind(random.nextBoolean() ? IntervalKind.CREDIBLE : IntervalKind.PREDICTION);
            default -> ci;
        };
    }

    static MedianTime medianTime(RandomGenerator random, Unit unit) {
        int tenths = random.nextInt(1, 1_201);
        boolean reached = random.nextInt(8) != 0;
        MedianTime.Builder b = MedianTime.builder().unit(unit);
        if (reached) {
            b.value(tenths / 10.0);
        }
        int interval = random.nextInt(4);
        if (interval != 0) {
            long lower = (long) Math.floor(tenths * random.nextDouble(0.4, 0.95));
            long upper = Math.max((long) Math.ceil(tenths * random.nextDouble(1.05, 2.5)), tenths + 1L);
            b.ciLevel(ConfidenceInterval.DEFAULT_LEVEL).ciLower(lower / 10.0);
            // an upper bound is often not reached, and always so when the median itself was not
            if (reached && interval != 3) {
                b.ciUpper(upper / 10.0);
            }
        }
        return b.build();
    }

    static ValueRange valueRange(RandomGenerator random, Unit unit) {
        int max = unit == Unit.MONTHS ? 1_200 : 1_000;
        int lower = random.nextInt(0, max);
        int upper = random.nextInt(lower + 1, max + 1);
        return switch (random.nextInt(5)) {
            case 0, 1 -> ValueRange.between(lower / 10.0, upper / 10.0, unit);
            case 2 ->
                random.nextBoolean()
                        ? ValueRange.atLeast(lower / 10.0, unit)
                        : ValueRange.greaterThan(lower / 10.0, unit);
            default ->
                random.nextBoolean() ? ValueRange.atMost(upper / 10.0, unit) : ValueRange.lessThan(upper / 10.0, unit);
        };
    }

    static Unit timeUnit(RandomGenerator random) {
        return random.nextInt(4) == 0 ? pick(random, OTHER_TIME_UNITS) : Unit.MONTHS;
    }

    static double level(RandomGenerator random) {
        return random.nextInt(10) < 7
                ? ConfidenceInterval.DEFAULT_LEVEL
                : OTHER_LEVELS[random.nextInt(OTHER_LEVELS.length)];
    }

    /** Log-uniform between 0.05 and 20, to two decimals. */
    static double ratioValue(RandomGenerator random) {
        double value = Math.exp(random.nextDouble(Math.log(0.05), Math.log(20)));
        return Math.max(5, Math.round(value * 100)) / 100.0;
    }

    /** Four times in five, an interval that holds {@code value}, bounds to two decimals. */
    static Optional<ConfidenceInterval> ratioInterval(RandomGenerator random, double value) {
        if (random.nextInt(5) == 0) {
            return Optional.empty();
        }
        long hundredths = Math.round(value * 100);
        long lower = Math.max(1, Math.min(hundredths, (long)
                Math.floor(hundredths * Math.exp(-random.nextDouble(0.03, 1.2)))));
        long upper = Math.max(hundredths + 1, (long) Math.ceil(hundredths * Math.exp(random.nextDouble(0.03, 1.2))));
        return Optional.of(ConfidenceInterval.of(lower / 100.0, upper / 100.0, level(random)));
    }
}
