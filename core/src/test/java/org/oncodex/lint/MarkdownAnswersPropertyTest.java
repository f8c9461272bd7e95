package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.render.MarkdownRenderer;
import org.oncodex.rules.RuleSet;
import org.quicktheories.core.Gen;

class MarkdownAnswersPropertyTest {
    private static final List<Character> NOISE = List.of(
            '#', '\n', '*', '_', '[', ']', '^', ':', '-', '>', '|', '`', '<', '!', ' ', '1', '.', '?', '(', ')');

    @Test
    void any_text_reads_without_throwing_and_the_rules_check_it() {
        RuleSet rules = RuleSet.standard(ReferenceAnswers.KB);
        qt().withExamples(500)
                .forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(text -> {
                    Answer answer = MarkdownAnswers.read(text, ReferenceAnswers.KB);
                    assertThat(rules.check(answer).findings("ONC-RULE-FAILED")).isEmpty();
                });
    }

    @Test
    void mutated_answers_read_without_throwing_and_the_rules_check_them() throws IOException {
        String fixture = MarkdownFixturesTest.fixture("car-t-liver-cancer.md");
        RuleSet rules = RuleSet.standard(ReferenceAnswers.KB);
        Gen<String> mutated = lists().of(integers().between(0, 100_000))
                .ofSizeBetween(1, 12)
                .map(cuts -> {
                    StringBuilder text = new StringBuilder(fixture);
                    for (int cut : cuts) {
                        int at = cut % (text.length() + 1);
                        if (cut % 2 == 0) {
                            text.insert(at, NOISE.get(cut % NOISE.size()));
                        } else if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    return text.toString();
                });
        qt().withExamples(300)
                .forAll(mutated)
                .checkAssert(text -> assertThat(rules.check(MarkdownAnswers.read(text, ReferenceAnswers.KB))
                                .findings("ONC-RULE-FAILED"))
                        .isEmpty());
    }

    @Test
    void a_rendered_answer_reads_back_with_its_parts() {
        for (Answer answer : List.of(
                ReferenceAnswers.immunotherapyForLiverCancer(),
                ReferenceAnswers.carTForLiverCancer(),
                ReferenceAnswers.howImmunotherapyWorks())) {
            Answer back = MarkdownAnswers.read(new MarkdownRenderer().render(answer), ReferenceAnswers.KB);
            assertThat(back.question()).isEqualTo(answer.question());
            assertThat(back.date()).isEqualTo(answer.date());
            assertThat(back.provenance()).isEqualTo(answer.provenance());
            assertThat(back.cancerType()).isEqualTo(answer.cancerType());
            assertThat(back.sections())
                    .extracting(s -> s.heading())
                    .isEqualTo(answer.sections().stream().map(s -> s.heading()).toList());
            assertThat(back.questionsToAsk()).isEqualTo(answer.questionsToAsk());
            assertThat(back.keyTakeaway()).isEqualTo(answer.keyTakeaway());
            assertThat(back.relatedQuestions()).isEqualTo(answer.relatedQuestions());
            // every disclaimer the renderer wrote is read back where it stands; content that says one
            // in its own words ("... is not approved for liver cancer") adds an inline one
            List<String> written = answer.disclaimers().stream()
                    .map(d -> d.disclaimer().kind() + "@" + d.placement())
                    .toList();
            assertThat(back.disclaimers())
                    .extracting(d -> d.disclaimer().kind() + "@" + d.placement())
                    .containsSubsequence(written)
                    .filteredOn(k -> !written.contains(k))
                    .allMatch(k -> k.endsWith("@INLINE"));
            assertThat(back.sources()).hasSameSizeAs(answer.sources());
        }
    }
}
