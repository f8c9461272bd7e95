package org.oncodex.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Block;
import org.oncodex.answer.BulletList;
import org.oncodex.answer.Callout;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.Emphasis;
import org.oncodex.answer.EvidenceTable;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.Paragraph;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.Term;
import org.oncodex.disclaimers.Placement;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.Unit;
import org.oncodex.render.PlainTextRenderer;

/** Same seed, same values; and the values cover the shapes users' tests need. */
class OncodexArbitrariesTest {
    private static final Map<String, Function<RandomGenerator, Object>> ARBITRARIES = arbitraries();

    private static Map<String, Function<RandomGenerator, Object>> arbitraries() {
        Map<String, Function<RandomGenerator, Object>> all = new LinkedHashMap<>();
        all.put("confidenceInterval", OncodexArbitraries::confidenceInterval);
        all.put("hazardRatio", OncodexArbitraries::hazardRatio);
        all.put("oddsRatio", OncodexArbitraries::oddsRatio);
        all.put("riskRatio", OncodexArbitraries::riskRatio);
        all.put("rateRatio", OncodexArbitraries::rateRatio);
        all.put("ratioOfRatios", OncodexArbitraries::ratioOfRatios);
        all.put("meanDifference", OncodexArbitraries::meanDifference);
        all.put("quantity", OncodexArbitraries::quantity);
        all.put("pValue", OncodexArbitraries::pValue);
        all.put("medianTime", OncodexArbitraries::medianTime);
        all.put("proportion", OncodexArbitraries::proportion);
        all.put("valueRange", OncodexArbitraries::valueRange);
        all.put("effectEstimate", OncodexArbitraries::effectEstimate);
        all.put("citation", OncodexArbitraries::citation);
        all.put("trialResult", OncodexArbitraries::trialResult);
        all.put("answer", OncodexArbitraries::answer);
        return all;
    }

