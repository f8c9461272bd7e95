package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vaccine efficacy or effectiveness, 100 × (1 − the rate ratio), is a relative change, in a header or in text. */
class VaccineEfficacyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // real cells: NEJM (PMC8461570), Lancet (PMC7852454), Lancet Infect Dis (PMC9015644) tables
                "91.3 (89.0–93.2)|Vaccine Efficacy (95% CI)‡|91.3|89.0",
                "91·6% (85·6–95·2)|Vaccine efficacy (95% CI)|91.6|85.6",
                "67·5% (−305 to 99·4)|Vaccine efficacy (95% CI)*|67.5|-305"
            })
    void reads_a_cell_under_a_vaccine_efficacy_header(String cell, String header, String point, String lower) {
        ParseResult r = EffectStatements.parse(cell, ParseContext.column(header));
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
            assertThat(s.printedValue()).contains(point);
            assertThat(s.printedLower()).contains(lower);
        });
    }

    @Test
    void a_share_under_another_header_stays_a_share() {
        // the same Lancet cell under a header that names no efficacy
        ParseResult r = EffectStatements.parse("91·6% (85·6–95·2)", ParseContext.column("Vaccine group"));
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.RELATIVE_CHANGE);
    }
}
