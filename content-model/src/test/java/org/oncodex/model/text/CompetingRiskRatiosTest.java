package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hazard ratios of competing-risk analyses by their abbreviations: "sHR" and "SHR" (subdistribution, Fine
 * and Gray), "sdHR", "csHR" (cause-specific), in a header or in running text.
 */
class CompetingRiskRatiosTest {

    @Test
    void a_column_of_subdistribution_or_cause_specific_ratios_holds_hazard_ratios() {
        for (String header : List.of("sHR (95% CI)", "SHR (95% CI)", "sdHR (95% CI)", "csHR (95% CI)")) {
            assertThat(EffectStatements.parse("0.78 (0.65–0.94)", ParseContext.column(header))
                            .statements())
                    .as(header)
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                        assertThat(s.printedLower()).contains("0.65");
                    });
        }
    }

    @Test
    void reads_the_abbreviation_in_running_text() {
        assertThat(EffectStatements.parse("The sHR for relapse was 0.78 (95% CI 0.65–0.94).")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO));
        assertThat(EffectStatements.parse("SHR 1.32; 95% CI 1.10-1.58").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedUpper()).contains("1.58"));
    }
}
