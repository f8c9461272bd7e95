package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.OncodexJacksonModule;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.Scale;

/**
 * Every row of Table 2 of Pham et al., "Immunotherapy in liver metastases", World J Clin Oncol
 * 2026;17(3):116093 (doi 10.5306/wjco.v17.i3.116093) that gives a hazard ratio with a 95% CI, built
 * by hand as {@link TrialResult}s, and the table's key findings checked against their statistics.
 */
class WjcoTable2Test {
    static final Citation WJCO = Citation.builder()
            .doi("10.5306/wjco.v17.i3.116093")
            .title("Immunotherapy in liver metastases: Challenges, emerging evidence, and future directions")
            .journal("World J Clin Oncol")
            .year(2026)
            .volume("17")
            .issue("3")
            .pages("116093")
            .build();
    static final CancerType NSCLC = CancerType.builder()
            .id("non-small-cell-lung-cancer")
            .name("non-small cell lung cancer")
            .addAbbreviations("NSCLC")
            .build();
    static final CancerType CRC = CancerType.builder()
            .id("colorectal-cancer")
            .name("colorectal cancer")
            .addAbbreviations("CRC")
            .build();
    static final CancerType GASTRIC = CancerType.builder()
            .id("gastric-gej-cancer")
            .name("gastric or gastroesophageal junction cancer")
            .addAbbreviations("Gastric/GEJ")
            .build();
    static final String LIVER_METS = "liver metastases";
    static final Study KEYNOTE_859 = Study.builder()
            .name("KEYNOTE-859")
            .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
            .phase(Phase.PHASE_3)
            .build();
    static final Population PAN_CANCER =
            Population.builder().description("pan-cancer, ICI-treated").build();
    static final Comparison LIVER_METS_VS_NONE = Comparison.of("with liver metastases", "without liver metastases");

