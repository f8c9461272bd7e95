package org.oncodex.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.OddsRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RateRatio;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.RiskRatio;
import org.oncodex.model.stats.ValueRange;
import org.quicktheories.core.Gen;

/*
 * Each Gen draws one long from QuickTheories' randomness and seeds a SplittableRandom with it, so
 * the values are exactly those of OncodexArbitraries for that seed, and QuickTheories' own seed
 * (withFixedSeed) reproduces a run. Shrinking shrinks the seed: a failing example is replaced by
 * other valid values, not by smaller ones. Structural shrinking would need a second implementation
 * of every generator in QuickTheories' combinators; the point of the testkit is that there is one.
 */
/**
 * QuickTheories generators of valid Oncodex values: the values of {@link OncodexArbitraries}, as
 * {@link Gen}s.
 *
 * <pre>{@code
 * qt().forAll(OncodexGens.hazardRatios()).checkAssert(hr -> assertThat(hr.value()).isPositive());
 * qt().forAll(OncodexGens.answers()).checkAssert(a -> AnswerAssert.assertThat(a).hasQuestionsToAsk());
 * }</pre>
 *
 * <p>QuickTheories is an optional dependency of the testkit: add {@code org.quicktheories:quicktheories}
 * to your test dependencies to use this class. A failing example shrinks to other valid values, not to
 * smaller ones.
 */
public final class OncodexGens {
    private OncodexGens() {}

    /**
     * A generator of the values {@code arbitrary} draws from a {@link RandomGenerator} seeded by
     * QuickTheories: the bridge for generators of your own written against {@code RandomGenerator}.
     */
    public static <T> Gen<T> from(Function<? super RandomGenerator, ? extends T> arbitrary) {
        return longs().all().map(seed -> arbitrary.apply(new SplittableRandom(seed)));
    }

    /** Intervals of every sidedness and kind: {@link OncodexArbitraries#confidenceInterval(RandomGenerator)}. */
    public static Gen<ConfidenceInterval> confidenceIntervals() {
        return from(OncodexArbitraries::confidenceInterval);
    }

    /** Hazard ratios: {@link OncodexArbitraries#hazardRatio(RandomGenerator)}. */
    public static Gen<HazardRatio> hazardRatios() {
        return from(OncodexArbitraries::hazardRatio);
    }

    /** Odds ratios: {@link OncodexArbitraries#oddsRatio(RandomGenerator)}. */
    public static Gen<OddsRatio> oddsRatios() {
        return from(OncodexArbitraries::oddsRatio);
    }

    /** Risk ratios: {@link OncodexArbitraries#riskRatio(RandomGenerator)}. */
    public static Gen<RiskRatio> riskRatios() {
        return from(OncodexArbitraries::riskRatio);
    }

    /** Rate ratios: {@link OncodexArbitraries#rateRatio(RandomGenerator)}. */
    public static Gen<RateRatio> rateRatios() {
        return from(OncodexArbitraries::rateRatio);
    }

    /** Ratios of ratios: {@link OncodexArbitraries#ratioOfRatios(RandomGenerator)}. */
    public static Gen<RatioOfRatios> ratiosOfRatios() {
        return from(OncodexArbitraries::ratioOfRatios);
    }

    /** Mean differences: {@link OncodexArbitraries#meanDifference(RandomGenerator)}. */
    public static Gen<MeanDifference> meanDifferences() {
        return from(OncodexArbitraries::meanDifference);
    }

    /** Plain quantities: {@link OncodexArbitraries#quantity(RandomGenerator)}. */
    public static Gen<Quantity> quantities() {
        return from(OncodexArbitraries::quantity);
    }

    /** P values: {@link OncodexArbitraries#pValue(RandomGenerator)}. */
    public static Gen<PValue> pValues() {
        return from(OncodexArbitraries::pValue);
    }

    /** Median times: {@link OncodexArbitraries#medianTime(RandomGenerator)}. */
    public static Gen<MedianTime> medianTimes() {
        return from(OncodexArbitraries::medianTime);
    }

    /** Proportions: {@link OncodexArbitraries#proportion(RandomGenerator)}. */
    public static Gen<Proportion> proportions() {
        return from(OncodexArbitraries::proportion);
    }

    /** Ranges and bounds: {@link OncodexArbitraries#valueRange(RandomGenerator)}. */
    public static Gen<ValueRange> valueRanges() {
        return from(OncodexArbitraries::valueRange);
    }

    /** Estimates of every kind: {@link OncodexArbitraries#effectEstimate(RandomGenerator)}. */
    public static Gen<EffectEstimate> effectEstimates() {
        return from(OncodexArbitraries::effectEstimate);
    }

    /** Synthetic citations: {@link OncodexArbitraries#citation(RandomGenerator)}. */
    public static Gen<Citation> citations() {
        return from(OncodexArbitraries::citation);
    }

    /** Cited trial results: {@link OncodexArbitraries#trialResult(RandomGenerator)}. */
    public static Gen<TrialResult> trialResults() {
        return from(OncodexArbitraries::trialResult);
    }

    /** Complete patient-facing answers: {@link OncodexArbitraries#answer(RandomGenerator)}. */
    public static Gen<Answer> answers() {
        return from(OncodexArbitraries::answer);
    }

    /**
     * Complete answers under {@code policy}: {@link OncodexArbitraries#answer(RandomGenerator,
     * DisclaimerPolicy)}.
     */
    public static Gen<Answer> answers(DisclaimerPolicy policy) {
        return from(random -> OncodexArbitraries.answer(random, policy));
    }
}
