package org.oncodex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.OncodexJacksonModule;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.PValue;

/**
 * The README's quickstart, verbatim between the tags: a test keeps the two identical and runs it.
 */
public final class Quickstart {
    private Quickstart() {}

    /**
     * Runs the quickstart and prints what it computed.
     *
     * @throws JsonProcessingException never, for these values
     */
    public static void main(String[] args) throws JsonProcessingException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tag::quickstart[]
        ConfidenceInterval ci = ConfidenceInterval.of(0.44, 0.87); // 95% unless stated
        HazardRatio hr = HazardRatio.of(0.62, ci);
        boolean significant = hr.isSignificant(); // true: the interval excludes 1
        double se = hr.standardError().orElseThrow(); // 0.174, of ln HR, from the interval
        PValue p = hr.pValue().orElseThrow(); // P = 0.006 (Altman & Bland, BMJ 2011)
        HazardRatio hr99 = hr.withConfidenceLevel(0.99); // 0.62 (0.40 to 0.97)

        TrialResult keynote189 = TrialResult.builder()
                .id("keynote-189-os-liver-metastases")
                .study(Study.of("KEYNOTE-189", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.of(
                        CancerType.of("non-small-cell-lung-cancer", "non-small cell lung cancer"), "liver metastases"))
                .comparison(Comparison.of("pembrolizumab + chemotherapy", "chemotherapy"))
                .endpoint(Endpoint.OS)
                .estimate(hr)
                .citation(Citation.doi("10.5306/wjco.v17.i3.116093"))
                .build();

        // subgroup against subgroup (KEYNOTE-859, liver metastases or not): the test of interaction
        HazardRatio interaction = HazardRatio.ratio(HazardRatio.of(0.83, 0.70, 0.90), HazardRatio.of(0.73, 0.63, 0.84));
        // 1.14 (0.94 to 1.38), P = 0.19: no evidence that the benefit differs

        ObjectMapper mapper =
                JsonMapper.builder().addModule(new OncodexJacksonModule()).build();
        String json =
                mapper.writeValueAsString(keynote189); // and back, equal: mapper.readValue(json, TrialResult.class)
        // end::quickstart[]
        out.println("significant: " + significant);
        out.println("standard error: " + se);
        out.println("p: " + p);
        out.println("99% interval: " + hr99.ci().orElseThrow());
        out.println("interaction: " + interaction + ", " + interaction.pValue().orElseThrow());
        out.println(json);
    }
}
