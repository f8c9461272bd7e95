package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.rules.RuleSet;

/**
 * An answer that lists no sources but links to its pages, as web-search answers cite ("([ascopubs.org](...))") and
 * as Markdown reference links do when their definitions are hidden; and a question in bold followed by a line of why.
 * Written for these tests (found by the extra correct set 3); the numbers are KEYNOTE-240's results in the bundled
 * evidence base.
 */
class LinkedSourcesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final String PAGE = "https://ascopubs.org/doi/10.1200/JCO.19.01307";

    private static String answer(String sources) {
        return """
                # Pembrolizumab after sorafenib

                This was written by an AI for general information. It isn't medical advice.

                ## Results

                - Median overall survival was 13.9 months with pembrolizumab vs 10.6 months with placebo. ([ascopubs.org](%s))

                ## Questions to ask your care team

                - How does pembrolizumab compare with the other medicines for me?
                - What side effects should I report?
                - How long would I take it?

                Please talk with your oncologist before making any treatment decision.
                """.formatted(PAGE) + sources;
    }

    @Test
    void the_pages_an_answer_links_to_are_its_sources_when_it_lists_none() {
        Answer answer = MarkdownAnswers.read(answer(""), KB);
        assertThat(answer.sources()).hasSize(1);
        assertThat(answer.readerNotes()).anyMatch(n -> n.contains("links to is read as its sources"));
        assertThat(RuleSet.standard(KB).check(answer).findings())
                .noneMatch(f ->
                        f.ruleId().equals("ONC-SOURCES-MISSING") || f.ruleId().equals("ONC-NUMBER-UNGROUNDED"));
    }

    @Test
    void an_answer_that_lists_its_sources_keeps_the_list_alone() {
        String listed = "\n## Sources\n\n1. Finn RS, et al. Pembrolizumab as second-line therapy in KEYNOTE-240. J Clin"
                + " Oncol. 2020. https://doi.org/10.1200/JCO.19.01307\n";
        Answer answer = MarkdownAnswers.read(answer(listed), KB);
        assertThat(answer.sources()).hasSize(1);
        assertThat(answer.readerNotes()).noneMatch(n -> n.contains("read as its sources"));
    }

    @Test
    void reference_links_whose_definitions_are_hidden_are_read_through_their_links() {
        String markdown = "Median overall survival was 13.9 months with pembrolizumab ([JCO][1]).\n\n" + "[1]: " + PAGE
                + " \"KEYNOTE-240, J Clin Oncol 2020\"\n";
        assertThat(MarkdownAnswers.read(markdown, KB).sources()).hasSize(1);
    }

    @Test
    void each_page_is_one_source_and_only_web_pages_count() {
        qt().withExamples(50)
                .forAll(integers().between(1, 8), integers().between(1, 3))
                .checkAssert((pages, repeats) -> {
                    StringBuilder md = new StringBuilder("A claim with links.");
                    for (int r = 0; r < repeats; r++) {
                        for (int p = 0; p < pages; p++) {
                            md.append(" ([site ")
                                    .append(p)
                                    .append("](https://example.org/page")
                                    .append(p)
                                    .append("))");
                        }
                    }
                    md.append(" [call us](tel:911) [write](mailto:a@example.org)\n");
                    assertThat(MarkdownAnswers.read(md.toString(), KB).sources())
                            .as(md.toString())
                            .hasSize(pages);
                });
    }

    @Test
    void a_question_in_bold_with_a_line_of_why_is_one_question() {
        List<String> lines =
                List.of("1. How long would treatment last?", "It helps to know how often you would come in.");
        assertThat(QuestionLines.ofParagraph(String.join("\n", lines), lines)).hasValueSatisfying(asked -> {
            assertThat(asked).hasSize(1);
            assertThat(asked.get(0).question()).isEqualTo("How long would treatment last?");
            assertThat(asked.get(0).note()).isEqualTo("It helps to know how often you would come in.");
        });
        List<String> both = List.of("- Is it safe?", "- How long would it last?");
        assertThat(QuestionLines.ofParagraph(String.join("\n", both), both))
                .hasValueSatisfying(asked -> assertThat(asked).hasSize(2));
        List<String> statement = List.of("It helps to know.", "Bring a list of your medicines.");
        assertThat(QuestionLines.ofParagraph(String.join("\n", statement), statement))
                .isEmpty();
    }
}
