package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;

/**
 * Where the wording rule's findings point: the span of each finding, read in its unit, is the words it
 * quotes (or the sentence, for a relative change against a ratio), also when the sentence is not the
 * first of its paragraph. The sentences were written for these tests; their numbers are results of the
 * bundled evidence base, set after a sentence of plain words into the GPT-style skeleton with its sixteen
 * sources (as in {@link WordingRuleTest}).
 */
class WordingRuleMutationTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final WordingRule RULE = new WordingRule(KB);
    private static final String BEFORE = "Treatment choices differ from one person to another. ";

    private static Answer answerWith(String passage) {
        return SeededDevelopmentSetTest.answerOf(
                new SeededDevelopmentSetTest.Case("x/x", "gpt", Set.of(), "", passage));
    }

    /** The text a finding's span covers in the unit it stands in. */
    private static String spanned(Answer answer, Finding f) {
        Location l = f.location();
        TextUnit unit = TextUnit.of(answer, KB).stream()
                .filter(u -> u.location().part() == l.part()
                        && u.location().sectionIndex().equals(l.sectionIndex())
                        && u.location().blockIndex().equals(l.blockIndex())
                        && u.location().itemIndex().equals(l.itemIndex()))
                .findFirst()
                .orElseThrow();
        return unit.text().substring(l.start().orElseThrow(), l.end().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // benefit claimed for an interval that includes 1, and for a P value above 0.05
                "Lenvatinib extended overall survival compared with sorafenib (HR 0.92; 95% CI 0.79–1.06) [3]."
                        + " | extended overall survival | includes 1",
                "In COLLISION, ablation proved superior to surgery (HR 1.05; P = 0.83) [4]. | proved superior | above 0.05",
                // a difference denied for an interval that excludes 1
                "Regorafenib made no real difference to survival compared with placebo (HR 0.63; 95% CI 0.50–0.79) [9]."
                        + " | made no real difference | excludes 1",
                // direction, each of the four word lists
                "On checkpoint inhibitors, people with liver metastases had a lower risk of death (HR 1.82) [4]."
                        + " | lower risk | above 1",
                "Regorafenib raised the risk of death compared with placebo (HR 0.63) [9]. | raised the risk | below 1",
                "With liver metastases, survival was better on checkpoint inhibitors (HR 1.82) [4]."
                        + " | survival was better | above 1",
                "Survival was worse with sorafenib than with placebo in SHARP (HR 0.69) [8]. | Survival was worse | below 1",
                // a relative change worded as people, and the arm a ratio favours
                "For every 100 patients given regorafenib rather than placebo, 37 fewer died (HR 0.63) [9]."
                        + " | For every 100 patients given regorafenib rather than placebo, 37 fewer | a number of people",
                "The hazard ratio of 0.76 favours placebo over cabozantinib [5]. | favours placebo | comparator",
                "The hazard ratio of 0.58 favoured sorafenib over atezolizumab plus bevacizumab [1]."
                        + " | favoured sorafenib | comparator",
            })
    void a_finding_points_at_the_words_it_quotes(String sentence, String quote, String says) {
        Answer answer = answerWith(BEFORE + sentence);
        List<Finding> findings = RULE.check(answer);
        assertThat(findings).as(sentence).anySatisfy(f -> {
            assertThat(f.message()).containsIgnoringCase(says);
            assertThat(f.quote()).hasValue(quote);
            assertThat(spanned(answer, f)).isEqualTo(quote);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a relative change on the other side of 1 from the ratio in its sentence
                "Regorafenib lowered the risk of death by 37% compared with placebo, a hazard ratio of 1.37 [9]."
                        + " | other side of 1",
                // and from the only cited ratio that gives it
                "Regorafenib brought a 37% rise in the risk of death compared with placebo [9]. | cited ratio it comes from",
            })
    void a_change_against_its_ratio_points_at_its_sentence(String sentence, String says) {
        Answer answer = answerWith(BEFORE + sentence);
        List<Finding> findings = RULE.check(answer);
        assertThat(findings).as(sentence).anySatisfy(f -> {
            assertThat(f.message()).contains(says);
            // the sentence as read, without its citation marker
            assertThat(f.quote().orElseThrow()).startsWith("Regorafenib").contains("37%");
            assertThat(spanned(answer, f).strip()).isEqualTo(f.quote().orElseThrow());
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the change is worded as people, which only the absolute-wording check reports
                "Regorafenib meant 37% fewer people died than with placebo, a hazard ratio of 1.37 [9].",
                // below 1 and "lower", above 1 and "higher": the right sides
                "Regorafenib lowered the risk of death by 37% compared with placebo (HR 0.63) [9].",
                "Liver metastases went with a higher risk of death on checkpoint inhibitors (HR 1.82) [4].",
                // a ratio below 1 favours the treatment
                "The hazard ratio of 0.63 favoured regorafenib over placebo [9].",
            })
    void a_change_on_the_right_side_is_not_a_contradiction(String sentence) {
        assertThat(RULE.check(answerWith(BEFORE + sentence)))
                .as(sentence)
                .noneMatch(f -> f.message().contains("other side of 1"))
                .noneMatch(f -> f.message().contains("favours the"));
    }
}
