package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;

/** The questions to ask set out as a table ("| Question | Why it matters |"), as models write them. Written for these tests. */
class QuestionTablesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static Answer read(String table) {
        return MarkdownAnswers.read(
                "# Lenvatinib or sorafenib?\n\nBoth are first treatments for advanced liver cancer.\n\n"
                        + "## Questions you could bring to your appointment\n\n" + table + "\n## Sources\n\n"
                        + "1. National Cancer Institute. Liver cancer treatment (PDQ). https://www.cancer.gov/types/liver\n",
                KB);
    }

    @Test
    void each_row_whose_first_cell_asks_is_a_question_and_the_rest_its_note() {
        Answer answer = read("""
                | Question | Why it matters |
                |---|---|
                | Is lenvatinib or another first treatment better for me? | There is more than one option. |
                | Which side effects should I watch for? | Spotting them early helps. |
                | How will we know whether it is working? | You will know what to expect. |
                """);
        assertThat(answer.questionsToAsk().questions())
                .containsExactly(
                        "Is lenvatinib or another first treatment better for me?",
                        "Which side effects should I watch for?",
                        "How will we know whether it is working?");
        assertThat(answer.readerNotes()).anyMatch(n -> n.contains("rows of a table under the questions"));
    }

    @Test
    void a_table_whose_rows_do_not_all_ask_stays_a_table() {
        Answer answer = read("""
                | Topic | Detail |
                |---|---|
                | Side effects | Tiredness, high blood pressure |
                | Is it working? | Scans every few months |
                """);
        assertThat(answer.questionsToAsk().questions()).isEmpty();
    }
}
