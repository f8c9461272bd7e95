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
                .contains("About 38% lower risk of death at any given time, compared with chemotherapy")
                .contains("AMBIGUOUS_DECIMAL_COMMA");
    }
}
