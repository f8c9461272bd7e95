package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.HazardRatio;

/** A base built in code is checked like a loaded one, with pointers into the JSON it would write. */
class EvidenceBaseBuilderTest {
    static final Citation SOURCE = Citation.builder().title("A source").build();
    static final CancerType LIVER = CancerType.of("liver-cancer", "liver cancer");
    static final Drug SORAFENIB = Drug.of("sorafenib", "sorafenib");

    static TrialResult.Builder result(String id) {
        TrialResult.Builder r = TrialResult.builder();
        r.id(id)
                .study(Study.of("TRIAL", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.of(LIVER))
                .comparison(Comparison.builder()
                        .intervention("sorafenib")
                        .comparator("placebo")
                        .addInterventionIds("sorafenib")
                        .build())
                .endpoint(Endpoint.OS)
                .estimate(HazardRatio.of(0.7, 0.5, 0.9));
        return r;
    }

    @Test
    void builds_a_base_in_code() {
        EvidenceBase kb = EvidenceBase.builder()
                .citation("src", SOURCE)
                .concept(LIVER, SOURCE)
                .concept(SORAFENIB, SOURCE)
                .drugModality(SORAFENIB, TherapyModality.TARGETED_THERAPY)
                .result(result("r1").citation(SOURCE).build())
                .build();
        assertThat(kb.results()).hasSize(1);
        assertThat(kb.vocabulary().modality(SORAFENIB)).contains(TherapyModality.TARGETED_THERAPY);
        assertThat(kb)
                .hasToString(
                        "EvidenceBase{version unstated, 1 citations, 2 concepts, 1 results, 0 treatment options, 0 approvals}");
        assertThat(KnowledgeBases.load(kb.toJson())).isEqualTo(kb).hasSameHashCodeAs(kb);
    }

    @Test
    void reports_unregistered_sources_missing_citations_and_foreign_concepts() {
        Citation stranger = Citation.builder().title("Not registered").build();
        EvidenceFormatException e = catchThrowableOfType(
                EvidenceFormatException.class,
                () -> EvidenceBase.builder()
                        .source("curation")
                        .citation("src", SOURCE)
                        .concept(LIVER, stranger)
                        .concept(SORAFENIB)
                        .result(result("r1").build())
                        .result(result("r1").citation(SOURCE).build())
                        .treatmentOption(TreatmentOption.builder()
                                .id("o1")
                                .cancerType(CancerType.of("liver-cancer", "a different liver cancer"))
                                .label("x")
                                .addTreatments(SORAFENIB)
                                .addModalities(TherapyModality.TARGETED_THERAPY)
                                .citation(SOURCE)
                                .build())
                        .build());
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "curation: /cancerTypes/0/citations/0: cites a source that is not among the base's citations:"
                                + " Not registered",
                        "curation: /drugs/0: \"sorafenib\" has no citation: every vocabulary entry needs a source",
                        "curation: /results/0: result \"r1\" has no citation: every fact needs a source",
                        "curation: /results/1/id: duplicate result id \"r1\", first at /results/0",
                        "curation: /treatmentOptions/0/cancerType: \"liver-cancer\" differs from the vocabulary's"
                                + " entry of that id");
    }
}
