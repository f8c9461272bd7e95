package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * A table column's header gives the kind of a bare cell: "RR (%)" is a column of rates (a ratio is never a
 * percentage), "RR (95% CI)" one of risk ratios, "ORR, % (n/N)" one of response rates with their counts.
 * The cells are written for the test.
 */
class PercentHeadersTest {

    private static List<EffectStatement> cell(String text, String header) {
        return EffectStatements.parse(text, ParseContext.column(header)).statements();
    }

    @Test
    void a_ratio_abbreviation_over_a_percent_is_a_rate() {
        assertThat(cell("31.6 vs 9.4", "RR (%)")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
            assertThat(s.printedValue()).contains("31.6");
            assertThat(s.comparatorEstimate()).isPresent();
        });
        assertThat(cell("45", "RR, %"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION));
    }

    @Test
    void a_ratio_abbreviation_over_a_confidence_level_stays_a_ratio() {
        assertThat(cell("1.45 (1.10-1.90)", "RR (95% CI)")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
            assertThat(s.printedLower()).contains("1.10");
            assertThat(s.printedUpper()).contains("1.90");
        });
        assertThat(cell("0.69 (0.55-0.87)", "HR (95% CI)"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO));
    }

    @Test
    void a_response_rate_header_with_counts_gives_share_count_and_total() {
        assertThat(cell("12.5 (3/24)", "ORR, % (n/N)")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
            assertThat(s.printedValue()).contains("12.5");
            assertThat(s.endpoint()).contains(Endpoint.ORR);
            assertThat(s.estimate())
                    .hasValueSatisfying(e -> assertThat(e.toString()).contains("count=3", "total=24"));
        });
    }
}
