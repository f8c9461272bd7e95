package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncodex.model.stats.Printed.assertPrinted;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The BCG vaccine trials (Colditz et al., JAMA 1994;271:698–702), metafor's classic example: 13
 * trials, log risk ratios of tuberculosis, vaccinated against not.
 *
 * <p>Data: the 2×2 tables as metafor's documentation prints {@code dat.bcg} (repository
 * wviechtb/metafor, docs/reference/dat.bcg.html), copied character for character. Expected
 * results, each cited where it is checked, come from the same repository; all are printed to 4
 * decimals (2 for H² and the rounded prediction), and are checked to exactly that precision.
 */
class PoolingBcgTest {
    static final List<StudyEffect> BCG_RR = PoolingExamples.BCG;

    // yi and vi of escalc(measure="RR"), printed with the data in docs/reference/dat.bcg.html
    static final String[][] PRINTED_YI_VI = {
        {"-0.8893", "0.3256"}, {"-1.5854", "0.1946"}, {"-1.3481", "0.4154"}, {"-1.4416", "0.0200"},
        {"-0.2175", "0.0512"}, {"-0.7861", "0.0069"}, {"-1.6209", "0.2230"}, {"0.0120", "0.0040"},
        {"-0.4694", "0.0564"}, {"-1.3713", "0.0730"}, {"-0.3394", "0.0124"}, {"0.4459", "0.5325"},
        {"-0.0173", "0.0714"}
    };

    static StudyEffect or(String label, int tpos, int tneg, int cpos, int cneg) {
        return StudyEffect.logOddsRatio(label, tpos, tpos + tneg, cpos, cpos + cneg);
    }

    @Test
    void log_risk_ratios_and_variances_match_escalc_as_printed() {
        List<StudyEffect> fresh = PoolingExamples.bcg();
        for (int i = 0; i < BCG_RR.size(); i++) {
            StudyEffect s = fresh.get(i);
            assertPrinted(s.label() + " yi", s.estimate(), PRINTED_YI_VI[i][0]);
            assertPrinted(s.label() + " vi", s.variance(), PRINTED_YI_VI[i][1]);
        }
    }

    @Test
    void fixed_effect_matches_stata_metan_via_metafor() {
        // wviechtb/metafor tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r, "FE model, measure='RR'"
        PooledEstimate fe = Pooling.of(BCG_RR).fixedEffect();
        assertPrinted("beta", fe.estimate(), "-0.4303");
        assertPrinted("ci.lb", fe.lower(), "-0.5097");
        assertPrinted("ci.ub", fe.upper(), "-0.3509");
        assertPrinted("zval", fe.statistic(), "-10.6247");
        assertPrinted("QE", fe.heterogeneity().q(), "152.2330");
        RiskRatio rr = (RiskRatio) fe.effect();
        assertPrinted("pred", rr.value(), "0.6503");
        assertPrinted("pred ci.lb", rr.ci().orElseThrow().lower(), "0.6007");
        assertPrinted("pred ci.ub", rr.ci().orElseThrow().upper(), "0.7040");
        assertThat(fe.predictionBounds()).isEmpty();
        assertThat(fe.method()).isEqualTo("fixed effect (inverse variance)");
    }

    @Test
    void dersimonian_laird_matches_stata_metan_via_metafor() {
        // wviechtb/metafor tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r, "RE model w/ DL estimator,
        // measure='RR'"
        PooledEstimate dl = Pooling.of(BCG_RR).randomEffects(TauEstimator.DL);
        assertPrinted("beta", dl.estimate(), "-0.7141");
        assertPrinted("ci.lb", dl.lower(), "-1.0644");
        assertPrinted("ci.ub", dl.upper(), "-0.3638");
        assertPrinted("zval", dl.statistic(), "-3.9952");
        assertPrinted("tau2", dl.heterogeneity().tau2(), "0.3088");
        assertPrinted("I2", dl.heterogeneity().i2(), "92.1173");
        RiskRatio rr = (RiskRatio) dl.effect();
        assertPrinted("pred", rr.value(), "0.4896");
        assertPrinted("pred ci.lb", rr.ci().orElseThrow().lower(), "0.3449");
        assertPrinted("pred ci.ub", rr.ci().orElseThrow().upper(), "0.6950");
    }

