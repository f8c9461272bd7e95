package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Source;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.rules.RuleSet;

/**
 * Shapes found by the extra correct set 9: sources given as a Markdown table, and questions under a heading that
 * names the conversation with the care team ("💬 Talk to your care team"). Written for these tests; the numbers are
 * RESORCE's and CELESTIAL's results in the bundled evidence base.
 */
class Extra9ShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static String answer(String questionsHeading, String sources) {
        return """
                # Options after sorafenib

                This is general information written by an AI, not medical advice.

                ## Results

                In RESORCE, the hazard ratio for death with regorafenib was 0.63 (95% CI 0.50–0.79) [1]. In CELESTIAL, median overall survival was 10.2 months with cabozantinib [2].

                ## HEADING

                - Which of these fits my liver function?
                - What side effects should I watch for?
                - How will we know if it works?

                Please talk with your oncologist before making any treatment decision.

                SOURCES
                """.replace("HEADING", questionsHeading).replace("SOURCES", sources);
    }

    private static final String TABLE = """
            **Sources**

            | # | Source | Link |
            |---|--------|------|
            | 1 | Bruix J, et al. Regorafenib for patients with hepatocellular carcinoma who progressed on sorafenib treatment (RESORCE). Lancet, 2017 | https://doi.org/10.1016/S0140-6736(16)32453-9 |
            | 2 | Abou-Alfa GK, et al. Cabozantinib in patients with advanced and progressing hepatocellular carcinoma. N Engl J Med, 2018 | https://researchinformation.amsterdamumc.org/en/publications/cabozantinib-in-patients-with-advanced-and-progressing-hepatocell |
            """;

    @Test
    void a_table_under_the_sources_lists_one_source_a_row_under_its_number() {
        Answer answer = MarkdownAnswers.read(answer("Questions to ask your care team", TABLE), KB);
        assertThat(answer.sources()).extracting(Source::number).containsExactly(1, 2);
        assertThat(answer.sources().get(0).citation().title())
                .hasValueSatisfying(t -> assertThat(t).contains("RESORCE"));
        assertThat(RuleSet.standard(KB).check(answer).findings())
                .noneMatch(f -> f.ruleId().equals("ONC-SOURCES-MISSING")
                        || f.ruleId().equals("ONC-NUMBER-UNGROUNDED")
                        || f.ruleId().equals("ONC-CITATION-UNRESOLVED"));
    }

    @Test
    void a_table_of_results_elsewhere_stays_content() {
        String table = "\n| Trial | Hazard ratio |\n|---|---|\n| RESORCE 2017 | 0.63 |\n";
        Answer answer = MarkdownAnswers.read(answer("Questions to ask your care team", table), KB);
        assertThat(answer.sources()).isEmpty();
    }

    @Test
    void rows_numbered_any_way_keep_their_numbers_and_a_header_row_is_no_source() {
        qt().forAll(integers().between(1, 999)).checkAssert(n -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("No.", "Reference"));
            for (String printed : List.of(n + "", n + ".", "[" + n + "]", "(" + n + ")")) {
                rows.add(List.of(printed, "Finn RS, et al. N Engl J Med. 2020"));
            }
            assertThat(Tables.sourceLines(rows))
                    .containsOnly(n + ". Finn RS, et al. N Engl J Med. 2020")
                    .hasSize(4);
        });
    }

    @Test
    void questions_under_a_heading_that_names_the_care_team_are_the_questions() {
        for (String heading :
                List.of("💬 Talk to your care team", "Discuss these with your doctor", "Ask your oncologist")) {
            Answer answer = MarkdownAnswers.read(answer(heading, TABLE), KB);
            assertThat(answer.questionsToAsk().questions()).as(heading).hasSize(3);
            assertThat(RuleSet.standard(KB).check(answer).findings())
                    .as(heading)
                    .noneMatch(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"));
        }
    }

    @Test
    void a_list_that_asks_nothing_under_such_a_heading_is_no_questions_section() {
        String text = answer("Talk to your care team", TABLE)
                .replace("- Which of these fits my liver function?", "- Bring your scans.")
                .replace("- What side effects should I watch for?", "- Bring a list of your medicines.")
                .replace("- How will we know if it works?", "- Bring someone with you.");
        Answer answer = MarkdownAnswers.read(text, KB);
        assertThat(RuleSet.standard(KB).check(answer).findings())
                .anyMatch(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"));
    }
}
