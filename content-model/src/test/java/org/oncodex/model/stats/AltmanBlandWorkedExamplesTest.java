package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The published worked examples of shared/reference/statistics.md, reproduced to their printed
 * precision.
 */
class AltmanBlandWorkedExamplesTest {

    /** Altman &amp; Bland, BMJ 2011;343:d2304, ratio example: RR 0.81 (95% CI 0.70 to 0.94). */
    @Test
    void p_from_ci_bmj_2011_d2304_risk_ratio_081() {
        RiskRatio rr = RiskRatio.of(0.81, 0.70, 0.94);

        assertThat(Math.log(0.81)).isCloseTo(-0.211, within(0.0005));
        assertThat(rr.standardError().orElseThrow()).isCloseTo(0.0752, within(0.00005));
        assertThat(rr.z().orElseThrow()).isCloseTo(-2.802, within(0.0005));
        assertThat(rr.pValue(PValueMethod.ALTMAN_BLAND).orElseThrow().value()).isCloseTo(0.0051, within(0.00005));
        assertThat(rr.pValue().orElseThrow().value()).isCloseTo(0.0051, within(0.00005));
        assertThat(rr.pValue().orElseThrow().isExact()).isTrue();
    }

    /** Altman &amp; Bland, BMJ 2011;343:d2090, difference example: zinc trial, 49% v 32%, P = 0.032. */
    @Test
    void ci_from_p_bmj_2011_d2090_zinc_difference() {
        PValue p = PValue.of(0.032);
        assertThat(PValueMethod.ALTMAN_BLAND.z(p)).isCloseTo(2.141, within(0.0005));

        ConfidenceInterval ci = ConfidenceInterval.fromPValue(17, p, Scale.LINEAR, 0.95, PValueMethod.ALTMAN_BLAND);

        assertThat(ci.standardError(Scale.LINEAR)).isCloseTo(7.940, within(0.0005));
        assertThat(ci.lower()).isCloseTo(1.4, within(0.05));
        assertThat(ci.upper()).isCloseTo(32.6, within(0.05));
    }

    /** Altman &amp; Bland, BMJ 2011;343:d2090, ratio example: Skaraborg cohort, RR 0.30 (P = 0.034). */
    @Test
    void ci_from_p_bmj_2011_d2090_skaraborg_risk_ratio() {
        PValue p = PValue.of(0.034);
        assertThat(PValueMethod.ALTMAN_BLAND.z(p)).isCloseTo(2.117, within(0.0005));

        RiskRatio rr = RiskRatio.fromPValue(0.30, p, PValueMethod.ALTMAN_BLAND);

        assertThat(rr.standardError().orElseThrow()).isCloseTo(0.569, within(0.0005));
        ConfidenceInterval ci = rr.ci().orElseThrow();
        assertThat(Math.log(ci.lower())).isCloseTo(-2.319, within(0.0005));
        assertThat(Math.log(ci.upper())).isCloseTo(-0.089, within(0.0005));
        assertThat(ci.lower()).isCloseTo(0.10, within(0.005));
        assertThat(ci.upper()).isCloseTo(0.91, within(0.005));
    }

    /** statistics.md, round trip (computed there): RR 0.30 (0.10 to 0.91) back to its P value. */
    @Test
    void round_trip_of_the_skaraborg_interval_back_to_p() {
        RiskRatio rr = RiskRatio.of(0.30, 0.10, 0.91);

        assertThat(rr.standardError().orElseThrow()).isCloseTo(0.563, within(0.0005));
        assertThat(rr.z().orElseThrow()).isCloseTo(-2.137, within(0.0005));
        assertThat(rr.pValue(PValueMethod.ALTMAN_BLAND).orElseThrow().value()).isCloseTo(0.0323, within(0.00005));
        assertThat(rr.pValue().orElseThrow().value()).isCloseTo(0.0326, within(0.00005));
    }

    /** statistics.md, accuracy of exp(−0.717z − 0.416z²) against the exact normal P (computed there). */
    @Test
    void altman_bland_formula_against_exact_normal_table() {
        double[][] rows = {
            {1.000, 0.3221, 0.3173},
            {1.645, 0.0997, 0.1000},
            {1.960, 0.0496, 0.0500},
            {2.576, 0.00998, 0.0100},
            {3.000, 0.00275, 0.00270},
            // statistics.md prints 0.00105 here, which is the formula at z = 3.29; at 3.291 it gives 0.001043
            {3.291, 0.00104, 0.00100},
        };
        for (double[] row : rows) {
            double z = row[0];
            double printedPrecision = row[1] < 0.01 ? 0.000005 : 0.00005;
            assertThat(PValueMethod.ALTMAN_BLAND.pValue(z).value())
                    .as("A-B P at z = %s", z)
                    .isCloseTo(row[1], within(printedPrecision));
            assertThat(PValueMethod.NORMAL.pValue(-z).value())
                    .as("exact P at z = %s", z)
                    .isCloseTo(row[2], within(printedPrecision));
        }
    }