    @Test
    void odds_ratios_fixed_effect_and_dersimonian_laird_match_stata_metan_via_metafor() {
        // wviechtb/metafor tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r, measure='OR'
        Pooling bcgOr = Pooling.of(List.of(
                or("Aronson 1948", 4, 119, 11, 128),
                or("Ferguson & Simes 1949", 6, 300, 29, 274),
                or("Rosenthal et al 1960", 3, 228, 11, 209),
                or("Hart & Sutherland 1977", 62, 13536, 248, 12619),
                or("Frimodt-Moller et al 1973", 33, 5036, 47, 5761),
                or("Stein & Aronson 1953", 180, 1361, 372, 1079),
                or("Vandiviere et al 1973", 8, 2537, 10, 619),
                or("TPT Madras 1980", 505, 87886, 499, 87892),
                or("Coetzee & Berjak 1968", 29, 7470, 45, 7232),
                or("Rosenthal et al 1961", 17, 1699, 65, 1600),
                or("Comstock et al 1974", 186, 50448, 141, 27197),
                or("Comstock & Webster 1969", 5, 2493, 3, 2338),
                or("Comstock et al 1976", 27, 16886, 29, 17825)));
        PooledEstimate fe = bcgOr.fixedEffect();
        assertPrinted("beta", fe.estimate(), "-0.4361");
        assertPrinted("ci.lb", fe.lower(), "-0.5190");
        assertPrinted("ci.ub", fe.upper(), "-0.3533");
        assertPrinted("zval", fe.statistic(), "-10.3190");
        assertPrinted("QE", fe.heterogeneity().q(), "163.1649");
        PooledEstimate dl = bcgOr.randomEffects(TauEstimator.DL);
        assertPrinted("beta", dl.estimate(), "-0.7474");
        assertPrinted("ci.lb", dl.lower(), "-1.1242");
        assertPrinted("ci.ub", dl.upper(), "-0.3706");
        assertPrinted("zval", dl.statistic(), "-3.8873");
        assertPrinted("tau2", dl.heterogeneity().tau2(), "0.3663");
        assertPrinted("I2", dl.heterogeneity().i2(), "92.6455");
        assertThat(dl.effect()).isInstanceOf(OddsRatio.class);
    }

    @Test
    void reml_matches_the_metafor_documentation() {
        // wviechtb/metafor docs/reference/dat.bcg.html: res <- rma(yi, vi, data=dat); predict(res, transf=exp)
        PooledEstimate reml = Pooling.of(BCG_RR).randomEffects(TauEstimator.REML);
        Heterogeneity h = reml.heterogeneity();
        assertPrinted("tau^2", h.tau2(), "0.3132");
        assertPrinted("tau", h.tau(), "0.5597");
        assertPrinted("I^2", h.i2(), "92.22");
        assertPrinted("H^2", h.h2(), "12.86");
        assertPrinted("Q", h.q(), "152.2330");
        assertThat(h.degreesOfFreedom()).isEqualTo(12);
        assertThat(h.qPValue().orElseThrow()).as("p-val < .0001").isLessThan(0.0001);
        assertPrinted("estimate", reml.estimate(), "-0.7145");
        assertPrinted("se", reml.standardError(), "0.1798");
        assertPrinted("zval", reml.statistic(), "-3.9744");
        assertThat(reml.exactP()).as("pval <.0001").isLessThan(0.0001);
        assertPrinted("ci.lb", reml.lower(), "-1.0669");
        assertPrinted("ci.ub", reml.upper(), "-0.3622");
        RiskRatio rr = (RiskRatio) reml.effect();
        assertPrinted("pred", rr.value(), "0.4894");
        assertPrinted("ci.lb", rr.ci().orElseThrow().lower(), "0.3441");
        assertPrinted("ci.ub", rr.ci().orElseThrow().upper(), "0.6962");
        Bounds prediction = reml.predictionInterval().orElseThrow();
        assertPrinted("cr.lb", prediction.lower(), "0.1546");
        assertPrinted("cr.ub", prediction.upper(), "1.5490");
        assertThat(reml.pValue()).isEqualTo(PValue.lessThan(0.0001));
    }

