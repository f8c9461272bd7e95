package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EffectStatementsExampleTest {

    @Test
    void prints_what_the_readme_says() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EffectStatementsExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Proportion{percent=35.9} vs Proportion{percent=8.9}, OS, 8-year")
                .contains("HazardRatio 0.58, P = 0.01")
                .contains("HR, 0.62; 95% CI, 0.44-0.87; P = .006")
                .contains("HR 0·62, 95% CI 0·44–0·87")
                .contains("HazardRatio 0.71 (95% CI 0.55 to 0.9), OS")
                .contains("[MedianTime{value=11.2, unit=MONTHS, ciLevel=0.95, ciLower=9.8, ciUpper=13.0}]")
                .contains("UNLABELED_ESTIMATE 95% CI 0.73 to 0.97")
                .contains("[RateRatio 0.91 (95% CI 0.83 to 0.99), MeanDifference -1.2 (95% CI -2.0 to -0.5), "
                        + "Quantity 12.4 million (95% UI 10.1 to 15.2)]")
                .contains("About 38% lower risk of death at any given time, compared with chemotherapy")
                .contains("AMBIGUOUS_DECIMAL_COMMA")
                .contains("[7.6 PFS, 17.6 OS]")
                .contains("Proportion{percent=84.9} vs Proportion{percent=70.3}, P < 0.001")
                .contains("Proportion{percent=71.0, count=17, total=24, ci=95% CI 49.0 to 87.0}")
                .contains("RELATIVE_CHANGE RelativeChange{percent=51.0, direction=LOWER, measure=risk of death}, OS")
                .contains("HazardRatio 1.08, P = 0.7")
                .contains("Proportion{percent=16.0, count=9}")
                .contains("Proportion{percent=25.0}, approximate true")
                .contains("Spread{kind=IQR, lower=6.1, upper=20.3, upperCensored=false}")
                .contains("RISK_RATIO RiskRatio 2.5")
                .contains("112.0")
                .contains("slash MedianTime{value=12.3, unit=MONTHS} vs MedianTime{value=13.6, unit=MONTHS}")
                .contains("gain MEAN_DIFFERENCE MeanDifference 1.86 months (95% CI 1.3 to 2.42)")
                .contains("spelled MedianTime{value=8.5, unit=MONTHS} vs MedianTime{value=9.0, unit=MONTHS}")
                .contains("frequency COUNT Proportion{count=1, total=4}")
                .contains("bare level MedianTime{value=9.0, unit=MONTHS, ciLevel=0.95, ciLower=8.3, ciUpper=9.7}")
                .contains("denied BOUND ValueRange{lower=22.7, lowerInclusive=true, upperInclusive=true, unit=MONTHS}")
                .contains("halved RelativeChange{percent=50.0, direction=LOWER, measure=risk of death}, OS");
    }
}
