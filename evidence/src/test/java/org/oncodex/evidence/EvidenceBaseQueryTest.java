package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.Therapy;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;

/** Lookups against the bundled base, one facet at a time and combined. */
class EvidenceBaseQueryTest {
    static final EvidenceBase KB = EvidenceBase.bundled();
    static final Vocabulary V = KB.vocabulary();

    /** The ids of the WJCO 2026 review's results that match, in file order: the facets' reference set. */
    static List<String> ids(EvidenceQuery.Builder query) {
        return KB.results(query.build()).stream()
                .filter(r ->
                        r.citation().flatMap(c -> c.doi()).equals(java.util.Optional.of("10.5306/wjco.v17.i3.116093")))
                .map(TrialResult::id)
                .toList();
    }

    @Test
    void hepatocellular_carcinoma_has_the_pivotal_trials_overall_survival() {
        List<String> os = KB
                .results(EvidenceQuery.builder()
                        .cancerType(V.cancerType("hcc").orElseThrow())
                        .endpoint(Endpoint.OS)
                        .estimateKind(EffectEstimate.Kind.HAZARD_RATIO)
                        .build())
                .stream()
                .map(TrialResult::id)
                .toList();
        assertThat(os)
                .containsExactly(
                        "imbrave150-os",
                        "reflect-os",
                        "sharp-os",
                        "resorce-os",
                        "celestial-os",
                        "reach-2-os",
                        "keynote-240-os",
                        "checkmate-9dw-os",
                        "himalaya-os");
        assertThat(KB.results(EvidenceQuery.builder()
                        .regimen(V.regimen("atezolizumab plus bevacizumab").orElseThrow())
                        .build()))
                .extracting(TrialResult::id)
                .startsWith("imbrave150-os");
        assertThat(KB.results(EvidenceQuery.builder().subgroup("liver mets").build()))
                .isEqualTo(KB.results(
                        EvidenceQuery.builder().subgroup("hepatic metastases").build()))
                .isNotEmpty();
    }

    @Test
    void no_facet_gives_every_result_in_file_order() {
        assertThat(KB.results(EvidenceQuery.all())).isEqualTo(KB.results());
    }

    @Test
    void nsclc_liver_metastases_overall_survival() {
        CancerType nsclc = V.cancerType("NSCLC").orElseThrow();
        assertThat(ids(EvidenceQuery.builder()
                        .cancerType(nsclc)
                        .subgroup("liver metastases")
                        .endpoint(Endpoint.OS)))
                .containsExactly(
                        "nsclc-ici-meta-analysis-os-liver-mets",
                        "checkmate-017-057-os-liver-mets",
                        "keynote-189-os-liver-mets",
                        "keynote-001-010-024-pooled-os-liver-mets",
                        "impower150-os-liver-mets",
                        "checkmate-9la-5-year-os-liver-mets");
    }

    @Test
    void subgroup_ignores_case_and_spacing() {
        assertThat(ids(EvidenceQuery.builder().subgroup("  Liver   Metastases ")))
                .isEqualTo(ids(EvidenceQuery.builder().subgroup("liver metastases")))
                .hasSize(19);
    }

    @Test
    void a_therapy_finds_its_narrower_kinds() {
        Therapy ablation = V.therapy("ablation").orElseThrow();
        assertThat(ids(EvidenceQuery.builder().therapy(ablation)))
                .containsExactly(
                        "rfa-local-control-crlm",
                        "clocc-os",
                        "clocc-8-year-os",
                        "mwa-local-control",
                        "cryoablation-local-control",
                        "ablation-local-control-crlm",
                        "collision-os");
        assertThat(ids(EvidenceQuery.builder().therapy(V.therapy("RFA").orElseThrow())))
                .containsExactly("rfa-local-control-crlm", "clocc-os", "clocc-8-year-os");
    }

