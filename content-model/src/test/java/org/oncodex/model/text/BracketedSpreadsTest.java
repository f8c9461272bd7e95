package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plus-minus spread alone in a bracket after a value ("7.2% ( ± 3%) for BCS and 7.9% ( ± 3%) for
 * mastectomy") is passed over as a bare one is, with a diagnostic, so the comparison after it is still read.
 * Example from an ecancer abstract as mirrored (heldout-11).
 */
class BracketedSpreadsTest {

    private static List<EffectStatement> shares(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .toList();
    }

    @Test
    void reads_the_comparison_after_a_bracketed_spread() {
        assertThat(shares("Results: At a median follow-up of 72 months, the 6-year cumulative incidence of LRR was"
                        + " 7.2% ( ± 3%) for BCS and 7.9% ( ± 3%) for mastectomy."))
                .first()
                .satisfies(s -> {
                    assertThat(s.printedValue()).contains("7.2");
                    assertThat(s.comparatorEstimate()).isPresent();
                });
        assertThat(EffectStatements.parse("The rate was 7.2% (±3%) in the cohort.")
                        .diagnostics())
                .anySatisfy(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.UNSUPPORTED));
    }

    @Test
    void a_bracket_with_more_than_a_spread_is_left_alone() {
        assertThat(shares("The rate was 7.2% (± 3% SD, n = 40) in the cohort."))
                .first()
                .satisfies(s -> assertThat(s.printedValue()).contains("7.2"));
    }

    @Test
    void any_share_with_a_bracketed_spread_keeps_its_comparator() {
        qt().withExamples(200)
                .forAll(
                        integers().between(1, 60),
                        integers().between(1, 9),
                        integers().between(1, 60))
                .checkAssert((a, sd, b) -> {
                    String text = "Relapse was " + a + "% ( ± " + sd + "%) for arm A and " + b + "% ( ± " + sd
                            + "%) for arm B.";
                    assertThat(shares(text))
                            .as(text)
                            .first()
                            .satisfies(s -> assertThat(s.comparatorEstimate()).isPresent());
                });
    }
}
