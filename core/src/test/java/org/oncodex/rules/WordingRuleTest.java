package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wording rule on the shapes the third held-out batch ({@link SeededHeldOutBatch3Test}) found it
 * blind to: relative changes worded per hundred or per thousand people, in points, as an absolute risk
 * or as a chance of survival; direction in "more likely to", "survival was shorter", "favoured"; a
 * relative change against the cited ratio it comes from. The sentences were written for these tests in
 * other words than the batch's; the correct ones state results of the bundled evidence base, set into
 * the GPT-style skeleton with its sixteen sources.
 */
class WordingRuleTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                // absolute differences of rates, told as such
                "A year after surgery, 13 percentage points more people were recurrence-free with atezolizumab plus"
                        + " bevacizumab than with surveillance (78% vs 65%) [12].",
                "Out of every 100 people on atezolizumab plus bevacizumab, about 28 saw their tumours shrink [2].",
                // the direction a ratio gives
                "With regorafenib, people were less likely to die than with placebo (HR 0.63) [9].",
                "Survival was longer with cabozantinib than with placebo (HR 0.76; 95% CI 0.63–0.92) [5].",
                "The hazard ratio of 0.58 favoured atezolizumab plus bevacizumab over sorafenib [1].",
                "Sorafenib lowered the risk of death by 31% compared with placebo [8].",
                "Liver metastases went with a 21% increase in the risk of death on immunotherapy [4].",
                "Across cancers treated with immunotherapy, liver metastases cut survival (HR 1.82) [4].",
                "People with liver metastases tended to live a shorter time on immunotherapy (HR 1.82) [4].",
                // benefit words for an interval that excludes 1, a claim denied, an absolute difference of rates
                "Regorafenib extended survival compared with placebo (HR 0.63; 95% CI 0.50–0.79) [9].",
                "The survival result of lenvatinib did not reach statistical significance (HR 0.92; 95% CI 0.79–1.06) [3].",
                "A year after surgery, 78% versus 65% were free of recurrence, about 1 in 8 more people [12].",
                // a difference denied where the interval includes 1, a threshold missed, a difference between groups
                "Lenvatinib made no real difference to survival compared with sorafenib (HR 0.92; 95% CI 0.79–1.06) [3].",
                "In KEYNOTE-240 the survival gain (HR 0.781; 95% CI 0.611–0.998) was not statistically significant by its"
                        + " prespecified criteria [6].",
                "The benefit of pembrolizumab plus chemotherapy held with liver metastases (HR 0.83; 95% CI 0.70–0.90); the"
                        + " difference between the subgroups was not statistically significant [4].",
                // a pair of rates or medians and the arm the words say did better (held-out batch 6)
                "Sorafenib had a lower response rate than lenvatinib in REFLECT, 9.2% against 24.1% [3].",
                "In IMbrave050, more people stayed recurrence-free with atezolizumab plus bevacizumab than with active"
                        + " surveillance at 12 months (78% vs 65%) [12].",
                "People on nivolumab plus ipilimumab lived longer than people on sorafenib or lenvatinib (median 23.7 vs"
                        + " 20.6 months) [11].",
                "Durvalumab plus tremelimumab did not lengthen progression-free survival compared with sorafenib (median"
                        + " 3.8 vs 4.1 months) [7].",
                "In CELESTIAL, the cancer grew more slowly with cabozantinib than with placebo (HR for progression 0.44;"
                        + " 95% CI 0.36–0.52) [16].",
                // a difference denied where the interval includes 1; a rate per hundred; points between two rates
                "Lenvatinib failed to improve overall survival over sorafenib (HR 0.92; 95% CI 0.79–1.06) [3].",
                "Lenvatinib was no better than sorafenib for overall survival (HR 0.92; 95% CI 0.79–1.06) [3].",
                "About 28 for every 100 people on atezolizumab plus bevacizumab responded [2].",
                "At 12 months, 78% vs 65% were free of recurrence, a difference of 13 pp [12].",
            })
    void a_sentence_that_words_its_statistic_rightly_raises_no_error(String sentence) {
        assertThat(NaturalWordingsTest.errors(sentence))
                .as(sentence)
                .noneMatch(f -> f.ruleId().equals("ONC-STAT-WORDING"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // people per hundred and per thousand, from a ratio
                "For every 100 patients given regorafenib rather than placebo, 37 fewer died [9]. | 37 fewer | a number of people",
                "That works out at 420 fewer deaths per 1,000 people treated with atezolizumab plus bevacizumab [1]. | 420 fewer deaths per 1,000 | a number of people",
                "Liver metastases meant 82 additional deaths per 100 patients on checkpoint inhibitors (HR 1.82) [4]. | 82 additional deaths per 100 | a number of people",
                // points, an absolute risk, a chance of survival
                "Cabozantinib lowered the risk of death by 24 points compared with placebo [5]. | by 24 points | percentage points",
                "Lenvatinib brought a 34-percentage-point drop in the risk of progression [3]. | 34-percentage-point | percentage points",
                "With cabozantinib, the absolute risk of progression was cut by 56% [16]. | absolute risk of progression was cut by 56% | absolute change",
                "Patients on lenvatinib had an 8% better chance of survival than on sorafenib [3]. | 8% better chance of survival | chance of survival",
                // direction
                "On checkpoint inhibitors, people with liver metastases were less likely to die (HR 1.82) [4]. | less likely to die | above 1",
                "People on regorafenib were more likely to die than people on placebo (HR 0.63) [9]. | more likely to die | below 1",
                "Survival was worse with sorafenib than with placebo in SHARP (HR 0.69) [8]. | Survival was worse | below 1",
                "The hazard ratio of 0.76 favours placebo over cabozantinib [5]. | favours placebo | comparator",
                "Regorafenib cut survival compared with placebo in RESORCE (HR 0.63) [9]. | cut survival | below 1",
                "People given cabozantinib tended to live a shorter time than with placebo (HR 0.76) [5]. | live a shorter time | below 1",
                "Regorafenib brought a 37% rise in the risk of death compared with placebo [9]. | 37.0% higher | other side of 1",
                // benefit words the rule did not know, for an interval that includes 1 or a P above 0.05
                "Adding bevacizumab clearly prolonged survival in lung cancer with liver metastases (HR 0.68, 95% CI 0.45 to 1.02) [4]. | clearly prolonged | includes 1",
                "Lenvatinib extended overall survival compared with sorafenib (HR 0.92; 95% CI 0.79–1.06) [3]. | extended overall survival | includes 1",
                "The REFLECT survival result reached statistical significance (HR 0.92; 95% CI 0.79–1.06) [3]. | reached statistical significance | includes 1",
                "In COLLISION, ablation proved superior to surgery (HR 1.05; P = 0.83) [4]. | proved superior | above 0.05",
                // direction in 'shortened', people in 'N in M fewer', an absolute benefit with its endpoint named
                "Nivolumab plus chemotherapy shortened overall survival in CheckMate 649 (HR 0.79; 95% CI 0.71–0.88) [13]. | shortened overall survival | below 1",
                "About 1 in 3 fewer people died with regorafenib than with placebo (HR 0.63) [9]. | 1 in 3 fewer people | a number of people",
                "IMbrave050 showed an absolute recurrence benefit of 28% with atezolizumab plus bevacizumab (HR 0.72) [12]. | absolute recurrence benefit of 28% | absolute change",
                // a difference denied for an interval that excludes 1 (held-out batches 4 and 5)
                "Regorafenib made no real difference to survival compared with placebo (HR 0.63; 95% CI 0.50–0.79) [9]. | made no real difference | excludes 1",
                "The survival benefit of cabozantinib was not statistically significant (HR 0.76; 95% CI 0.63–0.92) [5]. | not statistically significant | excludes 1",
                // the arm a pair of rates or medians shows did better, said the other way round (held-out batch 6)
                "With lenvatinib, fewer patients responded than with sorafenib (24.1% vs 9.2%) [3]. | fewer patients responded | did worse",
                "Nivolumab plus ipilimumab gave shorter overall survival than sorafenib or lenvatinib (median 23.7 vs 20.6 months) [11]. | shorter overall survival | 23.7 months against 20.6 months",
                "In REFLECT the disease progressed more quickly with lenvatinib than with sorafenib (PFS HR 0.66) [3]. | disease progressed more quickly | below 1",
                // a difference denied, significance claimed, people per hundred, points (held-out batch 6)
                "Sorafenib was no better than placebo in SHARP (HR 0.69; 95% CI 0.55–0.87) [8]. | no better than | excludes 1",
                "Cabozantinib failed to lower the risk of death against placebo (HR 0.76; 95% CI 0.63–0.92) [5]. | failed to lower | excludes 1",
                "ABCP's survival benefit was statistically proven for people with lung cancer and liver metastases (HR 0.68, 95% CI 0.45-1.02) [4]. | statistically proven | includes 1",
                // held-out batch 11: "statistically robust" is a claim of significance
                "Adding atezolizumab and bevacizumab to chemotherapy gave a statistically robust survival benefit (HR 0.68; 95% CI 0.45–1.02) [4]. | statistically robust | includes 1",
                "With regorafenib there were 37 fewer deaths for every 100 patients than with placebo (HR 0.63) [9]. | 37 fewer deaths for every 100 patients | a number of people",
                "Lenvatinib cut the risk of progression by 34 pp against sorafenib (HR 0.66) [3]. | 34 pp | percentage points",
            })
    void a_statistic_worded_wrongly_is_found(String sentence, String quote, String says) {
        assertThat(NaturalWordingsTest.errors(sentence)).as(sentence).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("ONC-STAT-WORDING");
            assertThat(f.message()).containsIgnoringCase(says);
            assertThat(f.quote().orElse("") + f.message()).containsIgnoringCase(quote);
        });
    }
}
