package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.evidence.TrialResult;

/** What {@link EvidenceBase#relevantTo(String)} gives a language-model service for a question. */
class GroundingTest {
    static final EvidenceBase KB = EvidenceBase.bundled();

    @Test
    void car_t_for_hcc_brings_the_approval_statement_and_the_liver_cancer_options() {
        Grounding g = KB.relevantTo("Is CAR-T cell therapy approved for HCC?");
        assertThat(g.concepts())
                .extracting(Concept::id)
                .containsExactly("car-t-cell-therapy", "hepatocellular-carcinoma");
        assertThat(g.approvals())
                .as("no regulatory source in the base states CAR-T's status for liver cancer")
                .isEmpty();
        assertThat(g.treatmentOptions())
                .hasSize(14)
                .allSatisfy(o -> assertThat(o.cancerType().id()).isEqualTo("liver-cancer"));
        assertThat(g.results())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.population().cancerTypeIds()).contains("hepatocellular-carcinoma"));
        assertThat(g.citations())
                .extracting(c -> c.title().orElseThrow())
                .contains("Liver Cancer Treatment")
                .doesNotContain("How does CAR-T cell therapy work for Liver Cancer");
    }

    @Test
    void results_that_match_more_mentioned_concepts_come_first() {
        Grounding g = KB.relevantTo("Does pembrolizumab help NSCLC that spread to the liver?");
        assertThat(g.results()).extracting(TrialResult::id).first().isEqualTo("keynote-189-os-liver-mets");
        assertThat(g.results())
                .extracting(TrialResult::id)
                .contains("keynote-158-pdac-orr", "nsclc-real-world-os")
                .hasSizeLessThanOrEqualTo(20);
        assertThat(g.approvals()).isEmpty();
        assertThat(g.treatmentOptions())
                .extracting(TreatmentOption::id)
                .containsExactly("liver-advanced-immune-checkpoint-inhibitors");
    }

    @Test
    void randomized_trials_rank_before_other_designs_at_equal_relevance() {
        Grounding g = KB.relevantTo("ablation", 3);
        assertThat(g.results())
                .extracting(TrialResult::id)
                .containsExactly("clocc-os", "clocc-8-year-os", "collision-os");
    }

    private static boolean aboutHcc(TrialResult r) {
        return r.population().cancerTypeIds().contains("hepatocellular-carcinoma");
    }

    @Test
    void atezolizumab_plus_bevacizumab_for_liver_cancer_brings_every_hcc_result_before_the_lung_cancer_trial() {
        Grounding g = KB.relevantTo("Does atezolizumab plus bevacizumab work for liver cancer?", 100);
        List<String> ids = g.results().stream().map(TrialResult::id).toList();
        assertThat(ids.subList(0, 5))
                .containsExactly(
                        "imbrave150-os",
                        "imbrave150-os-12-months",
                        "imbrave150-pfs-median",
                        "imbrave150-pfs",
                        "imbrave150-orr");
        int lastHcc = -1;
        for (int i = 0; i < g.results().size(); i++) {
            if (aboutHcc(g.results().get(i))) {
                lastHcc = i;
            }
        }
        assertThat(ids)
                .as("IMpower150 (lung cancer) shares both drugs but not the cancer type")
                .contains("impower150-os-liver-mets");
        assertThat(ids.indexOf("impower150-os-liver-mets"))
                .as("ranked: %s", ids)
                .isGreaterThan(lastHcc);
        assertThat(g.results().subList(0, lastHcc + 1)).allMatch(GroundingTest::aboutHcc);
    }

    @Test
    void a_named_setting_ranks_results_and_keeps_approvals_for_other_settings_out() {
        Grounding g = KB.relevantTo("What treatments are there for early stage HCC?", 100);
        assertThat(g.settings()).containsExactly(DiseaseSetting.LOCALIZED);
        assertThat(g.results()).extracting(TrialResult::id).startsWith("imbrave050-rfs", "imbrave050-rfs-12-months");
        assertThat(g.approvals())
                .as("every FDA statement but two is for unresectable or metastatic HCC; those two state no setting")
                .extracting(Approval::id)
                .containsExactly("nivolumab-ipilimumab-hcc-fda", "regorafenib-hcc-fda-2017");
        assertThat(g.treatmentOptions().get(0).settings()).contains(DiseaseSetting.LOCALIZED);

        Grounding advanced = KB.relevantTo("What treatments are there for unresectable HCC?", 100);
        assertThat(advanced.settings())
                .containsExactlyInAnyOrder(DiseaseSetting.LOCALLY_ADVANCED, DiseaseSetting.METASTATIC);
        assertThat(advanced.results().get(0).population().settings()).contains(DiseaseSetting.METASTATIC);
        assertThat(advanced.approvals()).hasSize(11);
        assertThat(KB.relevantTo("locally advanced HCC").settings()).containsExactly(DiseaseSetting.LOCALLY_ADVANCED);
    }

    @Test
    void a_brand_name_and_a_cancer_type_bring_only_that_drugs_approval_and_its_trials_first() {
        Grounding g = KB.relevantTo("Is Keytruda approved for unresectable liver cancer?");
        assertThat(g.approvals()).extracting(Approval::id).containsExactly("pembrolizumab-hcc-fda");
        assertThat(g.results())
                .extracting(TrialResult::id)
                .startsWith("keynote-240-os", "keynote-240-os-median", "keynote-240-pfs");
        assertThat(g.results()).allMatch(GroundingTest::aboutHcc);
    }

    @Test
    void a_question_about_nothing_known_is_empty() {
        Grounding g = KB.relevantTo("What should I eat today?");
        assertThat(g.isEmpty()).isTrue();
        assertThat(g.results()).isEmpty();
        assertThat(g.citations()).isEmpty();
        assertThatThrownBy(() -> KB.relevantTo("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
