package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Proportion;

/**
 * Counts named as the patients' number in the bracket after a share, "40% (n=114/286)", are its count and
 * total, as "40% (114/286)" are; an interval a few words later still joins the share.
 */
class NamedCountsTest {

    private static List<EffectStatement> shares(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .toList();
    }

    @Test
    void reads_n_equals_a_fraction_as_the_counts_of_the_share() {
        // venclextahcp.com (heldout-9)
        assertThat(shares("40% (n=114/286) with VEN+AZA (95% CI: [34, 46]; P<0.001)"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.estimate()).hasValueSatisfying(e -> {
                        Proportion p = (Proportion) e;
                        assertThat(p.count()).hasValue(114);
                        assertThat(p.total()).hasValue(286);
                    });
                    assertThat(s.printedLower()).contains("34");
                    assertThat(s.printedUpper()).contains("46");
                    assertThat(s.pValue()).isPresent();
                });
        assertThat(shares("12.5% (n = 3/24)"))
                .singleElement()
                .satisfies(s -> assertThat(s.estimate())
                        .hasValueSatisfying(
                                e -> assertThat(((Proportion) e).total()).hasValue(24)));
    }

    @Test
    void a_bare_n_stays_the_number_of_patients() {
        assertThat(shares("40% (n = 114)"))
                .singleElement()
                .satisfies(s -> assertThat(s.estimate())
                        .hasValueSatisfying(
                                e -> assertThat(((Proportion) e).count()).hasValue(114)));
    }

    @Test
    void any_share_with_its_named_counts_reads_them() {
        qt().withExamples(300)
                .forAll(integers().between(2, 900), integers().between(1, 1000))
                .checkAssert((total, permille) -> {
                    int count = Math.max(1, total * permille / 1000);
                    String pct = String.format(Locale.ROOT, "%.1f", 100.0 * count / total);
                    String text = pct + "% (n=" + count + "/" + total + ")";
                    assertThat(shares(text))
                            .as(text)
                            .singleElement()
                            .satisfies(s -> assertThat(s.estimate()).hasValueSatisfying(e -> {
                                assertThat(((Proportion) e).count()).hasValue(count);
                                assertThat(((Proportion) e).total()).hasValue(total);
                            }));
                });
    }
}
