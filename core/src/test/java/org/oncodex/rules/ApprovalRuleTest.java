package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.Scaling;
import org.oncodex.answer.Answer;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.lint.MarkdownAnswers;

/**
 * Approval claims beyond "X is approved for Y": the regimen named with a brand after each medicine, and
 * what a claim says of the approval itself (agency, line of therapy, setting, population, kind of
 * approval), held against the regulator's statement. The sentences were written for these tests, in
 * other words than the held-out batch that found the gaps ({@link SeededHeldOutBatch3Test}); the
 * approvals of the correct ones are statements of the bundled evidence base, set into the GPT-style
 * skeleton with its sixteen sources.
 */
class ApprovalRuleTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                // a brand in brackets after each medicine of a regimen
                "Tecentriq (atezolizumab) and Avastin (bevacizumab) together are FDA-approved as a first treatment for"
                        + " unresectable HCC [2].",
                "The FDA approved tremelimumab (Imjudo) with durvalumab (Imfinzi) for unresectable liver cancer [7].",
                "Nivolumab combined with ipilimumab (Yervoy) has accelerated approval for HCC that grew on sorafenib [14].",
                // the line, setting, population and kind the statement gives
                "Lenvima is approved for people with unresectable HCC who have had no prior systemic treatment [3].",
                "Cabozantinib has regular FDA approval as a second-line treatment for HCC [16].",
                "Ramucirumab is approved after sorafenib only for people whose AFP is 400 ng/mL or higher [10].",
                "Pembrolizumab was approved under the accelerated pathway for HCC previously treated with sorafenib [14].",
                "Atezolizumab plus bevacizumab is FDA-approved for liver cancer that has spread [2].",
                // the year the statement dates the approval to; a statement without a date says nothing of it
                "On August 16, 2018, the FDA approved lenvatinib for first-line treatment of unresectable HCC [3].",
                "Regorafenib was approved in 2017 for HCC previously treated with sorafenib [9].",
                "Cabozantinib has been FDA-approved since 2019 for HCC after sorafenib [16].",
                // a treatment named after the cancer describes the cancer, not what is approved
                "The FDA approved atezolizumab plus bevacizumab as a first treatment for liver cancer that cannot be"
                        + " removed with surgery [2].",
                // a treatment after "treated with" in the population described (held-out batch 6)
                "The FDA approved atezolizumab plus bevacizumab for people whose liver cancer has spread or cannot be"
                        + " treated with surgery and who have not had systemic treatment before [2].",
            })
    void an_approval_claim_that_agrees_with_the_statement_raises_no_error(String sentence) {
        assertThat(NaturalWordingsTest.errors(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the line of therapy
                "Regorafenib is FDA-approved as a front-line treatment for advanced HCC [9]. | ONC-APPROVAL-CONTRADICTED | line of therapy",
                "Atezolizumab plus bevacizumab is approved for HCC in people previously treated with lenvatinib [2]. | ONC-APPROVAL-CONTRADICTED | line of therapy",
                "Avastin with Tecentriq is approved only for second-line treatment of HCC [2]. | ONC-APPROVAL-CONTRADICTED | line of therapy",
                "Regorafenib is FDA-approved as a front-line treatment for HCC that cannot be treated with surgery [9]. | ONC-APPROVAL-CONTRADICTED | line of therapy",
                // the setting
                "Durvalumab plus tremelimumab is approved as adjuvant treatment of HCC [7]. | ONC-APPROVAL-CONTRADICTED | setting",
                // the population
                "Ramucirumab is FDA-approved for all people with HCC after sorafenib, irrespective of their AFP [10]. | ONC-APPROVAL-CONTRADICTED | population",
                // the kind of approval
                "Nivolumab has regular FDA approval for HCC after sorafenib [14]. | ONC-APPROVAL-CONTRADICTED | kind of approval",
                "Regorafenib received accelerated approval for HCC after sorafenib [9]. | ONC-APPROVAL-CONTRADICTED | kind of approval",
                // the year (held-out batch 5)
                "The FDA approved lenvatinib for first-line treatment of unresectable HCC in 2019 [3]. | ONC-APPROVAL-CONTRADICTED | year",
                "Regorafenib has been FDA-approved since March 2018 for HCC after sorafenib [9]. | ONC-APPROVAL-CONTRADICTED | year",
                // a medicine given before, after 'prior'
                "Atezolizumab plus bevacizumab is approved for people who received prior sorafenib [2]. | ONC-APPROVAL-CONTRADICTED | line of therapy",
                // another agency: the base has no statement of it
                "Lenvatinib is authorised by the European Medicines Agency for unresectable HCC [3]. | ONC-APPROVAL-UNSUPPORTED | European Medicines Agency",
                // a hedge that still claims
                "Atezolizumab plus cabozantinib might now be approved for liver cancer [4]. | ONC-APPROVAL-UNSUPPORTED | atezolizumab",
            })
    void an_approval_claim_that_disagrees_with_the_statement_is_found(String sentence, String rule, String says) {
        NaturalWordingsTest.assertFinds(sentence, rule, says);
    }

    @Test
    void a_regimen_with_its_components_spelled_out_is_one_claim_about_the_cancer_named() {
        assertThat(NaturalWordingsTest.errors(
                        "ABCP (atezolizumab, bevacizumab and chemotherapy) has been cleared for people whose lung"
                                + " cancer has spread [4]."))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ABCP is approved for lung cancer"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Atezolizumab plus cabozantinib may be approved for liver cancer in the future [4].",
                "Ask whether regorafenib plus nivolumab could be approved for colorectal cancer [4].",
            })
    void a_hedge_about_the_future_claims_nothing(String sentence) {
        assertThat(NaturalWordingsTest.errors(sentence))
                .as(sentence)
                .noneMatch(f -> f.ruleId().startsWith("ONC-APPROVAL"));
    }

    @Test
    @Tag("timing")
    void a_sentence_of_many_words_of_availability_takes_linear_time() {
        // each "available" copied the rest of its sentence to read the words after it: the claims took
        // about 40 times as long at 1 MB as at 100 KB before the fix, about 10 after (the sizes are ten
        // times Scaling's: below 100 KB the copying hides in the rest of the work)
        Map<String, Answer> answers = new HashMap<>();
        double ratio = Scaling.ratio(
                n -> "# Does it work?\n\n## The answer\n\n" + "Treatments are available, ".repeat(n * 10 / 26) + "\n",
                markdown -> ApprovalRule.claims(
                        answers.computeIfAbsent(markdown, m -> MarkdownAnswers.read(m, ReferenceAnswers.KB)),
                        ReferenceAnswers.KB));
        assertThat(ratio).isLessThan(25);
    }
}
