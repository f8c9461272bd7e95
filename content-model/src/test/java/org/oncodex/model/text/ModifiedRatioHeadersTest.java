package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ratio's capital abbreviation after lower-case letters that qualify it ("mRR", "pOR", "uHR", "cIRR")
 * names the ratio in a table header; other words with capitals after lower-case letters ("mOS", "eGFR")
 * name none.
 */
class ModifiedRatioHeadersTest {

    private static final List<String> PREFIXES = List.of("a", "c", "m", "p", "s", "u", "ma", "cs");
    private static final List<String> RATIOS = List.of("HR", "OR", "RR", "IRR");
    private static final List<EffectStatement.Kind> KINDS = List.of(
            EffectStatement.Kind.HAZARD_RATIO,
            EffectStatement.Kind.ODDS_RATIO,
            EffectStatement.Kind.RISK_RATIO,
            EffectStatement.Kind.RATE_RATIO);

    @Test
    void reads_a_meta_risk_ratio_under_its_header() {
        // Occup Environ Med table of firefighters' cancer risks (heldout-10)
        assertThat(EffectStatements.parse("1.28 (1.15 to 1.43)", ParseContext.column("LeMasters et al5 mRR (95% CI)"))
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RISK_RATIO);
                    assertThat(s.printedLower()).contains("1.15");
                    assertThat(s.printedUpper()).contains("1.43");
                });
        assertThat(HeaderKinds.of("pOR (95% CI)")).isEqualTo(EffectStatement.Kind.ODDS_RATIO);
        assertThat(HeaderKinds.of("uHR")).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
    }

    @Test
    void other_lower_case_prefixes_name_no_ratio() {
        for (String header : List.of("mOS, months", "eGFR", "cases OR controls", "Summary", "xHR", "abcRR")) {
            assertThat(HeaderKinds.of(header)).as(header).isNull();
        }
    }

    @Test
    void every_qualified_ratio_names_its_kind() {
        qt().forAll(integers().between(0, PREFIXES.size() - 1), integers().between(0, RATIOS.size() - 1))
                .checkAssert((p, r) -> {
                    String header = "Pooled " + PREFIXES.get(p) + RATIOS.get(r) + " (95% CI)";
                    assertThat(EffectStatements.parse("0.84 (0.73-0.97)", ParseContext.column(header))
                                    .statements())
                            .as(header)
                            .anySatisfy(s -> assertThat(s.kind()).isEqualTo(KINDS.get(r)));
                });
    }
}
