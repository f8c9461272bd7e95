package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.rules.Finding;
import org.oncodex.rules.RuleSet;
import org.oncodex.rules.Severity;

/**
 * The shapes found by the extra correct set 17, each with a passing and a failing example: rates of people "alive
 * without recurrence" are recurrence-free survival, not overall survival; a gap of medians told in halves ("about two
 * and a half months longer") is rounded to the nearest half; a hedged bound restated by the exact time after a colon
 * ("just over 10 months with cabozantinib: 10.2 months"); and a glossary line that defines a statistic in general.
 * Written for these tests; the numbers are results of the bundled evidence base (IMbrave050, IMbrave150, HIMALAYA,
 * CELESTIAL, REFLECT), and the wrong ones are changed from them on purpose.
 */
class Extra17ShapesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static List<String> errors(String body) {
        String md = """
                # Liver cancer treatments

                This is general information written by an AI, not medical advice. Talk with your oncologist before deciding.

                BODY

                ## Questions to ask your care team

                - Which treatment fits my liver function?
                - What side effects should I report?
                - How will we know whether it works?

                ## Sources

                1. Cancer Therapy Advisor. IMbrave050 at the AACR Annual Meeting 2023: atezolizumab plus bevacizumab in resected or ablated HCC. https://www.cancertherapyadvisor.com/home/news/conference-coverage/american-association-for-cancer-research-aacr/aacr-2023/atezolizumab-bevacizumab-hcc-practice-changing/
                2. Finn RS, et al. Atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma. N Engl J Med. 2020. https://pure.gustaveroussy.fr/fr/publications/atezolizumab-plus-bevacizumab-in-unresectable-hepatocellular-carc
                3. ESMO. FDA Approves Tremelimumab in Combination with Durvalumab for Unresectable Hepatocellular Carcinoma. 2022. https://www.esmo.org/oncology-news/fda-approves-tremelimumab-in-combination-with-durvalumab-for-unresectable-hepatocellular-carcinoma
                4. Abou-Alfa GK, et al. Cabozantinib in patients with advanced and progressing hepatocellular carcinoma. N Engl J Med. 2018. https://researchinformation.amsterdamumc.org/en/publications/cabozantinib-in-patients-with-advanced-and-progressing-hepatocell
                5. FDA Supplemental Approval Summary: Lenvatinib for the Treatment of Unresectable Hepatocellular Carcinoma. Oncologist. https://pubmed.ncbi.nlm.nih.gov/33044793/
                """.replace("BODY", body);
        return RuleSet.standard(KB).check(MarkdownAnswers.read(md, KB)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::toString)
                .toList();
    }

    @Test
    void rates_of_people_alive_without_recurrence_are_recurrence_free_survival() {
        assertThat(errors("In IMbrave050, at 12 months 78% of people on atezolizumab plus bevacizumab and 65% under"
                        + " active surveillance were alive without recurrence [1]."))
                .isEmpty();
    }

    @Test
    void an_overall_survival_rate_told_as_alive_without_recurrence_is_misattributed() {
        assertThat(errors("In IMbrave150, at 12 months 67.2% of people on atezolizumab plus bevacizumab were alive"
                        + " without the cancer coming back [2]."))
                .anyMatch(e -> e.contains("ONC-NUMBER-MISATTRIBUTED") && e.contains("67.2%"));
        System.out.println(
                "PROBE "
                        + errors(
                                "In IMbrave150, at 12 months 67.2% of people on atezolizumab plus bevacizumab were alive without the cancer coming back [2]."));
    }

    @Test
    void a_gap_of_medians_in_halves_is_rounded_to_the_nearest_half() {
        assertThat(
                        errors(
                                "In HIMALAYA, median overall survival was 16.4 months with tremelimumab plus durvalumab"
                                        + " versus 13.8 months with sorafenib, so people lived about two and a half months longer [3]."))
                .isEmpty();
    }

    @Test
    void a_gap_in_halves_more_than_a_quarter_off_is_not_grounded() {
        assertThat(errors("In HIMALAYA, median overall survival was 16.4 months with tremelimumab plus durvalumab"
                        + " versus 13.8 months with sorafenib, so people lived about three and a half months longer"
                        + " [3]."))
                .anyMatch(e -> e.contains("three and a half months"));
    }

    @Test
    void a_hedged_bound_restated_after_a_colon_is_the_exact_time() {
        assertThat(errors("In CELESTIAL, median overall survival was just over 10 months with cabozantinib: 10.2"
                        + " months, compared with 8.0 months with placebo [4]."))
                .isEmpty();
    }

    @Test
    void a_bound_far_from_the_time_after_its_colon_stays_a_claim() {
        assertThat(errors("In CELESTIAL, median overall survival was just over 12 months with cabozantinib: 10.2"
                        + " months, compared with 8.0 months with placebo [4]."))
                .anyMatch(e -> e.contains("over 12 months"));
    }

    @Test
    void a_glossary_line_defining_a_statistic_states_no_result() {
        assertThat(errors("Median survival: the time by which half of the people in a group (50%) have had the"
                        + " event.\n\nIn CELESTIAL, median overall survival was 10.2 months with cabozantinib [4]."))
                .isEmpty();
    }

    @Test
    void a_definition_that_names_a_drug_is_a_claim() {
        assertThat(errors("Response rate: the share of people whose tumours shrank, 35% with lenvatinib in REFLECT"
                        + " [5]."))
                .anyMatch(e -> e.contains("35%"));
    }
}
