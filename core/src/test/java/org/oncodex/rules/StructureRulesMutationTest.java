package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.model.evidence.Citation;

/**
 * The structural rules at the edges of what they accept: the count of questions to ask at the format's
 * bounds, the parts a reader could not read or had to assume, which source and which marker a finding
 * points at. The answers are written for these tests.
 */
class StructureRulesMutationTest {
    private static final RuleSet RULES = RuleSet.standard(ReferenceAnswers.KB);

    private static Answer complete() {
        return RuleTestAnswers.builder()
                .section(
                        "What is known",
                        s -> s.paragraph("Your care team can tell you more.").cite(RuleTestAnswers.WJCO))
                .build();
    }

    private static List<Finding> findings(Answer answer, String ruleId) {
        return RULES.check(answer).findings(ruleId);
    }

    private static Answer withQuestions(int n) {
        List<String> questions = IntStream.rangeClosed(1, n)
                .mapToObj(i -> "Is question " + i + " one to ask?")
                .toList();
        return Answer.unchecked()
                .from(complete())
                .questionsToAsk(QuestionsToAsk.of(questions))
                .build();
    }

    @Test
    void three_and_ten_questions_are_the_formats_bounds_and_two_and_eleven_lie_outside_them() {
        assertThat(findings(withQuestions(QuestionsToAsk.MIN_QUESTIONS), "ONC-QUESTIONS-TO-ASK"))
                .isEmpty();
        assertThat(findings(withQuestions(QuestionsToAsk.MAX_QUESTIONS), "ONC-QUESTIONS-TO-ASK"))
                .isEmpty();
        for (int n : new int[] {QuestionsToAsk.MIN_QUESTIONS - 1, QuestionsToAsk.MAX_QUESTIONS + 1}) {
            assertThat(findings(withQuestions(n), "ONC-QUESTIONS-TO-ASK"))
                    .as("%s questions", n)
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.message())
                                .isEqualTo("the answer gives " + n
                                        + " questions to ask the care team; the format asks for 3 to 10");
                        assertThat(f.location()).isEqualTo(Location.of(Location.Part.QUESTIONS_TO_ASK));
                    });
        }
    }

    @Test
    void a_statement_among_the_questions_is_named_by_its_place() {
        Answer answer = Answer.unchecked()
                .from(complete())
                .questionsToAsk(QuestionsToAsk.of(
                        List.of("Is this right for me?", "Tell me about side effects.", "How long is treatment?")))
                .build();
        assertThat(findings(answer, "ONC-QUESTIONS-TO-ASK")).singleElement().satisfies(f -> {
            assertThat(f.location().itemIndex()).hasValue(1);
            assertThat(f.quote()).hasValue("Tell me about side effects.");
            assertThat(f.message()).isEqualTo("\"Tell me about side effects.\" is not a question");
        });
    }

    @Test
    void each_part_the_reader_could_not_read_is_an_error_and_each_assumption_information() {
        Answer answer = Answer.unchecked()
                .from(complete())
                .unreadable(List.of("line 3: one thing", "line 9: another"))
                .readerNotes(List.of("line 4: read the list as the questions to ask"))
                .build();
        assertThat(findings(answer, "ONC-UNREADABLE"))
                .extracting(Finding::message, Finding::severity, Finding::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "part of the answer could not be read: line 3: one thing",
                                Severity.ERROR,
                                Location.answer()),
                        org.assertj.core.groups.Tuple.tuple(
                                "part of the answer could not be read: line 9: another",
                                Severity.ERROR,
                                Location.answer()));
        assertThat(findings(answer, "ONC-READER-ASSUMED")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("the reader assumed: line 4: read the list as the questions to ask");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(findings(complete(), "ONC-UNREADABLE")).isEmpty();
        assertThat(findings(complete(), "ONC-READER-ASSUMED")).isEmpty();
    }

    @Test
    void a_malformed_or_unlinked_source_is_named_by_its_number_and_place() {
        String markdown = """
                # Does immunotherapy work for liver cancer?

                Immunotherapy helps some people.[^1][^2][^3]

                ## Sources

                [^1]: A review of immunotherapy. https://example.org/review
                [^2]: A trial report, written for this test. PMID: 12x
                [^3]: A guideline written for this test.
                """;
        Answer answer = MarkdownAnswers.read(markdown);
        assertThat(findings(answer, "ONC-SOURCE-MALFORMED")).singleElement().satisfies(f -> {
            assertThat(f.location().itemIndex()).hasValue(1);
            assertThat(f.message()).isEqualTo("source 2 has a PubMed id that is not one: \"12x\"");
            assertThat(f.quote()).hasValue("PMID: 12x");
        });
        // a PubMed id that is not one links nowhere either
        assertThat(findings(answer, "ONC-SOURCE-UNLINKED"))
                .extracting(
                        f -> f.location().itemIndex().orElse(-1),
                        f -> f.message().substring(0, 10))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "source 2 ("),
                        org.assertj.core.groups.Tuple.tuple(2, "source 3 ("));
    }

    @Test
    void a_marker_points_at_a_source_only_from_one_to_the_number_listed() {
        Citation second = Citation.builder()
                .title("A second review, written for this test")
                .url("https://example.org/second")
                .build();
        Answer answer = RuleTestAnswers.builder()
                .section(
                        "What is known",
                        s -> s.paragraph("One [0], two [1], three [2] and four [3].")
                                .cite(RuleTestAnswers.WJCO))
                .source(second)
                .build();
        assertThat(answer.sources()).hasSize(2);
        assertThat(findings(answer, "ONC-CITATION-UNRESOLVED"))
                .extracting(f -> f.quote().orElse(""), Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "[0]", "\"[0]\" points to source 0, but the answer lists 2"),
                        org.assertj.core.groups.Tuple.tuple(
                                "[3]", "\"[3]\" points to source 3, but the answer lists 2"));
    }
}