    private static List<Object> draw(Function<RandomGenerator, Object> arbitrary, RandomGenerator random, int n) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(arbitrary.apply(random));
        }
        return values;
    }

    @Test
    void the_same_seed_gives_the_same_values() {
        for (long seed = 0; seed < 20; seed++) {
            for (Map.Entry<String, Function<RandomGenerator, Object>> a : ARBITRARIES.entrySet()) {
                List<Object> first = draw(a.getValue(), new SplittableRandom(seed), 5);
                List<Object> again = draw(a.getValue(), new SplittableRandom(seed), 5);
                assertThat(again).as("%s with seed %s", a.getKey(), seed).isEqualTo(first);
            }
        }
    }

    @Test
    void any_seeded_generator_reproduces_its_values() {
        for (long seed = 0; seed < 5; seed++) {
            assertThat(draw(OncodexArbitraries::answer, new Random(seed), 3))
                    .isEqualTo(draw(OncodexArbitraries::answer, new Random(seed), 3));
            RandomGeneratorFactory<RandomGenerator> l64 = RandomGeneratorFactory.of("L64X128MixRandom");
            assertThat(draw(OncodexArbitraries::trialResult, l64.create(seed), 3))
                    .isEqualTo(draw(OncodexArbitraries::trialResult, l64.create(seed), 3));
        }
    }

    @Test
    void a_generated_answer_does_not_depend_on_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Answer us = OncodexArbitraries.answer(new SplittableRandom(11));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Answer tr = OncodexArbitraries.answer(new SplittableRandom(11));
            assertThat(tr).isEqualTo(us);
            assertThat(new PlainTextRenderer().render(tr)).isEqualTo(new PlainTextRenderer().render(us));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void different_seeds_give_different_values() {
        for (Map.Entry<String, Function<RandomGenerator, Object>> a : ARBITRARIES.entrySet()) {
            Set<Object> distinct = new HashSet<>();
            for (long seed = 0; seed < 50; seed++) {
                distinct.add(a.getValue().apply(new SplittableRandom(seed)));
            }
            assertThat(distinct).as(a.getKey()).hasSizeGreaterThan(10);
        }
    }

    @Test
    void ratios_come_with_and_without_intervals_significant_or_not() {
        List<HazardRatio> hrs = IntStream.range(0, 300)
                .mapToObj(i -> OncodexArbitraries.hazardRatio(new SplittableRandom(i)))
                .toList();
        assertThat(hrs).anyMatch(hr -> hr.ci().isEmpty());
        assertThat(hrs).anyMatch(HazardRatio::isSignificant);
        assertThat(hrs).anyMatch(hr -> hr.ci().isPresent() && !hr.isSignificant());
        assertThat(hrs).anyMatch(hr -> hr.value() < 1).anyMatch(hr -> hr.value() > 1);
        assertThat(hrs).anyMatch(hr -> hr.ci().isPresent() && hr.ci().get().level() != 0.95);
    }

    @Test
    void estimates_and_trial_results_cover_every_kind_and_endpoint() {
        RandomGenerator random = new SplittableRandom(3);
        Set<EffectEstimate.Kind> kinds = EnumSet.noneOf(EffectEstimate.Kind.class);
        Set<EffectEstimate.Kind> resultKinds = EnumSet.noneOf(EffectEstimate.Kind.class);
        Set<Endpoint> endpoints = EnumSet.noneOf(Endpoint.class);
        List<TrialResult> results = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            kinds.add(OncodexArbitraries.effectEstimate(random).kind());
            TrialResult r = OncodexArbitraries.trialResult(random);
            results.add(r);
            resultKinds.add(r.estimate().kind());
            endpoints.add(r.endpoint());
        }
        assertThat(kinds).containsExactlyInAnyOrder(EffectEstimate.Kind.values());
        assertThat(resultKinds).containsExactlyInAnyOrder(EffectEstimate.Kind.values());
        assertThat(endpoints).containsExactlyInAnyOrder(Endpoint.values());
        assertThat(results)
                .anyMatch(r -> r.comparatorEstimate().isPresent())
                .anyMatch(r -> r.overallEstimate().isPresent())
                .anyMatch(r -> r.pValue().isPresent())
                .anyMatch(r -> r.timePoint().isPresent())
                .anyMatch(r -> r.comparison().isSingleArm())
                .anyMatch(r -> r.population().subgroup().isPresent());
    }

    @Test
    void intervals_take_every_sidedness_and_kind() {
        RandomGenerator random = new SplittableRandom(13);
        List<ConfidenceInterval> intervals = IntStream.range(0, 300)
                .mapToObj(i -> OncodexArbitraries.confidenceInterval(random))
                .toList();
        assertThat(intervals.stream().map(ConfidenceInterval::sidedness).distinct())
                .containsExactlyInAnyOrder(Sidedness.values());
        assertThat(intervals.stream().map(ConfidenceInterval::kind).distinct())
                .containsExactlyInAnyOrder(IntervalKind.values());
        List<MeanDifference> differences = IntStream.range(0, 300)
                .mapToObj(i -> OncodexArbitraries.meanDifference(random))
                .toList();
        assertThat(differences)
                .anyMatch(MeanDifference::isSignificant)
                .anyMatch(d -> d.ci().isPresent() && !d.isSignificant())
                .anyMatch(d -> d.ci().isEmpty())
                .anyMatch(d -> d.value() < 0)
                .anyMatch(d -> d.unit() == Unit.PERCENTAGE_POINTS);
        List<Quantity> quantities = IntStream.range(0, 300)
                .mapToObj(i -> OncodexArbitraries.quantity(random))
                .toList();
        assertThat(quantities)
                .anyMatch(q -> q.unit().isEmpty())
                .anyMatch(q -> q.unit().isPresent())
                .anyMatch(q ->
                        q.ci().map(ci -> ci.kind() == IntervalKind.UNCERTAINTY).orElse(false));
    }

    @Test
    void citations_take_every_shape_and_only_synthetic_identities() {
        RandomGenerator random = new SplittableRandom(5);
        List<Citation> citations = IntStream.range(0, 300)
                .mapToObj(i -> OncodexArbitraries.citation(random))
                .toList();
        assertThat(citations)
                .anyMatch(c -> c.doi().isPresent() && c.title().isEmpty())
                .anyMatch(c -> c.doi().isPresent()
                        && !c.authors().isEmpty()
                        && c.journal().isPresent())
                .anyMatch(c -> c.url().isPresent())
                .anyMatch(
                        c -> c.doi().isEmpty() && c.url().isEmpty() && c.title().isPresent())
                .allSatisfy(OncodexArbitrariesPropertyTest::isSynthetic);
    }

    @Test
    void answers_cover_the_shapes_an_answer_can_take() {
        RandomGenerator random = new SplittableRandom(7);
        List<Answer> answers = IntStream.range(0, 300)
                .mapToObj(i -> OncodexArbitraries.answer(random))
                .toList();
        List<Block> blocks = answers.stream()
                .flatMap(a -> a.sections().stream())
                .flatMap(s -> s.blocks().stream())
                .toList();
        assertThat(blocks)
                .anyMatch(Paragraph.class::isInstance)
                .anyMatch(BulletList.class::isInstance)
                .anyMatch(NumberedList.class::isInstance)
                .anyMatch(Callout.class::isInstance)
                .anyMatch(EvidenceTable.class::isInstance);
        List<Object> inlines = blocks.stream()
                .filter(Paragraph.class::isInstance)
                .flatMap(b -> ((Paragraph) b).inlines().stream())
                .map(Object.class::cast)
                .toList();
        assertThat(inlines)
                .anyMatch(Emphasis.class::isInstance)
                .anyMatch(Term.class::isInstance)
                .anyMatch(Statistic.class::isInstance)
                .anyMatch(CitationMarker.class::isInstance);
        assertThat(answers)
                .anyMatch(a -> a.provenance().isAiGenerated())
                .anyMatch(a -> !a.provenance().isAiGenerated())
                .anyMatch(a -> a.cancerType().isPresent())
                .anyMatch(a -> a.cancerType().isEmpty())
                .anyMatch(a -> a.locale().getLanguage().equals("es"))
                .anyMatch(a -> !a.disclaimers(Placement.INLINE).isEmpty())
                .anyMatch(a -> a.keyTakeaway().isPresent())
                .anyMatch(a -> !a.relatedQuestions().isEmpty())
                .anyMatch(a -> a.questionsToAsk().questions().size() == 3)
                .anyMatch(a -> a.questionsToAsk().questions().size() == 10)
                .anyMatch(a -> a.sources().size() > 3);
    }

    @Test
    void text_reaches_beyond_ascii_and_the_basic_multilingual_plane() {
        String all = String.join(
                "\n",
                IntStream.range(0, 50)
                        .mapToObj(
                                i -> new PlainTextRenderer().render(OncodexArbitraries.answer(new SplittableRandom(i))))
                        .toList());
        assertThat(all.chars()).anyMatch(c -> c > 0x7F);
        assertThat(all.codePoints()).anyMatch(Character::isSupplementaryCodePoint);
        OncodexArbitrariesPropertyTest.hasNoLoneSurrogate(all);
    }
}
