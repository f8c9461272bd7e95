package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.certainty.OncoKbLevel;
import org.oncodex.model.certainty.PdqLevel;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.PooledEstimate;
import org.oncodex.model.stats.Pooling;
import org.oncodex.model.stats.PoolingExamples;
import org.oncodex.model.stats.TauEstimator;

/** Pooled estimates and certainty ratings in patient words and journal styles. */
class PooledWordingTest {
    /** BCG, REML: RR 0.4894 (0.3441 to 0.6962), prediction 0.1546 to 1.5490, I² 92% (metafor's documentation). */
    static final PooledEstimate BCG = Pooling.of(PoolingExamples.BCG).randomEffects(TauEstimator.REML);

    static final PooledEstimate NSCLC =
            Pooling.of(PoolingExamples.WJCO_NSCLC_LIVER_METASTASES_OS).randomEffects();

    @Test
    void says_how_many_studies_the_effect_and_that_results_varied_a_lot() {
        String text = PlainLanguage.describe(BCG, Endpoint.ORR, "unvaccinated people");
        assertThat(text)
                .startsWith("This combines the results of 13 studies. About 51% lower chance of")
                .contains("compared with unvaccinated people")
                .contains("The true effect could be between 30% and 66% lower.")
                .contains("The results varied a lot between studies.")
                .endsWith("In a new study, the effect could be anywhere from 85% lower to 55% higher.");
    }

    @Test
    void consistent_studies_and_a_prediction_on_one_side_of_no_difference() {
        String text = PlainLanguage.describe(NSCLC, Endpoint.OS, "chemotherapy");
        assertThat(text)
                .startsWith("This combines the results of 3 studies. About 34% lower risk of death at any given time,"
                        + " compared with chemotherapy.")
                .contains("The results were consistent between studies.")
                .endsWith("In a new study, the effect could be between 25% and 42% lower.");
        assertThat(ReadingLevel.fleschKincaidGrade(text)).isLessThanOrEqualTo(8.0);
    }

    @Test
    void the_consistency_wording_follows_i2() {
        assertThat(PooledWording.consistency(0)).isEqualTo("The results were consistent between studies.");
        assertThat(PooledWording.consistency(45)).isEqualTo("The results varied somewhat between studies.");
        assertThat(PooledWording.consistency(92.2)).isEqualTo("The results varied a lot between studies.");
    }

    @Test
    void a_grade_rating_leads_the_sentence_with_its_verb() {
        HazardRatio hr = HazardRatio.of(0.62, 0.44, 0.87);
        assertThat(PlainLanguage.describe(hr, Endpoint.OS, "chemotherapy", GradeCertainty.of(GradeRating.HIGH)))
                .startsWith("High-certainty evidence shows about 38% lower risk of death");
        assertThat(PlainLanguage.describe(hr, Endpoint.OS, "chemotherapy", GradeCertainty.of(GradeRating.MODERATE)))
                .startsWith("Moderate-certainty evidence suggests about 38% lower risk of death");
        assertThat(PlainLanguage.describe(hr, Endpoint.OS, "chemotherapy", GradeCertainty.of(GradeRating.LOW)))
                .startsWith("Low-certainty evidence suggests about 38% lower")
                .endsWith("The true effect may be quite different.");
        assertThat(PlainLanguage.describe(hr, Endpoint.OS, "chemotherapy", GradeCertainty.of(GradeRating.VERY_LOW)))
                .startsWith("The evidence is very uncertain. It suggests about 38% lower");
        assertThat(PlainLanguage.describe(
                        HazardRatio.of(0.68, 0.45, 1.02),
                        Endpoint.OS,
                        "chemotherapy",
                        GradeCertainty.of(GradeRating.MODERATE)))
                .startsWith("Moderate-certainty evidence suggests no clear difference in the risk of death");
    }

    @Test
    void pdq_and_oncokb_levels_are_named_as_printed_never_as_grade_words() {
        PooledEstimate rated = NSCLC.withCertainty(PdqLevel.parse("1iiA"));
        assertThat(PlainLanguage.describe(rated, Endpoint.OS))
                .contains("The NCI rates this evidence as level 1iiA: it comes from a randomized trial, which"
                        + " measured how long people lived.")
                .doesNotContain("certainty");
        assertThat(PlainLanguage.describe(
                        HazardRatio.of(0.62, 0.44, 0.87), Endpoint.PFS, "chemotherapy", OncoKbLevel.LEVEL_3A))
                .endsWith("OncoKB rates the evidence linking this biomarker to response to the drug as Level 3A"
                        + " (Level 1 is the strongest).");
    }

    @Test
    void journal_styles_add_i2_and_the_patient_style_the_number_of_studies() {
        assertThat(EffectFormat.AMA.format(BCG)).isEqualTo("RR, 0.49; 95% CI, 0.34-0.70; I² = 92%");
        assertThat(EffectFormat.LANCET.format(BCG)).isEqualTo("RR 0·49, 95% CI 0·34–0·70; I²=92%");
        assertThat(EffectFormat.VANCOUVER.format(BCG)).isEqualTo("RR 0.49 (95% CI 0.34–0.70); I² = 92%");
        assertThat(EffectFormat.PATIENT.format(BCG))
                .isEqualTo("relative risk 0.49 (likely range 0.34 to 0.70), from 13 studies");
    }
}
