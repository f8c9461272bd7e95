package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncodex.model.stats.Printed.assertPrinted;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.certainty.OncoKbLevel;
import org.oncodex.model.certainty.PdqDesign;
import org.oncodex.model.certainty.PdqLevel;
import org.oncodex.model.plot.ForestPlot;
import org.oncodex.model.text.EffectFormat;
import org.oncodex.model.text.PlainLanguage;

/** The example offered for the README's pooling section compiles, runs and shows what it says. */
class PoolingReadmeExampleTest {

    @Test
    void the_readme_example_pools_the_reference_reviews_rows() {
        // tag::pooling[]
        // OS in NSCLC with liver metastases, Table 2 of World J Clin Oncol 2026;17(3):116093
        Map<String, HazardRatio> trials = new LinkedHashMap<>();
        trials.put("CheckMate 017/057", HazardRatio.of(0.68, 0.50, 0.91));
        trials.put("KEYNOTE-189", HazardRatio.of(0.62, 0.44, 0.87));
        trials.put("IMpower150", HazardRatio.of(0.68, 0.45, 1.02));
        Pooling pooling = Pooling.ratios(trials); // on the log scale, SE from each 95% CI

        PooledEstimate fixed = pooling.fixedEffect();
        PooledEstimate dl = pooling.randomEffects(TauEstimator.DL);
        PooledEstimate pooled = pooling.randomEffects(TauEstimator.REML, Adjustment.KNAPP_HARTUNG);
        String ama = EffectFormat.AMA.format(pooled); // HR, 0.66; 95% CI, 0.58-0.75; I² = 0%
        Heterogeneity h = pooled.heterogeneity(); // q(), qPValue(), i2(), h2(), tau2(), tau2Interval()
        List<Double> weights = pooled.weights(); // 0.433, 0.334, 0.232: for a forest plot
        String svg = ForestPlot.svg(pooled); // docs/forest-plot.svg; ForestPlot.text(pooled) for terminals
        String forPatients = PlainLanguage.describe(
                pooled.withCertainty(GradeCertainty.of(GradeRating.MODERATE)), Endpoint.OS, "chemotherapy");
        // This combines the results of 3 studies. Moderate-certainty evidence suggests about 34% lower risk ...

        // estimates already on the analysis scale with their variances (yi, vi), or 2×2 tables
        PooledEstimate bcg = Pooling.of(List.of(
                        StudyEffect.logRatio("Aronson 1948", -0.8893, 0.3256, EffectEstimate.Kind.RISK_RATIO),
                        StudyEffect.logRiskRatio("Ferguson & Simes 1949", 6, 306, 29, 303)))
                .randomEffects(TauEstimator.DL);

        // certainty on the scale its source prints, never converted into another
        PdqLevel pdq = PdqLevel.parse("1iiA"); // randomized, not blinded; overall survival
        OncoKbLevel oncoKb = OncoKbLevel.parse("Level 3A");
        // end::pooling[]

        assertThat(fixed.model()).isEqualTo(PooledEstimate.Model.FIXED_EFFECT);
        assertThat(dl.tauEstimator()).contains(TauEstimator.DL);
        assertThat(ama).isEqualTo("HR, 0.66; 95% CI, 0.58-0.75; I² = 0%");
        assertThat(h.i2()).isZero();
        assertPrinted("weight 1", weights.get(0), "0.433");
        assertPrinted("weight 2", weights.get(1), "0.334");
        assertPrinted("weight 3", weights.get(2), "0.232");
        assertThat(svg).startsWith("<?xml").contains("KEYNOTE-189");
        assertThat(forPatients)
                .startsWith("This combines the results of 3 studies. Moderate-certainty evidence suggests about 34%"
                        + " lower risk of death");
        assertThat(bcg.studyCount()).isEqualTo(2);
        assertThat(pdq.design()).isEqualTo(PdqDesign.RANDOMIZED_NONBLINDED);
        assertThat(oncoKb).isEqualTo(OncoKbLevel.LEVEL_3A);
    }
}
