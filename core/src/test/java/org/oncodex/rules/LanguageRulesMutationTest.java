package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.answer.SectionBuilder;

/**
 * The language rules at their edges: a promise denied, a "cure" in a later sentence, a section just
 * long enough for a reading grade, list items just long enough to count as prose, a brand whose generic
 * name its own sentence gives. The sentences were written for these tests.
 */
class LanguageRulesMutationTest {
    private static final RuleSet RULES = RuleSet.standard(ReferenceAnswers.KB);

    /** A long word repeated: one sentence far above any reading grade. */
    private static final String HARD = "pharmacotherapeutic";

    private static Answer answer(Consumer<SectionBuilder> content) {
        return RuleTestAnswers.builder()
                .section("What the studies found", content)
                .build();
    }

    private static List<Finding> findings(Answer answer, String ruleId) {
        return RULES.check(answer).findings(ruleId);
    }

    private static String words(int n) {
        return String.join(" ", Collections.nCopies(n, HARD)) + ".";
    }

    @Test
    void a_promise_denied_is_no_promise() {
        for (String denied : List.of(
                "This treatment is not guaranteed to help.",
                "It never works for everyone.",
                "It is unlikely to cure the cancer.")) {
            assertThat(findings(answer(s -> s.paragraph(denied)), "ONC-OVERPROMISE"))
                    .as(denied)
                    .isEmpty();
        }
    }

    @Test
    void a_cure_in_a_later_sentence_is_found_at_its_own_words() {
        String text = "Treatment helps some people. For many it cures the cancer.";
        assertThat(findings(answer(s -> s.paragraph(text)), "ONC-OVERPROMISE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.quote()).hasValue("cures");
                    assertThat(f.location().start()).hasValue(text.indexOf("cures"));
                    assertThat(f.location().end()).hasValue(text.indexOf("cures") + "cures".length());
                });
    }

    @Test
    void a_section_of_twenty_words_gets_a_grade_and_one_of_nineteen_does_not() {
        assertThat(findings(answer(s -> s.paragraph(words(20))), "ONC-READABILITY"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).startsWith("section \"What the studies found\" reads at grade ");
                    assertThat(f.message()).endsWith(", above 8.0");
                    assertThat(f.location().sectionIndex()).hasValue(0);
                });
        assertThat(findings(answer(s -> s.paragraph(words(19))), "ONC-READABILITY"))
                .isEmpty();
    }

    @Test
    void list_items_of_five_words_are_prose_and_of_four_words_names() {
        String five = String.join(" ", Collections.nCopies(5, HARD));
        String four = String.join(" ", Collections.nCopies(4, HARD));
        assertThat(findings(answer(s -> s.bullets(five, five, five, five)), "ONC-READABILITY"))
                .hasSize(1);
        assertThat(findings(answer(s -> s.numbered(five, five, five, five)), "ONC-READABILITY"))
                .hasSize(1);
        assertThat(findings(answer(s -> s.bullets(four, four, four, four, four, four)), "ONC-READABILITY"))
                .isEmpty();
    }

    @Test
    void a_clinicians_answer_gets_no_reading_grade() {
        Answer hard = answer(s -> s.paragraph(words(40)));
        Answer forClinicians = Answer.unchecked()
                .from(hard)
                .audience(org.oncodex.disclaimers.Audience.CLINICIAN)
                .build();
        assertThat(findings(hard, "ONC-READABILITY")).hasSize(1);
        assertThat(findings(forClinicians, "ONC-READABILITY")).isEmpty();
    }

    @Test
    void a_brand_whose_own_sentence_gives_the_generic_name_is_introduced() {
        assertThat(findings(
                        answer(s ->
                                s.paragraph("Some people get CAR-T cells. Kymriah (tisagenlecleucel) is one product.")),
                        "ONC-BRAND-WITHOUT-GENERIC"))
                .isEmpty();
        String text = "Some people get CAR-T cells. Kymriah is one product.";
        assertThat(findings(answer(s -> s.paragraph(text)), "ONC-BRAND-WITHOUT-GENERIC"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().start()).hasValue(text.indexOf("Kymriah")));
    }
}
