package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.evidence.EvidenceBase;

/**
 * Which numbers an answer states, and that the rules of one check share one reading of them. The
 * answers were written for these tests.
 */
class NumberCheckTest {
    private static final EvidenceBase KB = ReferenceAnswers.KB;

    private static Answer withQuestion(String question) {
        Answer plain = RuleTestAnswers.builder()
                .section("What is known", s -> s.paragraph("Plain words.").cite(RuleTestAnswers.WJCO))
                .build();
        return Answer.unchecked().from(plain).question(question).build();
    }

    private static List<NumberCheck.Outcome> inTitle(Answer answer) {
        return NumberCheck.of(answer, KB).stream()
                .filter(o -> o.unit().location.part() == Location.Part.QUESTION)
                .toList();
    }

    @Test
    void a_question_states_no_number_but_a_title_that_is_a_statement_does() {
        assertThat(inTitle(withQuestion("Does it help 97% of people?"))).isEmpty();
        assertThat(inTitle(withQuestion("It helps 97% of people.")))
                .singleElement()
                .satisfies(o -> assertThat(o.words()).isEqualTo("97%"));
    }

    @Test
    void within_one_check_the_rules_share_one_reading_and_a_check_inside_another_leaves_it_as_it_was() {
        Answer first = withQuestion("It helps 97% of people.");
        Answer second = withQuestion("It helps 96% of people.");
        NumberCheck.sharedWithin(() -> {
            List<NumberCheck.Outcome> read = NumberCheck.of(first, KB);
            assertThat(NumberCheck.of(first, KB)).isSameAs(read);
            NumberCheck.sharedWithin(() -> {
                assertThat(NumberCheck.of(second, KB)).isSameAs(NumberCheck.of(second, KB));
                return true;
            });
            assertThat(NumberCheck.of(first, KB)).isSameAs(read);
            // another answer in the same check is read anew
            assertThat(NumberCheck.of(second, KB)).isNotSameAs(read);
            return true;
        });
        // outside a check every call reads the answer again
        assertThat(NumberCheck.of(first, KB)).isNotSameAs(NumberCheck.of(first, KB));
        assertThat(NumberCheck.of(first, KB)).isNotEmpty();
    }
}
