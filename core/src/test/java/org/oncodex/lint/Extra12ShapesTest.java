package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.rules.Finding;
import org.oncodex.rules.RuleSet;

/**
 * Shapes found by the extra correct set 12: questions listed after a line that leads in to them and names the visit
 * ("If it helps, you could bring these to your appointment:"), and a median restated as a hedged rounding after it
 * ("13.9 months …, just under 14 months"). Written for these tests; the numbers are KEYNOTE-240's results in the
 * bundled evidence base.
 */
class Extra12ShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static String answer(String results, String questions) {
        return """
                # Pembrolizumab after sorafenib

                This is general information written by an AI, not medical advice. Talk with your oncologist before deciding.

                ## Results

                RESULTS

                QUESTIONS

                ## Sources

                1. Finn RS, et al. Pembrolizumab As Second-Line Therapy in Patients With Advanced Hepatocellular Carcinoma in KEYNOTE-240. J Clin Oncol. 2020. https://ascopubs.org/doi/10.1200/JCO.19.01307
                """.replace("RESULTS", results).replace("QUESTIONS", questions);
    }

    private static final String RESULTS = "In KEYNOTE-240, median overall survival was 13.9 months with pembrolizumab"
            + " versus 10.6 months with placebo [1].";

    private static final String QUESTIONS_LIST = """
            - Is pembrolizumab suited to me after sorafenib?
            - How would side effects be watched for?
            - How many infusions would I need?""";

    private static List<Finding> errors(Answer answer) {
        return RuleSet.standard(KB).check(answer).findings().stream()
                .filter(f -> f.severity() == org.oncodex.rules.Severity.ERROR)
                .toList();
    }

    @Test
    void questions_after_a_lead_in_that_names_the_visit_are_the_questions() {
        Answer answer = MarkdownAnswers.read(
                answer(RESULTS, "If it helps, you could bring these to your appointment:\n\n" + QUESTIONS_LIST), KB);
        assertThat(answer.questionsToAsk().questions()).hasSize(3);
        assertThat(answer.readerNotes()).anyMatch(n -> n.contains("is read as the questions to ask"));
        assertThat(errors(answer)).noneMatch(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"));
    }

    @Test
    void a_paragraph_after_such_a_list_is_content_again() {
        String after = "If it helps, you could bring these to your appointment:\n\n" + QUESTIONS_LIST
                + "\n\nThe survival gain was modest.";
        Answer answer = MarkdownAnswers.read(answer(RESULTS, after), KB);
        assertThat(answer.questionsToAsk().questions()).hasSize(3);
        assertThat(errors(answer)).isEmpty();
    }

    @Test
    void a_list_after_a_lead_in_that_names_no_visit_or_asks_nothing_stays_content() {
        // a lead-in that names no visit, and a checklist after one that does: neither is the questions
        Answer topic = MarkdownAnswers.read(answer(RESULTS, "Common points of confusion:\n\n" + QUESTIONS_LIST), KB);
        assertThat(topic.questionsToAsk().questions()).isEmpty();
        assertThat(errors(topic)).anyMatch(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"));
        Answer checklist = MarkdownAnswers.read(
                answer(RESULTS, "Bring these to your appointment:\n\n- your medicines\n- your latest scans"), KB);
        assertThat(checklist.questionsToAsk().questions()).isEmpty();
    }

    @Test
    void a_median_restated_as_a_hedged_rounding_after_it_is_grounded() {
        String said =
                "In KEYNOTE-240, median overall survival was 13.9 months with pembrolizumab, just under 14 months,"
                        + " versus 10.6 months with placebo [1].";
        String lines = "## Questions to ask your care team\n\n" + QUESTIONS_LIST;
        assertThat(errors(MarkdownAnswers.read(answer(said, lines), KB))).isEmpty();
        // the rounding on the wrong side, far from the median, or not hedged is held as it stands
        for (String wrong : List.of("just over 14 months", "just under 17 months", "under 14 months")) {
            String text = said.replace("just under 14 months", wrong);
            assertThat(errors(MarkdownAnswers.read(answer(text, lines), KB)))
                    .as(text)
                    .anyMatch(f -> f.ruleId().equals("ONC-NUMBER-UNGROUNDED"));
        }
    }
}