    @Test
    void a_drug_finds_the_regimens_it_is_part_of() {
        assertThat(ids(EvidenceQuery.builder().drug(V.drug("nivolumab").orElseThrow())))
                .containsExactly(
                        "checkmate-017-057-os-liver-mets",
                        "checkmate-9la-5-year-os-liver-mets",
                        "regonivo-orr-north-american",
                        "regonivo-orr-japanese");
        assertThat(ids(EvidenceQuery.builder().regimen(V.regimen("ABCP").orElseThrow())))
                .containsExactly("impower150-os-liver-mets");
    }

    @Test
    void drug_class_and_target_match_drugs_ignoring_case() {
        assertThat(ids(EvidenceQuery.builder().target("pd-l1")))
                .containsExactly("impower150-os-liver-mets", "bintrafusp-alfa-disease-control");
        assertThat(ids(EvidenceQuery.builder().drugClass("VEGF Inhibitor")))
                .containsExactly("impower150-os-liver-mets", "regonivo-orr-north-american", "regonivo-orr-japanese");
    }

    @Test
    void modality_endpoint_design_and_estimate_kind() {
        assertThat(ids(EvidenceQuery.builder().modality(TherapyModality.RADIATION_THERAPY)))
                .containsExactly("sbrt-local-control", "sbrt-grade-3-toxicity");
        assertThat(ids(EvidenceQuery.builder().endpoint(Endpoint.LOCAL_CONTROL)))
                .containsExactly(
                        "rfa-local-control-crlm",
                        "mwa-local-control",
                        "cryoablation-local-control",
                        "sbrt-local-control",
                        "ablation-local-control-crlm");
        assertThat(ids(EvidenceQuery.builder().design(StudyDesign.POOLED_ANALYSIS)))
                .containsExactly("checkmate-017-057-os-liver-mets");
        assertThat(ids(EvidenceQuery.builder().estimateKind(EffectEstimate.Kind.MEDIAN_TIME)))
                .containsExactly(
                        "pan-cancer-ici-monotherapy-os", "keynote-158-pdac-os", "gastric-retrospective-os-liver-mets");
        assertThat(KB.results(EvidenceQuery.builder()
                        .estimateKind(EffectEstimate.Kind.VALUE_RANGE)
                        .build()))
                .hasSize(9);
    }

    @Test
    void biomarker_defined_populations() {
        assertThat(ids(EvidenceQuery.builder()
                        .biomarker(V.biomarker("MSI-H/dMMR").orElseThrow())))
                .containsExactly(
                        "crc-msi-h-real-world-orr-liver-mets",
                        "crc-msi-h-real-world-pfs",
                        "keynote-158-pdac-orr",
                        "keynote-158-pdac-os");
    }

    @Test
    void significance_is_known_from_an_interval_or_a_p_value() {
        assertThat(ids(EvidenceQuery.builder().significant(false)))
                .containsExactly("impower150-os-liver-mets", "gastric-retrospective-os-liver-mets", "collision-os");
        List<String> significant = ids(EvidenceQuery.builder().significant(true));
        assertThat(significant).hasSize(13).contains("clocc-os", "keynote-859-os-liver-mets");
        assertThat(significant).doesNotContain("checkmate-9la-5-year-os-liver-mets", "impower150-os-liver-mets");
    }