    @Test
    void q_profile_interval_of_tau2_matches_the_metafor_documentation() {
        // wviechtb/metafor docs/reference/confint.rma.html: confint(rma(yi, vi, data=dat, method="REML"))
        Heterogeneity h = Pooling.of(BCG_RR).randomEffects(TauEstimator.REML).heterogeneity();
        Bounds tau2 = h.tau2Interval().orElseThrow();
        assertPrinted("tau^2 ci.lb", tau2.lower(), "0.1197");
        assertPrinted("tau^2 ci.ub", tau2.upper(), "1.1115");
        Bounds tau = h.tauInterval().orElseThrow();
        assertPrinted("tau ci.lb", tau.lower(), "0.3460");
        assertPrinted("tau ci.ub", tau.upper(), "1.0543");
        assertPrinted("I^2(%)", h.i2(), "92.2214");
        assertPrinted("H^2", h.h2(), "12.8558");
        // metafor finds the tau^2 bounds with uniroot at tol = .Machine$double.eps^0.25, about 1.2e-4
        // (confint.rma.html, Details), and derives the I^2 and H^2 bounds from them; 1e-4 in tau^2 moves
        // the I^2 bound by about 0.01 here. The bounds are found exactly here, so the I^2 and H^2 bounds
        // are checked to the digits that tolerance leaves exact: 81.9177 -> 81.9, 5.5303 -> 5.53, ...
        assertPrinted("I^2 ci.lb", h.i2Interval().orElseThrow().lower(), "81.9");
        assertPrinted("I^2 ci.ub", h.i2Interval().orElseThrow().upper(), "97.7");
        assertPrinted("H^2 ci.lb", h.h2Interval().orElseThrow().lower(), "5.53");
        assertPrinted("H^2 ci.ub", h.h2Interval().orElseThrow().upper(), "43.07");
    }

    @Test
    void reml_with_knapp_hartung_matches_the_metafor_readme() {
        // wviechtb/metafor README.md: res <- rma(yi, vi, data=dat, test="knha"); predict(res, transf=exp, digits=2)
        PooledEstimate hk = Pooling.of(BCG_RR).randomEffects(TauEstimator.REML, Adjustment.KNAPP_HARTUNG);
        assertPrinted("tau^2", hk.heterogeneity().tau2(), "0.3132");
        assertPrinted("estimate", hk.estimate(), "-0.7145");
        assertPrinted("se", hk.standardError(), "0.1808");
        assertPrinted("tval", hk.statistic(), "-3.9522");
        assertThat(hk.degreesOfFreedom()).hasValue(12);
        assertPrinted("pval", hk.exactP(), "0.0019");
        assertPrinted("ci.lb", hk.lower(), "-1.1084");
        assertPrinted("ci.ub", hk.upper(), "-0.3206");
        RiskRatio rr = (RiskRatio) hk.effect();
        assertPrinted("pred", rr.value(), "0.49");
        assertPrinted("ci.lb", rr.ci().orElseThrow().lower(), "0.33");
        assertPrinted("ci.ub", rr.ci().orElseThrow().upper(), "0.73");
        assertPrinted("pi.lb", hk.predictionInterval().orElseThrow().lower(), "0.14");
        assertPrinted("pi.ub", hk.predictionInterval().orElseThrow().upper(), "1.76");
        assertThat(hk.method()).isEqualTo("random effects (REML, Knapp–Hartung)");
        assertThat(Pooling.of(BCG_RR).randomEffects()).isEqualTo(hk);
    }

    @Test
    void the_same_study_from_its_printed_yi_and_vi_pools_to_the_same_result_at_printed_precision() {
        // yi and vi as printed (4 decimals) lose digits; the DL estimate still agrees to 3 decimals
        List<StudyEffect> printed = new java.util.ArrayList<>();
        for (int i = 0; i < BCG_RR.size(); i++) {
            printed.add(StudyEffect.of(
                    BCG_RR.get(i).label(),
                    Double.parseDouble(PRINTED_YI_VI[i][0]),
                    Double.parseDouble(PRINTED_YI_VI[i][1])));
        }
        PooledEstimate fromTable = Pooling.of(printed).randomEffects(TauEstimator.DL);
        assertPrinted("beta", fromTable.estimate(), "-0.714");
        assertThat(fromTable.effect()).isInstanceOf(MeanDifference.class);
    }
}
