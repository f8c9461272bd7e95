package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticsExampleTest {

    @Test
    void reports_keynote_189_with_derived_statistics() {
        String report = StatisticsExample.report();
        // HR 0.62 (0.44-0.87): SE = (ln 0.87 - ln 0.44) / 3.92 = 0.174, z = ln 0.62 / SE = -2.75
        assertThat(report)
                .contains("hazard ratio           0.62 (95% CI 0.44 to 0.87)")
                .contains("SE of ln HR            0.174")
                .contains("z                      -2.75")
                .contains("https://doi.org/10.5306/wjco.v17.i3.116093")
                .contains("CI excludes 1          yes");
    }

    @Test
    void reports_the_keynote_859_interaction_as_not_significant() {
        // the review: "difference in benefit was not statistically significant"
        assertThat(StatisticsExample.report()).contains("ratio of HRs           1.14 (95% CI 0.94 to 1.38), P = 0.19");
    }
}