    static final List<TrialResult> ROWS = List.of(
            result("pan-cancer-meta-analysis-os", Study.of("Pan-cancer meta-analysis [77]", StudyDesign.META_ANALYSIS))
                    .population(PAN_CANCER)
                    .comparison(LIVER_METS_VS_NONE)
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(1.82, 1.59, 2.08))
                    .note("Liver metastases associated with significantly worse OS and PFS")
                    .build(),
            result("pan-cancer-meta-analysis-pfs", Study.of("Pan-cancer meta-analysis [77]", StudyDesign.META_ANALYSIS))
                    .population(PAN_CANCER)
                    .comparison(LIVER_METS_VS_NONE)
                    .endpoint(Endpoint.PFS)
                    .estimate(HazardRatio.of(1.68, 1.49, 1.89))
                    .build(),
            result(
                            "nsclc-ici-meta-analysis-pfs-liver-mets",
                            Study.of("NSCLC meta-analysis [81]", StudyDesign.META_ANALYSIS))
                    .population(Population.of(NSCLC, LIVER_METS))
                    .comparison(Comparison.of("immune checkpoint inhibitors", "control"))
                    .endpoint(Endpoint.PFS)
                    .estimate(HazardRatio.of(0.64, 0.55, 0.75))
                    .overallEstimate(HazardRatio.of(0.56, 0.50, 0.63))
                    .note("Benefit is present but attenuated compared to those without liver mets")
                    .build(),
            result(
                            "nsclc-ici-meta-analysis-os-liver-mets",
                            Study.of("NSCLC meta-analysis [81]", StudyDesign.META_ANALYSIS))
                    .population(Population.of(NSCLC, LIVER_METS))
                    .comparison(Comparison.of("immune checkpoint inhibitors", "control"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.82, 0.72, 0.94))
                    .overallEstimate(HazardRatio.of(0.73, 0.66, 0.81))
                    .build(),
            result(
                            "checkmate-017-057-os-liver-mets",
                            Study.of("CheckMate 017/057 (pooled)", StudyDesign.POOLED_ANALYSIS))
                    .population(Population.of(NSCLC, LIVER_METS))
                    .comparison(Comparison.of("nivolumab", "docetaxel"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.68, 0.50, 0.91))
                    .overallEstimate(HazardRatio.of(0.70))
                    .build(),
            // printed "HR = 0.62, 95%CI: 0.44-0.87)" with a stray parenthesis
            result(
                            "keynote-189-os-liver-mets",
                            Study.builder()
                                    .name("KEYNOTE-189")
                                    .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
                                    .build())
                    .population(Population.of(NSCLC, LIVER_METS))
                    .comparison(Comparison.of("pembrolizumab + chemotherapy", "chemotherapy"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.62, 0.44, 0.87))
                    .overallEstimate(HazardRatio.of(0.56))
                    .note("OS benefit was present but less pronounced than in the overall population")
                    .build(),
            result(
                            "keynote-001-010-024-pooled-os-liver-mets",
                            Study.of(
                                    "Meta-analyses of KEYNOTE-001, KEYNOTE-010 and KEYNOTE-024",
                                    StudyDesign.META_ANALYSIS))
                    .population(Population.of(NSCLC, LIVER_METS))
                    .comparison(Comparison.of("immune checkpoint inhibitors", "control"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.78, 0.68, 0.90))
                    .note("ratio of OS-HRs = 1.10 relative to patients without liver involvement")
                    .build(),
            result("nsclc-real-world-os", Study.of("NSCLC real-world cohorts [88]", StudyDesign.REAL_WORLD_COHORT))
                    .population(Population.builder()
                            .cancerType(NSCLC)
                            .description("ICI-treated")
                            .build())
                    .comparison(LIVER_METS_VS_NONE)
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(1.21, 1.17, 1.27))
                    .note("Approximately 21% higher risk of death with liver metastases")
                    .build(),
            result(
                            "impower150-os-liver-mets",
                            Study.builder()
                                    .name("IMpower150 (final analysis)")
                                    .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
                                    .build())
                    .population(Population.of(NSCLC, LIVER_METS))
                    .comparison(Comparison.of("atezolizumab + bevacizumab + chemotherapy (ABCP)", "chemotherapy"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.68, 0.45, 1.02))
                    .note("Suggested clinically meaningful benefit by adding bevacizumab in this subgroup")
                    .build(),
            result("crc-msi-h-real-world-pfs", Study.of("CRC real-world cohort [106]", StudyDesign.REAL_WORLD_COHORT))
                    .population(Population.builder()
                            .cancerType(CRC)
                            .description("MSI-H/dMMR, ICI-treated")
                            .build())
                    .comparison(LIVER_METS_VS_NONE)
                    .endpoint(Endpoint.PFS)
                    .estimate(HazardRatio.of(3.18, 1.52, 6.67))
                    .note("Liver involvement impairs outcomes (lower ORR, higher HR for progression)")
                    .build(),
            result("keynote-859-os-liver-mets", KEYNOTE_859)
                    .population(Population.of(GASTRIC, LIVER_METS))
                    .comparison(Comparison.of("chemo-immunotherapy combination", "chemotherapy"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.83, 0.70, 0.90))
                    .overallEstimate(HazardRatio.of(0.73, 0.63, 0.84))
                    .note("Survival benefits regardless of liver metastasis status")
                    .build(),
            // the second KEYNOTE859 row labels its comparison column "NoLM": the subgroup without liver metastases
            result("keynote-859-pembrolizumab-os-liver-mets", KEYNOTE_859)
                    .population(Population.of(GASTRIC, LIVER_METS))
                    .comparison(Comparison.of("pembrolizumab + chemotherapy", "chemotherapy"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.83, 0.70, 0.90))
                    .note("Difference by LM not statistically significant")
                    .build(),
            result("keynote-859-pembrolizumab-os-no-liver-mets", KEYNOTE_859)
                    .population(Population.of(GASTRIC, "no liver metastases"))
                    .comparison(Comparison.of("pembrolizumab + chemotherapy", "chemotherapy"))
                    .endpoint(Endpoint.OS)
                    .estimate(HazardRatio.of(0.73, 0.63, 0.84))
                    .build());

    static final Map<String, TrialResult> BY_ID =
            ROWS.stream().collect(Collectors.toMap(TrialResult::id, Function.identity()));

    private static TrialResult.Builder result(String id, Study study) {
        TrialResult.Builder builder = TrialResult.builder();
        builder.id(id).study(study).citation(WJCO);
        return builder;
    }

    private static TrialResult row(String id) {
        return Objects.requireNonNull(BY_ID.get(id), id);
    }

    private static HazardRatio hr(String id) {
        return (HazardRatio) row(id).estimate();
    }

    @Test
    void every_hazard_ratio_with_an_interval_is_a_cited_trial_result() {
        // 10 table rows: [77] OS and PFS, [81] PFS and OS, [82], [83], [84-87], [88], [89-91], [106],
        // [129] twice; the second [129] row's "NoLM" comparison makes one more result
        assertThat(ROWS).hasSize(13);
        assertThat(BY_ID).hasSize(13);
        assertThat(ROWS).allSatisfy(r -> {
            assertThat(r.estimate()).isInstanceOf(HazardRatio.class);
            assertThat(((HazardRatio) r.estimate()).ci()).isPresent();
            assertThat(r.citation()).contains(WJCO);
            assertThat(r.endpoint().isTimeToEvent()).isTrue();
        });
    }

    @Test
    void liver_metastases_are_significantly_worse_across_cancers() {
        assertThat(hr("pan-cancer-meta-analysis-os").isSignificant()).isTrue();
        assertThat(hr("pan-cancer-meta-analysis-os").value()).isGreaterThan(1);
        assertThat(hr("pan-cancer-meta-analysis-pfs").isSignificant()).isTrue();
        assertThat(hr("crc-msi-h-real-world-pfs").isSignificant()).isTrue();
        // "approximately 21% higher risk of death": HR 1.21
        assertThat((hr("nsclc-real-world-os").value() - 1) * 100).isCloseTo(21, within(1e-9));
    }

    @Test
    void nsclc_benefit_is_present_but_attenuated_in_liver_metastases() {
        for (String id : List.of(
                "nsclc-ici-meta-analysis-pfs-liver-mets",
                "nsclc-ici-meta-analysis-os-liver-mets",
                "checkmate-017-057-os-liver-mets",
                "keynote-189-os-liver-mets",
                "keynote-001-010-024-pooled-os-liver-mets")) {
            assertThat(hr(id).isSignificant()).as(id).isTrue();
            assertThat(hr(id).value()).as(id).isLessThan(1);
        }
        TrialResult keynote189 = row("keynote-189-os-liver-mets");
        assertThat(hr("keynote-189-os-liver-mets").value())
                .isGreaterThan(((HazardRatio) keynote189.overallEstimate().orElseThrow()).value());
    }

    @Test
    void impower150_liver_metastases_interval_crosses_one() {
        HazardRatio impower = hr("impower150-os-liver-mets");
        assertThat(impower.isSignificant()).isFalse();
        // SE = (ln 1.02 - ln 0.45) / 3.92 = 0.209, z = -1.85, P = 0.06
        assertThat(impower.standardError().orElseThrow()).isCloseTo(0.209, within(0.0005));
        assertThat(impower.z().orElseThrow()).isCloseTo(-1.85, within(0.005));
        assertThat(impower.pValue().orElseThrow().value()).isCloseTo(0.06, within(0.005));
    }

    @Test
    void keynote_859_difference_by_liver_metastases_is_not_significant() {
        HazardRatio interaction = HazardRatio.ratio(
                hr("keynote-859-pembrolizumab-os-liver-mets"), hr("keynote-859-pembrolizumab-os-no-liver-mets"));
        assertThat(interaction.value()).isCloseTo(1.14, within(0.005));
        assertThat(interaction.isSignificant()).isFalse();
        assertThat(interaction.pValue().orElseThrow().value()).isCloseTo(0.19, within(0.005));
    }

    @Test
    void keynote_859_point_estimate_sits_off_the_center_of_its_interval() {
        // 0.83 (0.70-0.90): the geometric mean of the bounds is 0.79; a curator should look at this row
        HazardRatio keynote859 = hr("keynote-859-os-liver-mets");
        assertThat(keynote859.ci().orElseThrow().center(Scale.LOG)).isCloseTo(0.794, within(0.0005));
        assertThat(keynote859.ci().orElseThrow().contains(keynote859.value())).isTrue();
    }

    @Test
    void the_table_survives_json_losslessly() throws Exception {
        ObjectMapper mapper =
                JsonMapper.builder().addModule(new OncodexJacksonModule()).build();
        String json = mapper.writeValueAsString(ROWS);
        List<TrialResult> back = mapper.readValue(json, new TypeReference<List<TrialResult>>() {});
        assertThat(back).isEqualTo(ROWS);
        assertThat(json).contains("\"doi\":\"10.5306/wjco.v17.i3.116093\"");
    }
}
