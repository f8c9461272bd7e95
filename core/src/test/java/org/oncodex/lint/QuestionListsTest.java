package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;

/**
 * The questions to ask as held-out batch 11 wrote them: a task list under a heading that names the visit, and
 * keycap-emoji lines after a bold "You might ask:". Written for these tests.
 */
class QuestionListsTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static Answer read(String questions) {
        return MarkdownAnswers.read(
                "# Lenvatinib or sorafenib?\n\nBoth are first treatments for advanced liver cancer.\n\n" + questions
                        + "\n## Sources\n\n"
                        + "1. National Cancer Institute. Liver cancer treatment (PDQ). https://www.cancer.gov/types/liver\n",
                KB);
    }

    @Test
    void a_task_list_of_questions_under_a_heading_that_names_the_visit_is_the_questions_to_ask() {
        Answer answer = read("""
                ## Before your next appointment

                - [ ] Is my liver function good enough for another medicine?
                - [ ] Should my AFP level be checked?
                - [x] Which side effects would make us stop?
                """);
        assertThat(answer.questionsToAsk().questions())
                .containsExactly(
                        "Is my liver function good enough for another medicine?",
                        "Should my AFP level be checked?",
                        "Which side effects would make us stop?");
        assertThat(answer.readerNotes()).anyMatch(n -> n.contains("is read as the questions to ask"));
    }

    @Test
    void a_checklist_that_does_not_only_ask_stays_content() {
        Answer answer = read("""
                ## Before your next appointment

                - [ ] Bring a list of your medicines
                - [ ] Is my liver function good enough for another medicine?
                """);
        assertThat(answer.questionsToAsk().questions()).isEmpty();
        assertThat(answer.sections()).anyMatch(s -> s.heading().equals("Before your next appointment"));
    }

    @Test
    void questions_under_a_heading_that_names_no_visit_stay_content() {
        assertThat(read("""
                        ## Common worries

                        - Will it hurt?
                        - Will I lose my hair?
                        """).questionsToAsk().questions()).isEmpty();
    }

    @Test
    void keycap_emoji_lines_after_a_bold_lead_in_are_each_a_question() {
        Answer answer = read("""
                💬 **You might ask:**

                1️⃣ Would a combination suit me better?
                2️⃣ How will we watch for immune side effects?
                3️⃣ Is there a clinical trial near me?
                """);
        assertThat(answer.questionsToAsk().questions())
                .containsExactly(
                        "Would a combination suit me better?",
                        "How will we watch for immune side effects?",
                        "Is there a clinical trial near me?");
    }

    @Test
    void any_number_of_asking_items_two_or_more_is_read_and_one_is_not() {
        qt().forAll(integers().between(1, 8)).checkAssert(n -> {
            StringBuilder list = new StringBuilder("## At your visit\n\n");
            for (int i = 1; i <= n; i++) {
                list.append("- [ ] Question number ").append(i).append(" for the team?\n");
            }
            assertThat(read(list.toString()).questionsToAsk().questions()).hasSize(n >= 2 ? n : 0);
        });
    }
}
