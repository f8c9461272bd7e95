package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oncodex.model.Concept;
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

    @Test
    void a_question_about_nothing_known_is_empty() {
        Grounding g = KB.relevantTo("What should I eat today?");
        assertThat(g.isEmpty()).isTrue();
        assertThat(g.results()).isEmpty();
        assertThat(g.citations()).isEmpty();
        assertThatThrownBy(() -> KB.relevantTo("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
