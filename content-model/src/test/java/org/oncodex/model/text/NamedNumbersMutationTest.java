package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NamedNumbers#namesSomething} at its edges: which words before a number make it a name, which letters glued
 * after it, what it counts, and how far on the value must be said. PIT left 17 of 54 of its mutants alive (parser
 * run q2, 2026-12-01). Every text here is written for the test.
 */
class NamedNumbersMutationTest {

    /** Whether the first number printed {@code number} in {@code text} names something. */
    private static boolean names(String text, String number) {
        Tokens t = new Tokens(text);
        for (int k = 0; k < t.size(); k++) {
            if (t.at(k).text.equals(number)) {
                return NamedNumbers.namesSomething(t, k);
            }
        }
        throw new AssertionError(number + " not lexed in " + text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "phase", "stage", "grade", "cohort", "arm", "part", "cycle", "week", "day", "version", "type", "level",
                "step", "group", "study", "trial", "line", "ecog"
            })
    void aNumberedWordBeforeMakesAName(String word) {
        assertThat(names("the hazard ratio in " + word + " 3 was 0.70", "3")).isTrue();
        assertThat(names("the hazard ratio in " + word + " 3 reported 0.70", "3"))
                .isFalse();
    }

    @Test
    void aWordWrittenAsANameBeforeMakesAName() {
        assertThat(names("the hazard ratio in CheckMate 459 was 0.85", "459")).isTrue();
        assertThat(names("the hazard ratio in KEYNOTE 394 was 0.79", "394")).isTrue();
        assertThat(names("the hazard ratio in IMbrave 150 was 0.58", "150")).isTrue();
        // under three letters, or lower case after the first letter: not a name
        assertThat(names("the hazard ratio in KN 394 was 0.79", "394")).isFalse();
        assertThat(names("the hazard ratio in Keynote 394 was 0.79", "394")).isFalse();
        assertThat(names("the hazard ratio in keynote 394 was 0.79", "394")).isFalse();
    }

    @Test
    void anEndpointOrALabelInCapitalsIsNoName() {
        assertThat(names("the ratio for PFS 459 was 0.85", "459")).isFalse();
        assertThat(names("the estimate HR 459 was 0.85", "459")).isFalse();
        assertThat(names("the estimate ORR 459 was 0.85", "459")).isFalse();
    }

    @Test
    void lettersGluedAfterTheNumberMakeAName() {
        assertThat(names("the ratio in the 9DW subset was 0.79", "9")).isTrue();
        assertThat(names("the ratio in the 9D subset was 0.79", "9")).isTrue();
        // lower-case letters glued on are a unit or a suffix, not a name
        assertThat(names("the ratio in the 9dw subset was 0.79", "9")).isFalse();
        assertThat(names("the ratio in the 9d subset was 0.79", "9")).isFalse();
    }

    @Test
    void aCountOfPeopleOrEventsIsCounted() {
        assertThat(names("the hazard ratio at 158 events is 0.70", "158")).isTrue();
        assertThat(names("the hazard ratio at 158 deaths is 0.70", "158")).isTrue();
        assertThat(names("the hazard ratio at 158 progressions is 0.70", "158")).isTrue();
        assertThat(names("the hazard ratio in 957 patients was 0.81", "957")).isTrue();
        assertThat(names("the hazard ratio at 158 visits is 0.70", "158")).isFalse();
    }

    @Test
    void theValueMayBeSaidWithAWordOrAMark() {
        assertThat(names("the hazard ratio in CheckMate 459 were 0.85", "459")).isTrue();
        assertThat(names("the hazard ratio in CheckMate 459 is 0.85", "459")).isTrue();
        assertThat(names("a hazard ratio in CheckMate 459 of 0.85", "459")).isTrue();
        assertThat(names("the hazard ratio in CheckMate 459 = 0.85", "459")).isTrue();
        assertThat(names("the hazard ratio in CheckMate 459: 0.85", "459")).isTrue();
        assertThat(names("the hazard ratio in CheckMate 459, 0.85", "459")).isTrue();
        // a bracket or no word saying it: the number after it is not the label's value said later
        assertThat(names("the hazard ratio in CheckMate 459 (0.85)", "459")).isFalse();
        assertThat(names("the hazard ratio in CheckMate 459 showed 0.85", "459"))
                .isFalse();
        assertThat(names("the hazard ratio in CheckMate 459 was", "459")).isFalse();
    }

    @Test
    void theValueMustComeWithinEightTokens() {
        // "was" is the seventh token after the number and the value the eighth: read
        assertThat(names("the hazard ratio in CheckMate 459 a b c d e f was 0.85", "459"))
                .isTrue();
        // one word more puts the value out of reach
        assertThat(names("the hazard ratio in CheckMate 459 a b c d e f g was 0.85", "459"))
                .isFalse();
    }
}
