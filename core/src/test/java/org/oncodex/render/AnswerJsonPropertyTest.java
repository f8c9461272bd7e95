package org.oncodex.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerBuilder;
import org.oncodex.answer.Callout;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.answer.StatisticStyle;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.model.evidence.TrialResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Answer → JSON → Answer gives an equal answer, for generated answers and the reference ones. */
class AnswerJsonPropertyTest {
    private static final List<TrialResult> RESULTS = ReferenceAnswers.KB.results();

    private static Gen<String> texts() {
        return strings().betweenCodePoints(0x20, 0x7FF).ofLengthBetween(1, 40).assuming(s -> !s.isBlank());
    }

    static Gen<Answer> answers() {
        Gen<List<String>> words = lists().of(texts()).ofSizeBetween(3, 8);
        Gen<List<Integer>> picks =
                lists().of(integers().between(0, RESULTS.size() - 1)).ofSizeBetween(1, 4);
        return words.zip(picks, Generate.enumValues(StatisticStyle.class), Generate.booleans(), (w, p, style, ai) -> {
            AnswerBuilder b = Answer.builder(DisclaimerPolicy.patientFacing())
                    .question(w.get(0) + "?")
                    .date(ReferenceAnswers.DATE);
            if (ai) {
                b.aiGenerated(w.get(1));
            } else {
                b.humanWritten(w.get(1));
            }
            b.section(w.get(2), s -> {
                s.paragraph(w.get(0)).emphasis(w.get(1)).term(w.get(2), w.get(0));
                p.forEach(i -> s.statistic(RESULTS.get(i), style));
                s.bullets(w.toArray(String[]::new)).callout(Callout.Kind.IMPORTANT, w.get(1));
                s.evidenceTable(w.get(0), p.stream().map(RESULTS::get).toList(), style);
            });
            b.questionsToAsk(w.get(0) + "?", w.get(1) + "?", w.get(2) + "?");
            if (w.size() > 3) {
                b.keyTakeaway(w.get(3)).relatedQuestion(w.get(3), w.get(0));
            }
            return b.build();
        });
    }

    @Test
    void generated_answers_round_trip() {
        qt().withExamples(150).forAll(answers()).checkAssert(AnswerJsonPropertyTest::roundTrips);
    }

    @Test
    void the_reference_answers_round_trip() {
        roundTrips(ReferenceAnswers.immunotherapyForLiverCancer());
        roundTrips(ReferenceAnswers.carTForLiverCancer());
        roundTrips(ReferenceAnswers.howImmunotherapyWorks());
    }

    private static void roundTrips(Answer answer) {
        try {
            String json = OncodexJson.mapper().writeValueAsString(answer);
            Answer back = OncodexJson.mapper().readValue(json, Answer.class);
            assertThat(back).isEqualTo(answer);
            assertThat(OncodexJson.mapper().writeValueAsString(back)).isEqualTo(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
