package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;

/**
 * Questions to ask run inside one paragraph, numbered "(1) ...? (2) ...?" after a lead-in (extra correct set 7, k02),
 * read as the questions to ask; a paragraph that only cites "(1)" or lists numbered options stays content. Written for
 * these tests. First run: 3 of 3 passed.
 */
class EnumeratedQuestionsTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final String SOURCES = "## Sources\n\n1. National Cancer Institute. Liver cancer treatment (PDQ)."
            + " https://www.cancer.gov/types/liver\n";

    private static Answer read(String paragraph) {
        return MarkdownAnswers.read(
                "# Pembrolizumab after sorafenib?\n\nIt is a second treatment [1].\n\n" + paragraph + "\n\n" + SOURCES,
                KB);
    }

    @Test
    void numbered_questions_after_a_lead_in_in_one_paragraph_are_the_questions() {
        List<List<String>> openers = List.of(
                List.of("(1) ", "(2) ", "(3) "),
                List.of("1) ", "2) ", "3) "),
                List.of("1. ", "2. ", "3. "),
                List.of("(a) ", "(b) ", "(c) "));
        List<String> leads = List.of(
                "**What to bring to your next appointment.** You might ask your oncologist: ",
                "Before the visit, write a few things down. Questions to ask your doctor: ",
                "You could ask your care team: ");
        qt().forAll(integers().between(0, openers.size() - 1), integers().between(0, leads.size() - 1))
                .checkAssert((o, l) -> {
                    List<String> n = openers.get(o);
                    String paragraph = leads.get(l) + n.get(0) + "Has my cancer grown on sorafenib, or did I stop it? "
                            + n.get(1) + "Which immune side effects should I call about? " + n.get(2)
                            + "How would we know whether it is working?";
                    Answer answer = read(paragraph);
                    assertThat(answer.questionsToAsk().questions())
                            .as(paragraph)
                            .containsExactly(
                                    "Has my cancer grown on sorafenib, or did I stop it?",
                                    "Which immune side effects should I call about?",
                                    "How would we know whether it is working?");
                });
    }

    @Test
    void the_words_before_the_lead_in_stay_content() {
        Answer answer = read("Before the visit, write a few things down. You might ask your oncologist: (1) Is it"
                + " working? (2) What comes next?");
        assertThat(answer.sections().stream().flatMap(s -> s.blocks().stream()).map(Object::toString))
                .anyMatch(b -> b.contains("write a few things down"));
    }

    @Test
    void a_run_that_is_not_all_questions_or_not_in_order_stays_content() {
        List<String> paragraphs = List.of(
                // options, not questions
                "You might ask your oncologist: (1) a scan in three months, (2) a blood test, (3) a visit.",
                // numbered out of order
                "You might ask your oncologist: (2) Is it working? (3) What comes next?",
                // one question only
                "You might ask your oncologist: (1) Is it working?",
                // no lead-in naming the questions
                "The trial had two parts: (1) Was the drug safe? (2) Did it help?");
        qt().forAll(integers().between(0, paragraphs.size() - 1)).checkAssert(i -> {
            Answer answer = read(paragraphs.get(i));
            assertThat(answer.questionsToAsk().questions())
                    .as(paragraphs.get(i))
                    .hasSizeLessThan(2);
        });
    }
}
