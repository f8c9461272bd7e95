package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;

/**
 * Shapes held-out batch 12 wrote: a "Source text:" line that quotes a source sentence inside content (not the
 * sources), and questions under a heading that names the decision ("Before you decide"). Written for these tests.
 */
class Batch12ShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final String SOURCES = """

            ## Sources

            1. National Cancer Institute. Liver cancer treatment (PDQ). https://www.cancer.gov/types/liver
            """;

    private static Answer read(String body) {
        return MarkdownAnswers.read(
                "# Lenvatinib or sorafenib?\n\nBoth are first treatments.\n\n" + body + SOURCES, KB);
    }

    @Test
    void a_source_text_line_quoting_a_sentence_is_content_not_the_sources() {
        Answer answer = read("""
                ## REFLECT

                Source text: "lenvatinib was noninferior but not statistically superior to sorafenib" [1]

                Reading: noninferiority met [1].
                """);
        assertThat(answer.sections())
                .filteredOn(s -> s.heading().equals("REFLECT"))
                .singleElement()
                .satisfies(s -> assertThat(s.blocks()).hasSize(2));
        assertThat(answer.sources()).hasSize(1);
    }

    @Test
    void a_sources_line_still_opens_the_sources() {
        Answer answer = MarkdownAnswers.read(
                "# Lenvatinib?\n\nIt is a first treatment [1].\n\nSources: [1] National Cancer Institute. Liver cancer"
                        + " treatment (PDQ). https://www.cancer.gov/types/liver\n",
                KB);
        assertThat(answer.sources()).hasSize(1);
    }

    @Test
    void a_list_of_questions_under_a_heading_that_names_the_decision_is_the_questions_to_ask() {
        // any of the decision headings, over a list that only asks; a list that does not only ask stays content
        List<String> headings = List.of("Before you decide", "Before deciding", "Before you start treatment");
        qt().forAll(integers().between(0, headings.size() - 1), integers().between(0, 1))
                .checkAssert((h, onlyAsks) -> {
                    Answer answer = read("## " + headings.get(h) + "\n\n"
                            + (onlyAsks == 1 ? "- Is my liver function good enough?\n" : "- Bring your scans\n")
                            + "- Should my AFP level be checked?\n");
                    assertThat(answer.questionsToAsk().questions())
                            .as(headings.get(h))
                            .hasSize(onlyAsks == 1 ? 2 : 0);
                });
    }
}
