package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A column of rates per a unit of people or doses ("Crude incidence (per person-year, 95% CI)", "Attributable
 * cases/million doses") holds quantities, not unlabeled estimates; a cumulative incidence in per cent stays a
 * share. Examples from real tables (heldout-7).
 */
class RateHeadersTest {

    private static List<EffectStatement> cell(String text, String header) {
        return EffectStatements.parse(text, ParseContext.column(header)).statements();
    }

    @Test
    void a_rate_per_person_year_or_per_million_doses_is_a_quantity() {
        assertThat(cell("0.45 (0.32 to 0.62)", "Crude incidence (per person-year, 95% CI)"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
                    assertThat(s.printedLower()).contains("0.32");
                });
        assertThat(cell("0.71 [0.07 to 0.84]", "Attributable cases/million doses(95% confidence intervals)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.QUANTITY));
    }

    @Test
    void a_cumulative_incidence_in_per_cent_is_a_share() {
        assertThat(cell("45.2 (40.1-50.3)", "Cumulative incidence, % (95% CI)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION));
    }
}
