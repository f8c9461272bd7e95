package org.oncodex.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.StatisticStyle;
import org.oncodex.disclaimers.AnswerFacts;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.disclaimers.Placement;
import org.oncodex.disclaimers.Requirement;
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
import org.oncodex.model.stats.RatioEstimate;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.RiskRatio;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.render.HtmlRenderer;
import org.oncodex.render.MarkdownRenderer;
import org.oncodex.render.OncodexJson;
import org.oncodex.render.PlainTextRenderer;

/**
 * Every value the testkit generates is valid: built again from its parts it passes validation and
 * is equal, it survives JSON through {@link OncodexJson#mapper()}, and answers are complete (their
 * policy's header and footer disclaimers, 3 to 10 questions, sources numbered from 1).
 */
class OncodexArbitrariesPropertyTest {

    @Test
    void confidence_intervals_are_valid_and_round_trip() {
        qt().forAll(OncodexGens.confidenceIntervals()).checkAssert(ci -> {
            assertThat(ConfidenceInterval.builder()
                            .lower(ci.lower())
                            .upper(ci.upper())
                            .level(ci.level())
                            .sidedness(ci.sidedness())
                            .kind(ci.kind())
                            .build())
                    .isEqualTo(ci);
            assertThat(ci.lower()).isLessThan(ci.upper());
            roundTrips(ci, ConfidenceInterval.class);
        });
    }

    @Test
    void ratios_are_valid_hold_their_value_in_their_interval_and_round_trip() {
        qt().forAll(OncodexGens.hazardRatios()).checkAssert(hr -> {
            assertThat(hr.ci().map(ci -> HazardRatio.of(hr.value(), ci)).orElseGet(() -> HazardRatio.of(hr.value())))
                    .isEqualTo(hr);
            holdsItsValue(hr);
            roundTrips(hr, HazardRatio.class);
            roundTrips(hr, EffectEstimate.class);
        });
        qt().forAll(OncodexGens.oddsRatios()).checkAssert(or -> {
            assertThat(or.ci().map(ci -> OddsRatio.of(or.value(), ci)).orElseGet(() -> OddsRatio.of(or.value())))
                    .isEqualTo(or);
            holdsItsValue(or);
            roundTrips(or, OddsRatio.class);
        });
        qt().forAll(OncodexGens.riskRatios()).checkAssert(rr -> {
            assertThat(rr.ci().map(ci -> RiskRatio.of(rr.value(), ci)).orElseGet(() -> RiskRatio.of(rr.value())))
                    .isEqualTo(rr);
            holdsItsValue(rr);
            roundTrips(rr, RiskRatio.class);
        });
    }

    @Test
    void rate_ratios_and_ratios_of_ratios_are_valid_hold_their_value_and_round_trip() {
        qt().forAll(OncodexGens.rateRatios()).checkAssert(rr -> {
            assertThat(rr.ci().map(ci -> RateRatio.of(rr.value(), ci)).orElseGet(() -> RateRatio.of(rr.value())))
                    .isEqualTo(rr);
            holdsItsValue(rr);
            roundTrips(rr, RateRatio.class);
            roundTrips(rr, EffectEstimate.class);
        });
        qt().forAll(OncodexGens.ratiosOfRatios()).checkAssert(r -> {
            assertThat(r.ci().map(ci -> RatioOfRatios.of(r.ofKind(), r.value(), ci))
                            .orElseGet(() -> RatioOfRatios.of(r.ofKind(), r.value())))
                    .isEqualTo(r);
            assertThat(r.ofKind().isRatio()).isTrue();
            holdsItsValue(r);
            roundTrips(r, RatioOfRatios.class);
            roundTrips(r, EffectEstimate.class);
        });
    }

    @Test
    void mean_differences_and_quantities_are_valid_hold_their_value_and_round_trip() {
        qt().forAll(OncodexGens.meanDifferences()).checkAssert(md -> {
            assertThat(md.ci()
                            .map(ci -> MeanDifference.of(md.value(), md.unit(), ci))
                            .orElseGet(() -> MeanDifference.of(md.value(), md.unit())))
                    .isEqualTo(md);
            md.ci()
                    .ifPresent(ci -> assertThat(ci.contains(md.value()))
                            .as("%s holds its value", md)
                            .isTrue());
            roundTrips(md, MeanDifference.class);
            roundTrips(md, EffectEstimate.class);
        });
        qt().forAll(OncodexGens.quantities()).checkAssert(q -> {
            String unit = q.unit().orElse("");
            assertThat(q.ci().map(ci -> Quantity.of(q.value(), unit, ci)).orElseGet(() -> Quantity.of(q.value(), unit)))
                    .isEqualTo(q);
            q.ci().ifPresent(ci -> assertThat(ci.contains(q.value()))
                    .as("%s holds its value", q)
                    .isTrue());
            roundTrips(q, Quantity.class);
            roundTrips(q, EffectEstimate.class);
        });
    }

    private static void holdsItsValue(RatioEstimate ratio) {
        assertThat(ratio.value()).isBetween(0.05, 20.0);
        ratio.ci()
                .ifPresent(ci -> assertThat(ci.contains(ratio.value()))
                        .as("%s holds its value", ratio)
                        .isTrue());
    }

    @Test
    void p_values_are_valid_and_round_trip() {
        qt().forAll(OncodexGens.pValues()).checkAssert(p -> {
            assertThat(PValue.of(p.value(), p.relation())).isEqualTo(p);
            roundTrips(p, PValue.class);
        });
    }

