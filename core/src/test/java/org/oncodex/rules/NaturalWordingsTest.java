package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.answer.Answer;

/**
 * Wordings from the development set ({@link SeededDevelopmentSetTest}) that the content rules once
 * misread: correct sentences that raised an error, and seeded defects that passed. The sentences
 * were written for these tests; their correct numbers are results of the bundled evidence base, set
 * into the GPT-style skeleton with its sixteen sources.
 */
class NaturalWordingsTest {
    private static final RuleSet RULES = RuleSet.standard(org.oncodex.evidence.EvidenceBase.bundled());

    private static Answer answerWith(String passage) {
        return SeededDevelopmentSetTest.answerOf(
                new SeededDevelopmentSetTest.Case("x/x", "gpt", Set.of(), "", passage));
    }

    /** The errors of the passage set into the GPT-style skeleton. */
    static List<Finding> errors(String passage) {
        return RULES.check(answerWith(passage)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    }

    /** Asserts that the passage draws an error of {@code rule} whose message says {@code says}, in any case. */
    static void assertFinds(String passage, String rule, String says) {
        assertThat(errors(passage)).as(passage).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(rule);
            assertThat(f.message()).containsIgnoringCase(says);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the arm the words after a number name, known to the vocabulary or not
                "In CELESTIAL, median overall survival was 10.2 months with cabozantinib and 8.0 months with placebo [5].",
                "Median overall survival: 10.7 months with sorafenib vs 7.9 months with placebo (SHARP) [8].",
                "People on nivolumab plus ipilimumab lived a median of 23.7 months, compared with 20.6 months for those who got sorafenib or lenvatinib [11].",
                "After eight years, 35.9% of people who had ablation plus systemic therapy were alive, compared with 8.9% of those who had systemic therapy alone [4].",
                // "respectively" and a moment that is not a median
                "One year after treatment began, 78% and 65% were free of recurrence with atezolizumab–bevacizumab and active surveillance, respectively [12].",
                // a subgroup and everyone in one sentence
                "In KEYNOTE-189 the benefit in people with liver metastases (HR 0.62) was a little smaller than in the whole trial (HR 0.56) [4].",
                "A real-world study found that 58% of people with liver metastases responded to checkpoint inhibitors, compared with 66% overall [4].",
                "Nivolumab plus chemotherapy lowered the risk of death for all randomized patients (hazard ratio 0.79; 95% CI, 0.71 to 0.88) and more so for those with a PD-L1 combined positive score of 5 or more (hazard ratio 0.70; 95% CI, 0.61 to 0.81) [13].",
                // the treatments a number is about: its own clause, and treatments credited together
                "Ablation and radiation can treat a few liver tumors directly: radiofrequency ablation controls 80%–95% of treated colorectal liver metastases, and SBRT controls 83%–94% of small tumors [4].",
                "Durvalumab plus tremelimumab and nivolumab plus ipilimumab each lowered the risk of death by about a fifth (HR 0.78 and 0.79) [7][11].",
                // the endpoint "recurrence or death" names
                "The combination lowered the risk of recurrence or death by 28% (hazard ratio [HR], 0.72; 95% CI, 0.56–0.93; P = .012) [12].",
                // a relative change with "about", a gain in time between two medians
                "In plain terms, sorafenib lowered the risk of death by about 31% [8].",
                "Pembrolizumab added about 3 months to median overall survival compared with placebo in KEYNOTE-240 [6].",
                "In SHARP, sorafenib extended median survival by about 3 months compared with placebo [8].",
                // the line a ratio is read against, and significance denied
                "A hazard ratio below 1 means a lower risk of death with the first treatment listed.",
                "Median survival was 10.53 months with liver metastases and 13.43 months without, a difference that was not statistically significant (P = 0.584) [4].",
                "Lenvatinib was not superior to sorafenib for overall survival (HR 0.92; 95% CI, 0.79–1.06) [3].",
                // found after the third batch: an arm named with "for", a comparator in brackets, and the
                // treatment people had before the one a claim is about
                "The objective response rate was 24.1% for lenvatinib and 9.2% for sorafenib [3].",
                "With ramucirumab, people lived a median of 8.5 months, about 1 month longer than with placebo (7.3 months) [10].",
                "Opdivo plus Yervoy is FDA-approved for people with HCC who have already had sorafenib [14].",
                // a rate told as people per hundred, where a cited ratio happens to give the same change
                "About 28 out of 100 people had their tumors shrink with atezolizumab plus bevacizumab [2].",
            })
    void a_sentence_once_misread_as_wrong_raises_no_error(String sentence) {
        assertThat(errors(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "After surgery, the 12-month recurrence-free survival rate was 65% and 78% with atezolizumab–bevacizumab and active surveillance, respectively [12]. | ONC-NUMBER-MISATTRIBUTED | arm",
                "In CheckMate 649, nivolumab plus chemotherapy lowered the risk of death for all randomized patients (HR 0.70; 95% CI 0.61–0.81) [13]. | ONC-NUMBER-MISATTRIBUTED | population",
                "For people with lung cancer that had spread to the liver, nivolumab still helped: in the pooled CheckMate 017/057 analysis the hazard ratio for death was 0.70 compared with docetaxel [4]. | ONC-NUMBER-MISATTRIBUTED | population",
                "In IMpower150, the four-drug combination was clearly better than chemotherapy for people with liver metastases (HR 0.68, 95% CI 0.45–1.02) [4]. | ONC-STAT-WORDING | clearly better",
                "Put another way, twenty-two out of every hundred people were spared death by durvalumab plus tremelimumab [7]. | ONC-STAT-WORDING | twenty-two out of every hundred",
                "Pembrolizumab added 5.3 months to median overall survival compared with placebo in KEYNOTE-240 [6]. | ONC-NUMBER-UNGROUNDED | added 5.3 months",
                "People with MSI-high colorectal cancer and liver metastases had longer progression-free survival on immunotherapy (HR 3.18; 95% CI 1.52–6.67) [4]. | ONC-STAT-WORDING | longer progression-free survival",
                "In CheckMate 017/057 as a whole, nivolumab lowered the risk of death compared with docetaxel (HR 0.68; 95% CI 0.50–0.91) [4]. | ONC-NUMBER-MISATTRIBUTED | population",
                "In other words, 42 of every 100 people treated with atezolizumab plus bevacizumab avoided death [1]. | ONC-STAT-WORDING | 42 of every 100",
                "Ablation led to a meaningful survival improvement over surgery in COLLISION (HR 1.05, P = 0.83) [4]. | ONC-STAT-WORDING | meaningful survival improvement",
            })
    void a_defect_once_missed_is_found(String sentence, String rule, String says) {
        assertThat(errors(sentence)).as(sentence).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(rule);
            assertThat(f.message()).contains(says);
        });
    }

    @Test
    void a_trial_named_by_a_capitalised_word_and_a_number_is_a_trial() {
        assertThat(TrialNames.key("CheckMate 017/057 (pooled)")).hasValue("checkmate 017/057");
        assertThat(TrialNames.key("CheckMate 649")).hasValue("checkmate 649");
        assertThat(TrialNames.key("Pan-cancer analysis [78]")).isEmpty();
        assertThat(TrialNames.key("RFA studies [169]")).isEmpty();
    }

    @Test
    void numbers_of_people_in_words_are_read() {
        assertThat(AbsoluteWordings.number("twenty-two")).isEqualTo(22);
        assertThat(AbsoluteWordings.number("forty two")).isEqualTo(42);
        assertThat(AbsoluteWordings.number("nine")).isEqualTo(9);
        assertThat(AbsoluteWordings.number("37")).isEqualTo(37);
    }

    @Test
    void a_time_given_as_a_moment_is_not_a_median() {
        String text = "Five-year survival: in CheckMate 9LA, 18% of people with liver metastases were alive at five"
                + " years with nivolumab, ipilimumab and chemotherapy [4].";
        // the parser may leave "at five years" out itself; what it does read there is a moment
        assertThat(org.oncodex.model.text.EffectStatements.parse(text).statements().stream()
                        .filter(st -> st.text().contains("five years")))
                .allMatch(st -> NumberCheck.timePoint(text, st));
        String oneYear = "One year after treatment began, 78% of people were alive.";
        assertThat(org.oncodex.model.text.EffectStatements.parse(oneYear).statements().stream()
                        .filter(st ->
                                st.text().toLowerCase(java.util.Locale.ROOT).contains("one year")))
                .allMatch(st -> NumberCheck.timePoint(oneYear, st));
        String median = "Median survival was 10.7 months with sorafenib.";
        assertThat(org.oncodex.model.text.EffectStatements.parse(median).statements())
                .allMatch(st -> !NumberCheck.timePoint(median, st));
        assertThat(errors(
                        "- **Five-year survival:** in CheckMate 9LA, 18% of people with liver metastases were alive at"
                                + " five years with nivolumab, ipilimumab and chemotherapy, compared with 11% with"
                                + " chemotherapy [4]."))
                .isEmpty();
    }
}
