package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.CodeSystem;
import org.oncodex.model.Concept;
import org.oncodex.model.DiseaseSetting;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.SourceType;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/**
 * The bundled knowledge base against its sources: the NCI PDQ summary "Liver Cancer Treatment"
 * (updated 2024-05-15), Tables 2-4 of Pham et al., World J Clin Oncol 2026;17(3):116093, the three
 * patient-facing answers and codes.md, all in {@code shared/reference}.
 */
class BundledKnowledgeBaseTest {
    static final EvidenceBase KB = EvidenceBase.bundled();

    static Concept concept(String id) {
        return KB.vocabulary().byId(id).orElseThrow(() -> new AssertionError("no concept " + id));
    }

    static TrialResult result(String id) {
        return KB.result(id).orElseThrow(() -> new AssertionError("no result " + id));
    }

    @Test
    void counts_of_each_part() {
        assertThat(KB.citations()).hasSize(32);
        // the entries that only AI-written answers named are gone: an AI answer supports nothing
        assertThat(KB.vocabulary().cancerTypes()).hasSize(10);
        assertThat(KB.vocabulary().drugs()).hasSize(18);
        assertThat(KB.vocabulary().therapies()).hasSize(27);
        assertThat(KB.vocabulary().regimens()).hasSize(9);
        assertThat(KB.vocabulary().biomarkers()).hasSize(1);
        // WJCO Table 2: 21 results from 14 rows that state numbers; Table 3: 1; Table 4: 9; 31 from trial reports
        assertThat(KB.results()).hasSize(62);
        assertThat(KB.treatmentOptions()).hasSize(14);
        assertThat(KB.approvals()).hasSize(11);
        assertThat(KB.version()).contains("2026.11.2");
        assertThat(KB.releaseDate()).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void every_record_cites_a_source_of_the_base() {
        assertThat(KB.results())
                .allSatisfy(r -> assertThat(r.citation())
                        .hasValueSatisfying(c -> assertThat(KB.citations()).containsValue(c)));
        assertThat(KB.treatmentOptions())
                .allSatisfy(o -> assertThat(KB.citations()).containsValue(o.citation()));
        assertThat(KB.approvals()).allSatisfy(a -> assertThat(KB.citations()).containsValue(a.citation()));
        assertThat(KB.vocabulary().concepts())
                .allSatisfy(
                        c -> assertThat(KB.vocabulary().citations(c)).as(c.id()).isNotEmpty());
    }

    @Test
    void nci_summary_is_cited_by_title_publisher_and_update_date() {
        Citation nci = KB.citation("nci-pdq-liver-cancer-treatment").orElseThrow();
        assertThat(nci.title()).contains("Liver Cancer Treatment");
        assertThat(nci.publisher()).contains("National Cancer Institute");
        assertThat(nci.date()).contains(LocalDate.of(2024, 5, 15));
        assertThat(nci.url())
                .as("the reference gives no URL, so none is invented")
                .isEmpty();
        Citation wjco = KB.citation("wjco-2026").orElseThrow();
        assertThat(wjco.doi()).contains("10.5306/wjco.v17.i3.116093");
        assertThat(wjco.authors()).hasSize(16).startsWith("Pham HT");
    }

    @Test
    void only_the_codes_that_codes_md_states() {
        Map<String, Map<CodeSystem, String>> codes = KB.vocabulary().concepts().stream()
                .filter(c -> !c.codes().isEmpty())
                .collect(Collectors.toMap(Concept::id, Concept::codes));
        assertThat(codes)
                .containsOnly(
                        Map.entry(
                                "hepatocellular-carcinoma",
                                Map.of(
                                        CodeSystem.ONCOTREE, "HCC",
                                        CodeSystem.NCI_THESAURUS, "C3099",
                                        CodeSystem.UMLS, "C0019204")),
                        Map.entry(
                                "fibrolamellar-carcinoma",
                                Map.of(CodeSystem.ONCOTREE, "FLC", CodeSystem.NCI_THESAURUS, "C4131")),
                        Map.entry("cabozantinib", Map.of(CodeSystem.NCI_THESAURUS, "C52200")),
                        Map.entry("nivolumab", Map.of(CodeSystem.NCI_THESAURUS, "C68814")),
                        Map.entry("pembrolizumab", Map.of(CodeSystem.NCI_THESAURUS, "C106432")),
                        Map.entry("regorafenib", Map.of(CodeSystem.NCI_THESAURUS, "C78204")),
                        Map.entry("sorafenib", Map.of(CodeSystem.NCI_THESAURUS, "C61948")));
    }

    @Test
    void brand_names_are_those_the_labels_and_approval_reports_give() {
        Map<String, List<String>> brands = KB.vocabulary().drugs().stream()
                .filter(d -> !d.brandNames().isEmpty())
                .collect(Collectors.toMap(Drug::id, Drug::brandNames));
        assertThat(brands)
                .contains(
                        Map.entry("pembrolizumab", List.of("Keytruda")),
                        Map.entry("atezolizumab", List.of("Tecentriq")),
                        Map.entry("bevacizumab", List.of("Avastin")),
                        Map.entry("durvalumab", List.of("Imfinzi")),
                        Map.entry("tremelimumab", List.of("Imjudo")),
                        Map.entry("lenvatinib", List.of("Lenvima")),
                        Map.entry("sorafenib", List.of("Nexavar")),
                        Map.entry("cabozantinib", List.of("Cabometyx")),
                        Map.entry("ramucirumab", List.of("Cyramza")),
                        Map.entry("nivolumab", List.of("Opdivo")),
                        Map.entry("ipilimumab", List.of("Yervoy")),
                        Map.entry("regorafenib", List.of("Stivarga")),
                        Map.entry("tisagenlecleucel", List.of("Kymriah")),
                        Map.entry("brexucabtagene-autoleucel", List.of("Tecartus")));
        assertThat(KB.vocabulary().drug("Keytruda").map(Drug::id)).contains("pembrolizumab");
        assertThat(KB.vocabulary().drug("keytruda").map(Drug::id)).contains("pembrolizumab");
    }

    @Test
    void liver_cancer_is_the_parent_of_hepatocellular_carcinoma() {
        CancerType liver = KB.vocabulary().cancerType("liver cancer").orElseThrow();
        CancerType hcc = KB.vocabulary().cancerType("HCC").orElseThrow();
        assertThat(liver.id()).isEqualTo("liver-cancer");
        assertThat(hcc.parentId()).contains("liver-cancer");
        assertThat(KB.vocabulary().narrower(liver)).extracting(Concept::id).containsExactly("hepatocellular-carcinoma");
    }

    @Test
    void treatment_options_by_setting_follow_the_nci_lists() {
        CancerType liver = KB.vocabulary().cancerType("liver cancer").orElseThrow();
        assertThat(labels(KB.treatmentOptions(liver, DiseaseSetting.LOCALIZED)))
                .containsExactly(
                        "surveillance",
                        "partial hepatectomy",
                        "liver transplant",
                        "ablation of the tumor",
                        "radiation therapy");
        assertThat(labels(KB.treatmentOptions(liver, DiseaseSetting.LOCALLY_ADVANCED)))
                .containsExactly(
                        "transarterial embolization or chemoembolization",
                        "targeted therapy",
                        "immune checkpoint inhibitors",
                        "radiation therapy");
        assertThat(labels(KB.treatmentOptions(liver, DiseaseSetting.METASTATIC)))
                .containsExactly("targeted therapy", "immune checkpoint inhibitors", "radiation therapy");
        assertThat(labels(KB.treatmentOptions(liver, DiseaseSetting.RECURRENT)))
                .containsExactly(
                        "total hepatectomy and liver transplant",
                        "partial hepatectomy",
                        "ablation therapy",
                        "transarterial chemoembolization and sorafenib");
    }

    static List<String> labels(List<TreatmentOption> options) {
        return options.stream().map(TreatmentOption::label).toList();
    }

    static List<String> ids(List<? extends Concept> concepts) {
        return concepts.stream().map(Concept::id).toList();
    }

    @Test
    void ablation_kinds_and_drug_lists_are_the_nci_ones() {
        TreatmentOption ablation = option("liver-localized-ablation");
        assertThat(ids(ablation.treatments()))
                .containsExactly(
                        "radiofrequency-ablation",
                        "microwave-ablation",
                        "percutaneous-ethanol-injection",
                        "cryoablation");
        assertThat(ablation.modalities()).containsExactly(org.oncodex.model.TherapyModality.ABLATION);
        assertThat(ids(option("liver-advanced-targeted-therapy").treatments()))
                .containsExactly(
                        "bevacizumab", "cabozantinib", "lenvatinib", "ramucirumab", "regorafenib", "sorafenib");
        assertThat(ids(option("liver-advanced-immune-checkpoint-inhibitors").treatments()))
                .containsExactly(
                        "atezolizumab-bevacizumab",
                        "atezolizumab-cabozantinib",
                        "durvalumab-tremelimumab",
                        "nivolumab-ipilimumab",
                        "pembrolizumab");
        assertThat(option("liver-advanced-embolization").settings()).containsExactly(DiseaseSetting.LOCALLY_ADVANCED);
        assertThat(option("liver-localized-surveillance").condition()).contains("lesions smaller than 1 centimeter");
        assertThat(option("liver-recurrent-tace-sorafenib").purpose())
                .hasValueSatisfying(p -> assertThat(p).contains("palliative"));
        TreatmentOption electroporation = option("liver-electroporation-in-trials");
        assertThat(electroporation.availability()).isEqualTo(TreatmentOption.Availability.IN_CLINICAL_TRIALS);
        assertThat(electroporation.settings()).isEmpty();
        assertThat(KB.treatmentOptions())
                .filteredOn(o -> o.availability() == TreatmentOption.Availability.IN_CLINICAL_TRIALS)
                .extracting(TreatmentOption::id)
                .containsExactly("liver-electroporation-in-trials");
    }

    static TreatmentOption option(String id) {
        return KB.treatmentOptions().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + id));
    }

    @Test
    void approval_statements_come_from_regulators_not_from_the_ai_answers() {
        assertThat(KB.approvals())
                .allSatisfy(a -> assertThat(a.citation().sourceType().map(t -> t.supportsApprovals()))
                        .as("approval %s", a.id())
                        .contains(true));
        Approval lenvatinib = KB.approvals().get(0);
        assertThat(lenvatinib.treatment().id()).isEqualTo("lenvatinib");
        assertThat(lenvatinib.date()).contains(LocalDate.of(2018, 8, 16));
        assertThat(lenvatinib.quote().orElseThrow()).contains("On August 16, 2018");
        // the AI-written answer's "CAR-T is not approved for liver cancer" is no statement any more
        Concept carT = KB.vocabulary().therapy("CAR-T cell therapy").orElseThrow();
        assertThat(KB.approvalStatus(
                                carT, KB.vocabulary().cancerType("liver cancer").orElseThrow())
                        .verdict())
                .isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
    }

    @Test
    void keytruda_is_approved_for_liver_cancer_as_the_fda_reviewers_state_it() {
        ApprovalStatus byBrand = KB.approvalStatus("Keytruda", "HCC");
        ApprovalStatus byName = KB.approvalStatus("pembrolizumab", "hepatocellular carcinoma");
        assertThat(byBrand).isEqualTo(byName);
        assertThat(byBrand.verdict()).isEqualTo(ApprovalStatus.Verdict.APPROVED);
        assertThat(byBrand.statement().orElseThrow().approvalType()).contains(ApprovalType.ACCELERATED);
        assertThat(byBrand.asOf()).contains(LocalDate.of(2026, 11, 30));
        assertThat(byBrand.citation().orElseThrow().url().orElseThrow()).contains("PMC8417871");
        assertThat(KB.approvalStatus("tremelimumab with durvalumab", "liver cancer")
                        .verdict())
                .as("the statement is for hepatocellular carcinoma; an approval never carries over")
                .isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
        assertThat(KB.approvalStatus("tremelimumab with durvalumab", "HCC").verdict())
                .isEqualTo(ApprovalStatus.Verdict.APPROVED);
    }

    @Test
    void atezolizumab_plus_bevacizumab_is_approved_for_hcc_as_the_nci_reports_the_fda_approval() {
        // NCI Cancer Currents, "Atezolizumab Plus Bevacizumab Approved to Treat Liver Cancer" (2020)
        ApprovalStatus byBrand = KB.approvalStatus("Tecentriq + Avastin", "hcc");
        assertThat(byBrand).isEqualTo(KB.approvalStatus("atezolizumab plus bevacizumab", "HCC"));
        assertThat(byBrand).isEqualTo(KB.approvalStatus("bevacizumab with atezolizumab", "hepatocellular carcinoma"));
        assertThat(byBrand.verdict()).isEqualTo(ApprovalStatus.Verdict.APPROVED);
        Approval statement = byBrand.statement().orElseThrow();
        assertThat(statement.id()).isEqualTo("atezolizumab-bevacizumab-hcc-fda");
        assertThat(statement.date())
                .as("the quote says \"On May 29\" but not the year, which only the page's address gives: a date"
                        + " must be stated whole by its quote")
                .isEmpty();
        assertThat(statement.approvalType())
                .as("the NCI report does not say what kind of approval")
                .isEmpty();
        assertThat(statement.lineOfTherapy()).contains("initial treatment");
        assertThat(statement.quote().orElseThrow())
                .contains("On May 29, the Food and Drug Administration (FDA) approved atezolizumab (Tecentriq) and"
                        + " bevacizumab (Avastin)")
                .contains("hepatocellular carcinoma (HCC)");
        Citation nci = byBrand.citation().orElseThrow();
        assertThat(nci.sourceType()).contains(SourceType.GOVERNMENT_INFORMATION);
        assertThat(nci.publisher().orElseThrow()).startsWith("National Cancer Institute");
        assertThat(nci.url())
                .contains(
                        "http://cancer.gov/news-events/cancer-currents-blog/2020/fda-atezolizumab-bevacizumab-liver-cancer");
        assertThat(byBrand.asOf()).contains(LocalDate.of(2026, 11, 30));
        assertThat(KB.approvalStatus("atezolizumab plus bevacizumab", "liver cancer")
                        .verdict())
                .as("the statement is for hepatocellular carcinoma; an approval never carries over")
                .isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
        assertThat(KB.approvalStatus("Tecentriq", "HCC").verdict())
                .as("the statement is about the regimen; the base states nothing about atezolizumab alone in HCC")
                .isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
    }

    @Test
    void sorafenib_is_approved_for_unresectable_hcc_as_its_label_states() {
        ApprovalStatus nexavar = KB.approvalStatus("Nexavar", "HCC");
        assertThat(nexavar).isEqualTo(KB.approvalStatus("sorafenib", "hepatocellular carcinoma"));
        assertThat(nexavar.verdict()).isEqualTo(ApprovalStatus.Verdict.APPROVED);
        Approval label = nexavar.statement().orElseThrow();
        assertThat(label.id()).isEqualTo("sorafenib-hcc-fda");
        assertThat(label.date())
                .as("a label states what a drug is indicated for, not since when")
                .isEmpty();
        assertThat(label.settings())
                .containsExactlyInAnyOrder(DiseaseSetting.LOCALLY_ADVANCED, DiseaseSetting.METASTATIC);
        assertThat(label.quote().orElseThrow())
                .isEqualTo("Sorafenib tablets are indicated for the treatment of patients with unresectable"
                        + " hepatocellular carcinoma (HCC).");
        assertThat(nexavar.citation().orElseThrow().sourceType()).contains(SourceType.REGULATORY_DOCUMENT);
        assertThat(nexavar.citation().orElseThrow().url().orElseThrow())
                .startsWith("https://api.fda.gov/drug/label.json");
    }

    /**
     * The NCI summary's systemic options for locally advanced or metastatic liver cancer: each has the FDA statement a
     * source of an allowed type gives, or is one of the two for which no such source was found (SOURCES.md).
     */
    @Test
    void every_systemic_option_the_nci_lists_for_advanced_liver_cancer_has_its_fda_statement_or_a_recorded_gap() {
        List<String> stated = List.of(
                "cabozantinib",
                "lenvatinib",
                "ramucirumab",
                "regorafenib",
                "sorafenib",
                "atezolizumab with bevacizumab",
                "durvalumab with tremelimumab",
                "nivolumab with ipilimumab",
                "pembrolizumab");
        assertThat(stated)
                .allSatisfy(t -> assertThat(KB.approvalStatus(t, "HCC").verdict())
                        .as(t)
                        .isEqualTo(ApprovalStatus.Verdict.APPROVED));
        assertThat(List.of("bevacizumab", "atezolizumab with cabozantinib"))
                .as("no regulatory or government source found states an FDA approval of these for HCC")
                .allSatisfy(t -> assertThat(KB.approvalStatus(t, "HCC").verdict())
                        .as(t)
                        .isEqualTo(ApprovalStatus.Verdict.UNKNOWN));
    }

    @Test
    void regorafenib_for_hcc_carries_the_date_of_the_fda_notice() {
        ApprovalStatus stivarga = KB.approvalStatus("Stivarga", "HCC");
        assertThat(stivarga).isEqualTo(KB.approvalStatus("regorafenib", "hepatocellular carcinoma"));
        assertThat(stivarga.verdict()).isEqualTo(ApprovalStatus.Verdict.APPROVED);
        Approval notice = stivarga.statement().orElseThrow();
        assertThat(notice.id())
                .as("the dated statement wins over the undated one")
                .isEqualTo("regorafenib-hcc-fda-2017");
        assertThat(notice.date()).contains(LocalDate.of(2017, 4, 27));
        assertThat(notice.quote().orElseThrow()).startsWith("On April 27, 2017 the U.S. Food and Drug Administration");
        assertThat(stivarga.citation().orElseThrow().sourceType()).contains(SourceType.REGULATORY_DOCUMENT);
        assertThat(stivarga.citation().orElseThrow().url())
                .contains("https://www.fda.gov/drugs/resources-information-approved-drugs/regorafenib");
    }

    @Test
    void every_approval_date_is_stated_by_its_quote() {
        assertThat(KB.approvals().stream().filter(a -> a.date().isPresent()))
                .extracting(Approval::id)
                .containsExactlyInAnyOrder(
                        "lenvatinib-hcc-fda", "nivolumab-ipilimumab-hcc-fda", "regorafenib-hcc-fda-2017");
        assertThat(KB.approvals())
                .allSatisfy(a -> a.date().ifPresent(d -> {
                    String written = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                            + d.getDayOfMonth() + ", " + d.getYear();
                    assertThat(a.quote())
                            .as("quote of %s states its date as the FDA writes it", a.id())
                            .hasValueSatisfying(q -> assertThat(q).contains("On " + written));
                }));
    }

    @Test
    void sample_of_wjco_values_to_the_printed_precision() {
        HazardRatio keynote189 =
                (HazardRatio) result("keynote-189-os-liver-mets").estimate();
        assertThat(keynote189.value()).isEqualTo(0.62);
        assertThat(keynote189.ci().orElseThrow().lower()).isEqualTo(0.44);
        assertThat(keynote189.ci().orElseThrow().upper()).isEqualTo(0.87);

        TrialResult clocc = result("clocc-8-year-os");
        assertThat(clocc.timePoint().orElseThrow().toString()).isEqualTo("8-year");
        assertThat(((Proportion) clocc.estimate()).percent()).hasValue(35.9);
        assertThat(((Proportion) clocc.comparatorEstimate().orElseThrow()).percent())
                .hasValue(8.9);
        TrialResult cloccHr = result("clocc-os");
        assertThat(((HazardRatio) cloccHr.estimate()).value()).isEqualTo(0.58);
        assertThat(cloccHr.pValue().orElseThrow().value()).isEqualTo(0.01);

        ValueRange rfa = (ValueRange) result("rfa-local-control-crlm").estimate();
        assertThat(rfa.lower()).hasValue(80);
        assertThat(rfa.upper()).hasValue(95);
        assertThat(rfa.unit()).isEqualTo(Unit.PERCENT);
        ValueRange mwa = (ValueRange) result("mwa-local-control").estimate();
        assertThat(mwa.lower()).hasValue(85);
        assertThat(mwa.upper()).isEmpty();
        ValueRange toxicity = (ValueRange) result("sbrt-grade-3-toxicity").estimate();
        assertThat(toxicity.upper()).hasValue(10);
        assertThat(toxicity.upperInclusive()).isFalse();
        assertThat(result("sbrt-grade-3-toxicity").endpoint()).isEqualTo(Endpoint.GRADE_3_PLUS_ADVERSE_EVENTS);

        Proportion pdac = (Proportion) result("keynote-158-pdac-orr").estimate();
        assertThat(pdac.percent()).hasValue(18);
        assertThat(pdac.count()).hasValue(4);
        assertThat(pdac.total()).hasValue(22);
        MedianTime pdacOs = (MedianTime) result("keynote-158-pdac-os").estimate();
        assertThat(pdacOs.value()).hasValue(4.0);
        assertThat(pdacOs.ciLower()).hasValue(2.1);
        assertThat(pdacOs.ciUpper()).hasValue(8.7);

        TrialResult nineLa = result("checkmate-9la-5-year-os-liver-mets");
        assertThat(((Proportion) nineLa.estimate()).percent()).hasValue(18);
        assertThat(((Proportion) nineLa.comparatorEstimate().orElseThrow()).percent())
                .hasValue(11);
        assertThat(result("gastric-retrospective-os-liver-mets")
                        .pValue()
                        .orElseThrow()
                        .value())
                .isEqualTo(0.584);
    }

    @Test
    void wjco_table_2_hazard_ratios_agree_with_the_content_model_table_test() {
        // the 13 Table 2 results of content-model's WjcoTable2Test, by the same ids and numbers
        Map<String, double[]> expected = Map.ofEntries(
                Map.entry("pan-cancer-meta-analysis-os", new double[] {1.82, 1.59, 2.08}),
                Map.entry("pan-cancer-meta-analysis-pfs", new double[] {1.68, 1.49, 1.89}),
                Map.entry("nsclc-ici-meta-analysis-pfs-liver-mets", new double[] {0.64, 0.55, 0.75}),
                Map.entry("nsclc-ici-meta-analysis-os-liver-mets", new double[] {0.82, 0.72, 0.94}),
                Map.entry("checkmate-017-057-os-liver-mets", new double[] {0.68, 0.50, 0.91}),
                Map.entry("keynote-189-os-liver-mets", new double[] {0.62, 0.44, 0.87}),
                Map.entry("keynote-001-010-024-pooled-os-liver-mets", new double[] {0.78, 0.68, 0.90}),
                Map.entry("nsclc-real-world-os", new double[] {1.21, 1.17, 1.27}),
                Map.entry("impower150-os-liver-mets", new double[] {0.68, 0.45, 1.02}),
                Map.entry("crc-msi-h-real-world-pfs", new double[] {3.18, 1.52, 6.67}),
                Map.entry("keynote-859-os-liver-mets", new double[] {0.83, 0.70, 0.90}),
                Map.entry("keynote-859-pembrolizumab-os-liver-mets", new double[] {0.83, 0.70, 0.90}),
                Map.entry("keynote-859-pembrolizumab-os-no-liver-mets", new double[] {0.73, 0.63, 0.84}));
        expected.forEach((id, v) -> {
            HazardRatio hr = (HazardRatio) result(id).estimate();
            assertThat(new double[] {
                        hr.value(),
                        hr.ci().orElseThrow().lower(),
                        hr.ci().orElseThrow().upper()
                    })
                    .as(id)
                    .containsExactly(v);
        });
    }

    /** The reference files, when the workspace's shared folder sits beside the repository. */
    static Optional<Path> reference(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void every_drug_and_option_name_occurs_in_the_reference_text() throws IOException {
        Optional<Path> nci = reference("nci-pdq-liver-cancer-treatment.txt");
        Optional<Path> wjco = reference("wjco-2026-liver-metastases-tables.txt");
        assumeTrue(nci.isPresent() && wjco.isPresent(), "shared/reference is not beside the repository");
        String text = (Files.readString(nci.orElseThrow())
                        + Files.readString(wjco.orElseThrow())
                        + Files.readString(nci.orElseThrow().resolveSibling("answer-car-t-liver-cancer.txt"))
                        + Files.readString(nci.orElseThrow().resolveSibling("answer-how-immunotherapy-works.txt"))
                        + Files.readString(nci.orElseThrow().resolveSibling("answer-immunotherapy-liver-cancer.txt")))
                .toLowerCase(Locale.ROOT);
        for (Drug drug : KB.vocabulary().drugs()) {
            assertThat(text).as("drug %s", drug.id()).contains(drug.name().toLowerCase(Locale.ROOT));
        }
        // the page text is flattened with runs of spaces
        String nciText =
                Files.readString(nci.orElseThrow()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (TreatmentOption option : KB.treatmentOptions()) {
            for (Concept treatment : option.treatments()) {
                List<Concept> named = treatment instanceof org.oncodex.model.Regimen r
                        ? r.componentIds().stream()
                                .map(BundledKnowledgeBaseTest::concept)
                                .toList()
                        : List.of(treatment);
                for (Concept c : named) {
                    assertThat(c.names().stream().anyMatch(n -> nciText.contains(n.toLowerCase(Locale.ROOT))))
                            .as("%s in %s", c.id(), option.id())
                            .isTrue();
                }
            }
        }
        assertThat(nciText).contains("electroporation therapy is being studied in clinical trials");
        assertThat(nciText).contains("updated: may 15, 2024");
    }

    @Test
    void every_wjco_number_occurs_in_table_text() throws IOException {
        Optional<Path> wjco = reference("wjco-2026-liver-metastases-tables.txt");
        assumeTrue(wjco.isPresent(), "shared/reference is not beside the repository");
        String text = Files.readString(wjco.orElseThrow());
        for (String printed : List.of(
                "HR = 1.82, 95%CI: 1.59-2.08",
                "HR = 0.62, 95%CI: 0.44-0.87)",
                "8-year OS 35.9% vs 8.9%, HR = 0.58, P = 0.01",
                "HR = 1.05, P = 0.83",
                "ORR = 18% (4 of 22 patients); median OS = 4.0 months, 95%CI: 2.1-8.7",
                "18% OS rate (vs 11% with chemo alone)",
                "7%-19% (North American cohorts)",
                "Up to 33% (Japanese cohorts)",
                "83%-94% (small lesions < 3 cm)",
                "(< 10%)",
                "Disease control approximately 10%-15%",
                "P = 0.584")) {
            assertThat(text).contains(printed);
        }
    }
}
