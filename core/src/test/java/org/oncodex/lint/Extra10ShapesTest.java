package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.rules.Finding;
import org.oncodex.rules.RuleSet;

/**
 * Shapes found by the extra correct set 10: questions as bold "Q:" lines with no questions part, questions after
 * "Some things you could ask:", and a number that says whom a cited trial enrolled (REACH-2's alpha-fetoprotein of 400
 * ng/mL or more). Written for these tests; the numbers are REACH-2's results in the bundled evidence base.
 */
class Extra10ShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static String answer(String results, String questions) {
        return """
                # Ramucirumab after sorafenib

                This is general information written by an AI, not medical advice. Talk with your oncologist before deciding.

                ## Results

                RESULTS

                QUESTIONS

                ## Sources

                1. The ASCO Post. FDA Approves Ramucirumab for Hepatocellular Carcinoma. 2019. https://www.ascopost.com/News/60034
                """.replace("RESULTS", results).replace("QUESTIONS", questions);
    }

    private static final String RESULTS =
            "In REACH-2, median overall survival was 8.5 months with ramucirumab versus 7.3 months with placebo [1].";

    private static List<Finding> errors(Answer answer) {
        return RuleSet.standard(KB).check(answer).findings().stream()
                .filter(f -> f.severity() == org.oncodex.rules.Severity.ERROR)
                .toList();
    }

    @Test
    void a_paragraph_of_first_person_questions_is_the_questions_when_there_is_no_other() {
        String lines = """
                **Q: Is my AFP level high enough for ramucirumab?**
                **Q: Which side effects should I expect?**
                **Q: How will we know if it works?**""";
        Answer answer = MarkdownAnswers.read(answer(RESULTS, lines), KB);
        assertThat(answer.questionsToAsk().questions())
                .containsExactly(
                        "Is my AFP level high enough for ramucirumab?",
                        "Which side effects should I expect?",
                        "How will we know if it works?");
        assertThat(answer.readerNotes()).anyMatch(n -> n.contains("first-person questions"));
        assertThat(errors(answer)).noneMatch(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"));
    }

    @Test
    void questions_about_the_topic_are_not_questions_to_ask() {
        String lines = """
                What is ramucirumab?
                How does it differ from sorafenib?""";
        Answer answer = MarkdownAnswers.read(answer(RESULTS, lines), KB);
        assertThat(answer.questionsToAsk().questions()).isEmpty();
        assertThat(errors(answer)).anyMatch(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"));
    }

    @Test
    void questions_after_a_lead_in_of_things_to_ask_are_the_questions() {
        String lines = """
                ## Talking it over

                Some things you could ask:

                - Is my AFP level high enough for ramucirumab?
                - Which side effects should I expect?
                - How will we know if it works?""";
        Answer answer = MarkdownAnswers.read(answer(RESULTS, lines), KB);
        assertThat(answer.questionsToAsk().questions()).hasSize(3);
    }

    @Test
    void a_number_the_cited_trial_enrolled_by_is_grounded_and_another_is_not() {
        // in a table, the cell is read under its column's header ("Key result: ..."), as a finding would be
        String said = RESULTS + "\n\n| Trial | Key result |\n|---|---|\n| REACH-2 [1] | Median overall survival 8.5 vs"
                + " 7.3 months, for AFP of 400 ng/mL or more |";
        String lines = "## Questions to ask your care team\n\n- Is my AFP high enough?\n- What side effects should I"
                + " expect?\n- How will we know it works?";
        assertThat(errors(MarkdownAnswers.read(answer(said, lines), KB)))
                .noneMatch(f -> f.ruleId().equals("ONC-NUMBER-UNGROUNDED"));
        assertThat(errors(MarkdownAnswers.read(answer(said.replace("400", "200"), lines), KB)))
                .anyMatch(f -> f.ruleId().equals("ONC-NUMBER-UNGROUNDED"));
    }
}
