package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Proportion;

/**
 * Quartiles as an interquartile range, plus-minus spreads, and a count in brackets after a share.
 * Every sentence here is written for the test.
 */
class SpreadsAndCountsTest {

    private static ParseResult parse(String text) {
        return EffectStatements.parse(text);
    }

    @Test
    void quartiles_parted_by_a_slash_are_an_interquartile_range() {
        assertThat(parse("Median time to response was 54 days (quartiles 31/88).")
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.spread().map(Spread::kind)).contains(Spread.Kind.IQR);
                    assertThat(s.printedLower()).contains("31");
                    assertThat(s.printedUpper()).contains("88");
                });
    }

    @Test
    void the_25th_to_75th_percentiles_are_an_interquartile_range() {
        assertThat(parse("scores varied widely (median = 4.1, 25th–75th percentile = 2.9–6.0).")
                        .statements())
                .anySatisfy(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN);
                    assertThat(s.spread().map(Spread::kind)).contains(Spread.Kind.IQR);
                    assertThat(s.printedLower()).contains("2.9");
                });
    }

    @Test
    void a_plus_minus_spread_is_set_aside_with_a_diagnostic() {
        ParseResult r = parse("survival at two years (71.5±3.0 vs. 60.2±3.4 percent; P = 0.01)");
        assertThat(r.statements()).first().satisfies(s -> {
            assertThat(s.printedValue()).contains("71.5");
            assertThat(s.comparatorEstimate())
                    .contains(Proportion.builder().percent(60.2).build());
            assertThat(s.pValue()).isPresent();
        });
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.UNSUPPORTED));
    }

    @Test
    void a_whole_number_in_brackets_after_a_share_is_its_count() {
        assertThat(parse("of the drugs reviewed, 42% (21) showed a survival gain")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(((Proportion) s.estimate().orElseThrow()).count())
                        .hasValue(21));
        // a year or a share above 100% is no count
        assertThat(parse("the share fell to 42% (2019)").statements())
                .allSatisfy(s -> assertThat(s.estimate()
                                .map(e -> e instanceof Proportion p && p.count().isPresent()))
                        .isNotEqualTo(java.util.Optional.of(true)));
    }
}
