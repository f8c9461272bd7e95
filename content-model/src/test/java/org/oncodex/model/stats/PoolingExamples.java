package org.oncodex.model.stats;

import java.util.List;

/** Published datasets to pool, shared by the tests of several packages; each cites its source. */
public final class PoolingExamples {
    /**
     * The BCG vaccine trials as log risk ratios: metafor's {@code dat.bcg} (Colditz et al., JAMA 1994),
     * the 2×2 tables copied character for character from wviechtb/metafor docs/reference/dat.bcg.html.
     */
    public static final List<StudyEffect> BCG = bcg();

    /**
     * The overall-survival hazard ratios of immune checkpoint inhibitors in patients with non-small
     * cell lung cancer and liver metastases, three trials' rows of Table 2 of Pham et al., World J Clin
     * Oncol 2026;17(3):116093, doi 10.5306/wjco.v17.i3.116093 (/work/shared/reference/
     * wjco-2026-liver-metastases-tables.txt): CheckMate 017/057 pooled (nivolumab vs docetaxel) HR =
     * 0.68, 95%CI: 0.50-0.91; KEYNOTE-189 (pembrolizumab + chemo vs chemo) HR = 0.62, 95%CI: 0.44-0.87;
     * IMpower150 (ABCP vs chemo) HR = 0.68, 95%CI: 0.45-1.02. The review does not pool them; different
     * drugs and comparators make a pooled number illustrative only.
     */
    public static final List<StudyEffect> WJCO_NSCLC_LIVER_METASTASES_OS = List.of(
            StudyEffect.ratio("CheckMate 017/057", HazardRatio.of(0.68, 0.50, 0.91)),
            StudyEffect.ratio("KEYNOTE-189", HazardRatio.of(0.62, 0.44, 0.87)),
            StudyEffect.ratio("IMpower150", HazardRatio.of(0.68, 0.45, 1.02)));

    private PoolingExamples() {}

    /**
     * {@link #BCG}, computed anew from the 2×2 tables on each call: a test that must exercise the
     * risk-ratio arithmetic itself (not a list computed once per JVM) uses this.
     */
    public static List<StudyEffect> bcg() {
        return List.of(
                bcg("Aronson 1948", 4, 119, 11, 128),
                bcg("Ferguson & Simes 1949", 6, 300, 29, 274),
                bcg("Rosenthal et al 1960", 3, 228, 11, 209),
                bcg("Hart & Sutherland 1977", 62, 13536, 248, 12619),
                bcg("Frimodt-Moller et al 1973", 33, 5036, 47, 5761),
                bcg("Stein & Aronson 1953", 180, 1361, 372, 1079),
                bcg("Vandiviere et al 1973", 8, 2537, 10, 619),
                bcg("TPT Madras 1980", 505, 87886, 499, 87892),
                bcg("Coetzee & Berjak 1968", 29, 7470, 45, 7232),
                bcg("Rosenthal et al 1961", 17, 1699, 65, 1600),
                bcg("Comstock et al 1974", 186, 50448, 141, 27197),
                bcg("Comstock & Webster 1969", 5, 2493, 3, 2338),
                bcg("Comstock et al 1976", 27, 16886, 29, 17825));
    }

    static StudyEffect bcg(String label, int tpos, int tneg, int cpos, int cneg) {
        return StudyEffect.logRiskRatio(label, tpos, tpos + tneg, cpos, cpos + cneg);
    }
}
