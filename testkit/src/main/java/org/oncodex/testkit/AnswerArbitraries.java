package org.oncodex.testkit;

import static org.oncodex.testkit.OncodexArbitraries.*;
import static org.oncodex.testkit.RandomText.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerBuilder;
import org.oncodex.answer.Callout;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.Emphasis;
import org.oncodex.answer.Inline;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.answer.SectionBuilder;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.StatisticStyle;
import org.oncodex.answer.Term;
import org.oncodex.answer.Text;
import org.oncodex.disclaimers.ApprovalState;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/** Complete answers for {@link OncodexArbitraries#answer(RandomGenerator, DisclaimerPolicy)}. */
final class AnswerArbitraries {
    private AnswerArbitraries() {}

    static Answer answer(RandomGenerator random, DisclaimerPolicy policy) {
        AnswerBuilder b = Answer.builder(policy)
                .question(text(random, 3, 10) + "?")
                .audience(pick(random, List.copyOf(policy.audiences())))
                .channel(pick(random, List.copyOf(policy.channels())))
                .date(FIRST_DATE.plusDays(random.nextInt(0, DATE_SPAN_DAYS)))
                .locale(random.nextInt(4) == 0 ? SPANISH : Locale.ENGLISH);
        switch (random.nextInt(3)) {
            case 0 -> b.aiGenerated("Synthetic AI " + random.nextInt(1, 100));
            case 1 -> b.aiGenerated("Synthetic AI " + random.nextInt(1, 100), "synthetic test evidence");
            default -> b.humanWritten("Synthetic Author " + random.nextInt(1, 100));
        }
        if (random.nextBoolean()) {
            b.cancerType(cancerType(random));
            if (random.nextInt(3) == 0) {
                ApprovalState approval = pick(random, ApprovalState.values());
                b.mentions("synthetic therapy " + random.nextInt(1, 100), approval);
            }
        }
        if (random.nextInt(4) == 0) {
            b.mentionsClinicalTrials();
        }
        if (random.nextInt(8) == 0) {
            b.mentionsOffLabelUse();
        }
        if (random.nextInt(10) == 0) {
            b.mentionsUrgentSymptoms();
        }
        List<Citation> cited = new ArrayList<>();
        int sections = random.nextInt(1, 5);
        for (int i = 0; i < sections; i++) {
            b.section(text(random, 1, 5), s -> sectionContent(random, s, cited));
        }
        List<String> questions = new ArrayList<>();
        int count = random.nextInt(QuestionsToAsk.MIN_QUESTIONS, QuestionsToAsk.MAX_QUESTIONS + 1);
        for (int i = 0; i < count; i++) {
            questions.add(text(random, 3, 12) + "?");
        }
        b.questionsToAsk(
                random.nextInt(4) == 0
                        ? QuestionsToAsk.of("Questions for your synthetic care team", questions)
                        : QuestionsToAsk.of(questions));
        if (random.nextBoolean()) {
            b.keyTakeaway(text(random, 4, 14));
        }
        int related = random.nextInt(0, 3);
        for (int i = 0; i < related; i++) {
            if (random.nextBoolean()) {
                b.relatedQuestion(text(random, 3, 8) + "?", text(random, 4, 12));
            } else {
                b.relatedQuestion(text(random, 3, 8) + "?");
            }
        }
        int extraSources = random.nextInt(0, 3);
        for (int i = 0; i < extraSources; i++) {
            b.source(citation(random));
        }
        if (cited.isEmpty() && extraSources == 0) {
            b.source(citation(random));
        }
        return b.build();
    }

    private static void sectionContent(RandomGenerator random, SectionBuilder s, List<Citation> cited) {
        int blocks = random.nextInt(1, 5);
        for (int i = 0; i < blocks; i++) {
            switch (random.nextInt(7)) {
                case 0, 1, 2 -> s.paragraph(paragraph(random, cited).toArray(Inline[]::new));
                case 3 -> s.bullets(texts(random, 1, 5));
                case 4 -> s.numbered(texts(random, 1, 5));
                case 5 -> s.callout(pick(random, Callout.Kind.values()), text(random, 3, 12));
                default -> {
                    List<TrialResult> results = new ArrayList<>();
                    int rows = random.nextInt(1, 4);
                    for (int r = 0; r < rows; r++) {
                        results.add(trialResult(random));
                    }
                    results.forEach(r -> r.citation().ifPresent(cited::add));
                    StatisticStyle style = pick(random, StatisticStyle.values());
                    if (random.nextBoolean()) {
                        s.evidenceTable(text(random, 2, 6), results, style);
                    } else {
                        s.evidenceTable(results);
                    }
                }
            }
        }
    }

    private static List<Inline> paragraph(RandomGenerator random, List<Citation> cited) {
        List<Inline> inlines = new ArrayList<>();
        inlines.add(Text.of(text(random, 2, 12) + " "));
        int more = random.nextInt(0, 4);
        for (int i = 0; i < more; i++) {
            switch (random.nextInt(5)) {
                case 0 ->
                    inlines.add(
                            random.nextBoolean()
                                    ? Emphasis.of(text(random, 1, 4))
                                    : Emphasis.strong(text(random, 1, 4)));
                case 1 -> inlines.add(Term.of(text(random, 1, 3), text(random, 3, 10)));
                case 2 -> {
                    TrialResult result = trialResult(random);
                    result.citation().ifPresent(cited::add);
                    inlines.add(Statistic.of(result, pick(random, StatisticStyle.values())));
                }
                case 3 -> {
                    Citation citation = citation(random);
                    cited.add(citation);
                    inlines.add(CitationMarker.of(citation));
                }
                default -> inlines.add(Text.of(" " + text(random, 1, 8) + " "));
            }
        }
        return inlines;
    }
}