    @Test
    void facets_combine_and_a_value_nothing_has_gives_nothing() {
        assertThat(ids(EvidenceQuery.builder()
                        .cancerType(V.cancerType("CRC").orElseThrow())
                        .modality(TherapyModality.ABLATION)
                        .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)))
                .containsExactly("clocc-os", "clocc-8-year-os", "collision-os");
        assertThat(ids(EvidenceQuery.builder()
                        .cancerType(V.cancerType("melanoma").orElseThrow())
                        .endpoint(Endpoint.OS)))
                .isEmpty();
        assertThat(ids(EvidenceQuery.builder().subgroup("nobody"))).isEmpty();
    }

    @Test
    void a_broader_cancer_type_finds_results_about_narrower_ones() {
        EvidenceBase kb = KnowledgeBases.load(KnowledgeBases.MINIMAL);
        CancerType liver = kb.vocabulary().cancerType("liver cancer").orElseThrow();
        CancerType hcc = kb.vocabulary().cancerType("HCC").orElseThrow();
        assertThat(kb.results(EvidenceQuery.builder().cancerType(liver).build()))
                .extracting(TrialResult::id)
                .containsExactly("r1");
        assertThat(kb.results(EvidenceQuery.builder().cancerType(hcc).build())).hasSize(1);
    }

    @Test
    void results_are_unmodifiable() {
        List<TrialResult> rs =
                KB.results(EvidenceQuery.builder().endpoint(Endpoint.OS).build());
        assertThatThrownBy(() -> rs.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rs.get(rs.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void options_for_localized_liver_cancer_equal_the_nci_list_and_apply_to_hcc() {
        CancerType liver = V.cancerType("liver cancer").orElseThrow();
        CancerType hcc = V.cancerType("hepatocellular carcinoma").orElseThrow();
        List<TreatmentOption> localized = KB.treatmentOptions(liver, DiseaseSetting.LOCALIZED);
        assertThat(localized)
                .extracting(TreatmentOption::id)
                .containsExactly(
                        "liver-localized-surveillance",
                        "liver-localized-partial-hepatectomy",
                        "liver-localized-liver-transplant",
                        "liver-localized-ablation",
                        "liver-localized-radiation-therapy");
        assertThat(localized).allSatisfy(o -> assertThat(o.citation().title()).contains("Liver Cancer Treatment"));
        assertThat(KB.treatmentOptions(hcc, DiseaseSetting.LOCALIZED)).isEqualTo(localized);
        assertThat(KB.treatmentOptions(V.cancerType("melanoma").orElseThrow())).isEmpty();
    }

    @Test
    void car_t_has_no_approval_statement_once_the_ai_answer_is_no_source() {
        Therapy carT = V.therapy("CAR-T cell therapy").orElseThrow();
        CancerType hcc = V.cancerType("HCC").orElseThrow();
        ApprovalStatus status = KB.approvalStatus(carT, hcc);
        assertThat(status.verdict()).isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
        assertThat(status.asOf()).isEqualTo(KB.releaseDate());
    }

    @Test
    void approval_status_is_unknown_where_the_base_says_nothing() {
        CancerType hcc = V.cancerType("HCC").orElseThrow();
        assertThat(KB.approvalStatus(V.drug("bevacizumab").orElseThrow(), hcc))
                .as("bevacizumab is approved for HCC only as part of a regimen; an approval never carries over")
                .isEqualTo(ApprovalStatus.unknown(KB.releaseDate().orElseThrow()));
        assertThat(KB.approvalStatus(V.drug("Kymriah").orElseThrow(), hcc).verdict())
                .isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
        Therapy carT = V.therapy("CAR-T").orElseThrow();
        assertThat(KB.approvalStatus(carT, V.cancerType("melanoma").orElseThrow())
                        .verdict())
                .isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
        assertThat(KB.approvalStatus(carT, hcc, "EMA").verdict()).isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
        assertThatThrownBy(() -> KB.approvalStatus(hcc, hcc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("treatment must be a drug, therapy or regimen: hepatocellular-carcinoma");
    }

    @Test
    void an_approval_does_not_carry_over_to_a_broader_cancer_type() {
        EvidenceBase kb = KnowledgeBases.load(KnowledgeBases.MINIMAL);
        var drug = kb.vocabulary().drug("druga").orElseThrow();
        assertThat(kb.approvalStatus(drug, kb.vocabulary().cancerType("HCC").orElseThrow())
                        .verdict())
                .isEqualTo(ApprovalStatus.Verdict.APPROVED);
        assertThat(kb.approvalStatus(
                                drug, kb.vocabulary().cancerType("liver cancer").orElseThrow())
                        .verdict())
                .isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
    }

    @Test
    void citations_by_id() {
        assertThat(KB.citation("wjco-2026"))
                .hasValueSatisfying(c -> assertThat(c.doi()).contains("10.5306/wjco.v17.i3.116093"));
        assertThat(KB.citation("nope")).isEmpty();
    }
}