    @Test
    void medians_proportions_and_ranges_are_valid_and_round_trip() {
        qt().forAll(OncodexGens.medianTimes()).checkAssert(m -> {
            assertThat(MedianTime.builder().from(m).build()).isEqualTo(m);
            roundTrips(m, MedianTime.class);
        });
        qt().forAll(OncodexGens.proportions()).checkAssert(p -> {
            assertThat(Proportion.builder().from(p).build()).isEqualTo(p);
            assertThat(p.fraction()).isBetween(0.0, 1.0);
            roundTrips(p, Proportion.class);
        });
        qt().forAll(OncodexGens.valueRanges()).checkAssert(r -> {
            assertThat(ValueRange.builder().from(r).build()).isEqualTo(r);
            roundTrips(r, ValueRange.class);
        });
    }

    @Test
    void estimates_of_every_kind_round_trip_as_estimates() {
        qt().forAll(OncodexGens.effectEstimates()).checkAssert(e -> roundTrips(e, EffectEstimate.class));
    }

    @Test
    void citations_are_valid_synthetic_and_round_trip() {
        qt().forAll(OncodexGens.citations()).checkAssert(c -> {
            assertThat(Citation.builder().from(c).build()).isEqualTo(c);
            isSynthetic(c);
            roundTrips(c, Citation.class);
        });
    }

    @Test
    void trial_results_are_valid_cited_synthetic_written_out_in_every_style_and_round_trip() {
        qt().forAll(OncodexGens.trialResults()).checkAssert(r -> {
            assertThat(TrialResult.builder().from(r).build()).isEqualTo(r);
            assertThat(r.citation()).isPresent();
            r.citation().ifPresent(OncodexArbitrariesPropertyTest::isSynthetic);
            assertThat(r.study().registryIds()).isEmpty();
            assertThat(r.study().name()).matches("Synthetic (Trial|Study) [0-9]+");
            for (StatisticStyle style : StatisticStyle.values()) {
                assertThat(Statistic.of(r, style).text())
                        .as("%s in %s", r.id(), style)
                        .isNotBlank();
            }
            roundTrips(r, TrialResult.class);
        });
    }

    @Test
    void patient_facing_answers_are_complete_and_round_trip() {
        DisclaimerPolicy policy = DisclaimerPolicy.patientFacing();
        qt().withExamples(300).forAll(OncodexGens.answers()).checkAssert(a -> {
            isComplete(a, policy);
            AnswerAssert.assertThat(a)
                    .hasDisclaimerAt(DisclaimerKind.INFORMATIONAL_ONLY, Placement.HEADER)
                    .hasDisclaimerAt(DisclaimerKind.NOT_MEDICAL_ADVICE, Placement.HEADER)
                    .hasDisclaimerAt(DisclaimerKind.CONSULT_CARE_TEAM, Placement.FOOTER)
                    .hasDisclaimerAt(DisclaimerKind.GENERAL_INFORMATION, Placement.FOOTER);
        });
    }

    @Test
    void clinician_facing_answers_are_complete_and_round_trip() {
        DisclaimerPolicy policy = DisclaimerPolicy.clinicianFacing();
        qt().withExamples(100).forAll(OncodexGens.answers(policy)).checkAssert(a -> {
            isComplete(a, policy);
            AnswerAssert.assertThat(a).hasNoDisclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE);
        });
    }

    private static void isComplete(Answer a, DisclaimerPolicy policy) {
        // the header and footer disclaimers the policy requires of every answer with this provenance
        AnswerFacts facts = AnswerFacts.builder()
                .aiGenerated(a.provenance().isAiGenerated())
                .audience(a.audience())
                .channel(policy.channels().iterator().next())
                .build();
        List<String> required = new ArrayList<>();
        for (Requirement r : policy.requirements(facts)) {
            if (r.placement() != Placement.INLINE) {
                required.add(r.kind() + " at " + r.placement());
            }
        }
        List<String> carried = a.disclaimers().stream()
                .map(d -> d.disclaimer().kind() + " at " + d.placement())
                .toList();
        assertThat(carried).as("disclaimers of %s", a.question()).containsAll(required);
        assertThat(a.hasDisclaimer(DisclaimerKind.AI_GENERATED))
                .isEqualTo(a.provenance().isAiGenerated());

        assertThat(a.questionsToAsk().questions()).hasSizeBetween(3, 10);
        AnswerAssert.assertThat(a).hasQuestionsToAsk().hasNoStrayMarkup();

        assertThat(a.sources()).isNotEmpty();
        for (int i = 0; i < a.sources().size(); i++) {
            Source source = a.sources().get(i);
            assertThat(source.number()).isEqualTo(i + 1);
            isSynthetic(source.citation());
        }
        assertThat(a.sections()).isNotEmpty();

        String json = roundTrips(a, Answer.class);
        assertThat(new MarkdownRenderer().render(a)).isNotBlank();
        assertThat(new HtmlRenderer().render(a)).isNotBlank();
        String text = new PlainTextRenderer().render(a);
        assertThat(text).contains(a.question());
        hasNoLoneSurrogate(json);
        hasNoLoneSurrogate(text);
    }

    static void isSynthetic(Citation c) {
        assertThat(c.pmid()).isEmpty();
        c.doi().ifPresent(d -> assertThat(d).matches("10\\.5555/oncodex-test-[0-9]+"));
        c.url().ifPresent(u -> assertThat(u).startsWith("https://example.org/oncodex-test/"));
    }

    static void hasNoLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                        .as("high surrogate at %s of %s is followed by a low one", i, text)
                        .isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c))
                        .as("lone low surrogate at %s of %s", i, text)
                        .isFalse();
            }
        }
    }

    /** Writes {@code value}, reads it back as {@code type}, and returns the JSON. */
    private static <T> String roundTrips(T value, Class<? super T> type) {
        try {
            String json = OncodexJson.mapper().writeValueAsString(value);
            assertThat(OncodexJson.mapper().readValue(json, type)).as(json).isEqualTo(value);
            return json;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
