package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.rules.RuleSet;

/**
 * The shape found by the extra correct set 14: questions listed under a heading that names neither the questions nor
 * the visit ("### Step 3 — Talk it through"), each a question the reader would ask in the first person. Written for
 * these tests; the numbers are KEYNOTE-240's results in the bundled evidence base.
 */
class Extra14ShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static String answer(String questions) {
        return """
                # Pembrolizumab after sorafenib

                This is general information written by an AI, not medical advice. Talk with your oncologist before deciding.

                ### Step 1 — What the numbers say

                In KEYNOTE-240, median overall survival was 13.9 months with pembrolizumab versus 10.6 months with placebo [1].

                QUESTIONS

                ## Sources

                1. Finn RS, et al. Pembrolizumab As Second-Line Therapy in Patients With Advanced Hepatocellular Carcinoma in KEYNOTE-240. J Clin Oncol. 2020. https://ascopubs.org/doi/10.1200/JCO.19.01307
                """.replace("QUESTIONS", questions);
    }

    private static boolean questionsMissing(Answer answer) {
        return RuleSet.standard(KB).check(answer).findings().stream()
                .anyMatch(f -> f.severity() == org.oncodex.rules.Severity.ERROR
                        && f.ruleId().equals("ONC-QUESTIONS-TO-ASK"));
    }

    @Test
    void a_list_of_first_person_questions_is_the_questions_when_there_is_no_other() {
        Answer answer = MarkdownAnswers.read(answer("""
                ### Step 2 — Talk it through

                - Could pembrolizumab still be an option if I have cirrhosis?
                - How often would I need scans while on it?
                - What would we do if the cancer keeps growing?"""), KB);
        assertThat(answer.questionsToAsk().questions()).hasSize(3);
        assertThat(answer.readerNotes()).anyMatch(n -> n.contains("list of first-person questions"));
        assertThat(questionsMissing(answer)).isFalse();
    }

    @Test
    void a_list_of_questions_about_the_topic_is_not_the_questions() {
        Answer answer = MarkdownAnswers.read(answer("""
                ### Step 2 — Common questions

                - What is pembrolizumab?
                - How is it given?"""), KB);
        assertThat(answer.questionsToAsk().questions()).isEmpty();
        assertThat(questionsMissing(answer)).isTrue();
    }

    @Test
    void with_a_questions_part_such_a_list_stays_content() {
        Answer answer = MarkdownAnswers.read(answer("""
                ### Step 2 — Talk it through

                - Could pembrolizumab still be an option if I have cirrhosis?
                - How often would I need scans while on it?

                ## Questions to ask your care team

                - Which side effects should I report?
                - How long would treatment last?
                - What comes after pembrolizumab?"""), KB);
        assertThat(answer.questionsToAsk().questions())
                .containsExactly(
                        "Which side effects should I report?",
                        "How long would treatment last?",
                        "What comes after pembrolizumab?");
    }
}
