package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncodex.rules.SeededDevelopmentSetTest.Case;

/**
 * The checks every held-out batch from the third on runs, on {@link SeededHeldOutBatch3Test}'s skeletons and
 * counting: at least sixty defects over every kind with their seeded text in what the rules read, every defect
 * caught but the known misses, and no error on a correct answer but the known false ones.
 */
abstract class HeldOutBatch {
    private final String name;
    private final String defects;
    private final String correctDir;
    private final List<String> correct;
    private final Map<String, String> knownMisses;
    private final Map<String, String> knownFalseErrors;

    HeldOutBatch(
            String name,
            String defects,
            String correctDir,
            List<String> correct,
            Map<String, String> knownMisses,
            Map<String, String> knownFalseErrors) {
        this.name = name;
        this.defects = defects;
        this.correctDir = correctDir;
        this.correct = correct;
        this.knownMisses = knownMisses;
        this.knownFalseErrors = knownFalseErrors;
    }

    @Test
    void the_batch_has_sixty_defects_or_more_over_every_kind_with_their_seeded_text_in_what_the_rules_read() {
        List<Case> cases = SeededDevelopmentSetTest.cases(defects);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases.stream().map(Case::kind).distinct()).containsAll(SeededDevelopmentSetTest.KINDS);
        SeededDevelopmentSetTest.assertEachSeededTextIsRead(cases, SeededHeldOutBatch3Test::answerOf);
    }

    @Test
    void every_seeded_defect_is_caught_at_its_sentence_but_the_known_misses() {
        SeededDevelopmentSetTest.assertCaughtButTheKnownMisses(
                name,
                SeededDevelopmentSetTest.cases(defects),
                knownMisses,
                SeededHeldOutBatch3Test::answerOf,
                c -> SeededHeldOutBatch3Test.rulesFor(c.style()));
    }

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        assertThat(correct).hasSizeGreaterThanOrEqualTo(9);
        SeededHeldOutBatch3Test.assertOnlyTheKnownFalseErrors(name, correctDir, correct, knownFalseErrors);
    }
}
