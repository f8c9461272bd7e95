package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;

/**
 * Shapes held-out batch 13 wrote: a plain line that is only "Sources" (or "References") over the numbered list, as
 * a search assistant lays it out, and a heading whose only content is a bold line opening the questions. Written
 * for these tests.
 */
class Batch13ShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final String SOURCE =
            "1. National Cancer Institute. Liver cancer treatment (PDQ)." + " https://www.cancer.gov/types/liver\n";

    @Test
    void a_plain_line_that_is_only_the_sources_name_opens_the_sources() {
        List<String> names = List.of("Sources", "References", "Sources:", "Citations");
        qt().forAll(integers().between(0, names.size() - 1)).checkAssert(i -> {
            Answer answer = MarkdownAnswers.read(
                    "# Lenvatinib?\n\nIt is a first treatment [1].\n\n" + names.get(i) + "\n" + SOURCE, KB);
            assertThat(answer.sources()).as(names.get(i)).hasSize(1);
        });
    }

    @Test
    void a_plain_line_that_says_more_than_the_name_stays_content() {
        Answer answer = MarkdownAnswers.read(
                "# Lenvatinib?\n\nIt is a first treatment [1].\n\nSources of support for carers\n\n"
                        + "- Local groups can help.\n\n## Sources\n\n" + SOURCE,
                KB);
        assertThat(answer.sources()).hasSize(1);
        assertThat(answer.sections().stream().flatMap(s -> s.blocks().stream()).map(Object::toString))
                .anyMatch(b -> b.contains("Sources of support for carers"));
    }

    @Test
    void a_heading_whose_only_content_is_a_bold_questions_line_is_not_an_empty_section() {
        Answer answer = MarkdownAnswers.read("""
                # Ramucirumab?

                It is given after sorafenib [1].

                ### Next steps

                **Questions to ask your doctor:**
                * What is my latest AFP level?
                * How often would I come in?

                ## Sources

                """ + SOURCE, KB);
        assertThat(answer.questionsToAsk().questions()).hasSize(2);
        assertThat(answer.sections())
                .noneMatch(s -> s.heading().equals("Next steps") && s.blocks().isEmpty());
    }

    @Test
    void a_heading_followed_by_another_heading_at_its_level_is_still_empty() {
        Answer answer = MarkdownAnswers.read(
                "# Ramucirumab?\n\nIt is given after sorafenib [1].\n\n### Next steps\n\n### Side effects\n\n"
                        + "Tiredness is common.\n\n## Sources\n\n" + SOURCE,
                KB);
        assertThat(answer.sections())
                .anyMatch(s -> s.heading().equals("Next steps") && s.blocks().isEmpty());
    }
}
