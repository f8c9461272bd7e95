package org.oncodex.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Phase;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.PValueMethod;

/**
 * A hazard ratio from the WJCO 2026 review's Table 2 (KEYNOTE-189,
 * patients with non-small cell lung cancer and liver metastases) as a cited {@link TrialResult},
 * with the statistics that follow from its confidence interval, and the test of interaction behind
 * the review's KEYNOTE-859 finding.
 */
public final class StatisticsExample {
    static final Citation WJCO_2026 = Citation.builder()
            .doi("10.5306/wjco.v17.i3.116093")
            .title("Immunotherapy in liver metastases: Challenges, emerging evidence, and future directions")
            .addAuthors("Pham HT", "Yang V")
            .journal("World J Clin Oncol")
            .year(2026)
            .volume("17")
            .issue("3")
            .pages("116093")
            .build();

    private StatisticsExample() {}

    /** Prints the example to standard output. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(report());
    }

    /** The example's text. */
    static String report() {
        CancerType nsclc = CancerType.builder()
                .id("non-small-cell-lung-cancer")
                .name("non-small cell lung cancer")
                .addAbbreviations("NSCLC")
                .build();
        TrialResult keynote189 = TrialResult.builder()
                .id("keynote-189-os-liver-metastases")
                .study(Study.builder()
                        .name("KEYNOTE-189")
                        .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
                        .phase(Phase.PHASE_3)
                        .build())
                .population(Population.of(nsclc, "liver metastases"))
                .comparison(Comparison.of("pembrolizumab + chemotherapy", "chemotherapy"))
                .endpoint(Endpoint.OS)
                .estimate(HazardRatio.of(0.62, 0.44, 0.87))
                .overallEstimate(HazardRatio.of(0.56))
                .citation(WJCO_2026)
                .build();
        HazardRatio hr = (HazardRatio) keynote189.estimate();

        StringBuilder text = new StringBuilder();
        line(
                text,
                "%s, %s vs %s, %s with %s, %s",
                keynote189.study().name(),
                keynote189.comparison().intervention(),
                keynote189.comparison().comparator().orElseThrow(),
                nsclc.abbreviations().get(0),
                keynote189.population().subgroup().orElseThrow(),
                keynote189.endpoint().label());
        ConfidenceInterval ci = hr.ci().orElseThrow();
        line(text, "  hazard ratio           %.2f (95%% CI %.2f to %.2f)", hr.value(), ci.lower(), ci.upper());
        line(text, "  source                 %s", WJCO_2026.doiUrl().orElseThrow());
        line(text, "  SE of ln HR            %.3f", hr.standardError().orElseThrow());
        line(text, "  z                      %.2f", hr.z().orElseThrow());
        line(text, "  two-sided P (normal)   %.4f", hr.pValue().orElseThrow().value());
        line(
                text,
                "  two-sided P (A&B)      %.4f",
                hr.pValue(PValueMethod.ALTMAN_BLAND).orElseThrow().value());
        ConfidenceInterval ci99 = hr.withConfidenceLevel(0.99).ci().orElseThrow();
        line(text, "  99%% CI                 %.2f to %.2f", ci99.lower(), ci99.upper());
        line(text, "  CI excludes 1          %s", hr.isSignificant() ? "yes" : "no");

        // KEYNOTE-859: with liver metastases HR 0.83 (0.70-0.90), without 0.73 (0.63-0.84)
        HazardRatio withLiverMets = HazardRatio.of(0.83, 0.70, 0.90);
        HazardRatio withoutLiverMets = HazardRatio.of(0.73, 0.63, 0.84);
        HazardRatio interaction = HazardRatio.ratio(withLiverMets, withoutLiverMets);
        ConfidenceInterval ici = interaction.ci().orElseThrow();
        line(text, "");
        line(text, "KEYNOTE-859, OS, liver metastases vs none: ratio of hazard ratios (test of interaction)");
        line(
                text,
                "  ratio of HRs           %.2f (95%% CI %.2f to %.2f), P = %.2f",
                interaction.value(),
                ici.lower(),
                ici.upper(),
                interaction.pValue().orElseThrow().value());
        return text.toString();
    }

    private static void line(StringBuilder text, String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