    /** statistics.md §c: critical values of the standard normal (computed there). */
    @Test
    void critical_values_by_level() {
        assertThat(ConfidenceInterval.criticalValue(0.80)).isCloseTo(1.2816, within(0.00005));
        assertThat(ConfidenceInterval.criticalValue(0.90)).isCloseTo(1.6449, within(0.00005));
        assertThat(ConfidenceInterval.criticalValue(0.95)).isCloseTo(1.9600, within(0.00005));
        assertThat(ConfidenceInterval.criticalValue(0.99)).isCloseTo(2.5758, within(0.00005));
        assertThat(ConfidenceInterval.criticalValue(0.999)).isCloseTo(3.2905, within(0.00005));
    }

    /**
     * Ann Rheum Dis, "Comparing relative risks in two risk groups" (Altman &amp; Bland's method, BMJ
     * 2003;326:219), COBRA trial: RR 0.46 (SE of ln RR 0.4081) in the low-risk group against 0.70
     * (SE 0.1692) in the high-risk group.
     */
    @Test
    void ratio_of_relative_risks_ann_rheum_dis_cobra() {
        RiskRatio low = fromSe(0.46, 0.4081);
        RiskRatio high = fromSe(0.70, 0.1692);

        RiskRatio ratio = RiskRatio.ratio(low, high);

        // the table subtracts logs already rounded to 4 dp (-0.7765 - -0.3567)
        assertThat(Math.log(ratio.value())).isCloseTo(-0.4198, within(0.0001));
        // the table's SEs are rounded to 4 dp, so SE(d) and the log CI differ in the 4th place
        assertThat(ratio.standardError().orElseThrow()).isCloseTo(0.4419, within(0.0002));
        ConfidenceInterval ci = ratio.ci().orElseThrow();
        assertThat(Math.log(ci.lower())).isCloseTo(-1.2859, within(0.0005));
        assertThat(Math.log(ci.upper())).isCloseTo(0.4463, within(0.0005));
        assertThat(ratio.value()).isCloseTo(0.66, within(0.005));
        assertThat(ci.lower()).isCloseTo(0.28, within(0.005));
        assertThat(ci.upper()).isCloseTo(1.56, within(0.005));
        assertThat(ratio.z().orElseThrow()).isCloseTo(-0.95, within(0.005));
        // the table prints the one-sided 0.17; the two-sided P is twice that
        assertThat(ratio.pValue().orElseThrow().value()).isCloseTo(0.34, within(0.005));
    }

    /** The same table, CSA+MTX trial: RR 0.50 (SE 0.3598) against 0.63 (SE 0.2178). */
    @Test
    void ratio_of_relative_risks_ann_rheum_dis_csa_mtx() {
        RiskRatio ratio = RiskRatio.ratio(fromSe(0.50, 0.3598), fromSe(0.63, 0.2178));

        assertThat(Math.log(ratio.value())).isCloseTo(-0.2311, within(0.0001));
        assertThat(ratio.standardError().orElseThrow()).isCloseTo(0.4206, within(0.0002));
        ConfidenceInterval ci = ratio.ci().orElseThrow();
        assertThat(Math.log(ci.lower())).isCloseTo(-1.0555, within(0.0005));
        assertThat(Math.log(ci.upper())).isCloseTo(0.5933, within(0.0005));
        assertThat(ratio.value()).isCloseTo(0.79, within(0.005));
        assertThat(ci.lower()).isCloseTo(0.35, within(0.005));
        assertThat(ci.upper()).isCloseTo(1.81, within(0.005));
        assertThat(ratio.z().orElseThrow()).isCloseTo(-0.55, within(0.005));
        assertThat(ratio.pValue().orElseThrow().value()).isCloseTo(0.58, within(0.005));
    }

    private static RiskRatio fromSe(double rr, double se) {
        return RiskRatio.of(rr, ConfidenceInterval.fromStandardError(rr, se, Scale.LOG, 0.95));
    }
}
