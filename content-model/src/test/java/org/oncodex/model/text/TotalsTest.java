package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Proportion;

class TotalsTest {

    private static Proportion first(ParseResult r) {
        return (Proportion) r.statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .findFirst()
                .orElseThrow()
                .estimate()
                .orElseThrow();
    }

    @Test
    void a_total_earlier_in_the_sentence_is_taken_when_the_count_gives_the_printed_percentage() {
        Proportion p =
                first(EffectStatements.parse("We retrieved 76 trials, and a gain was reported in 15 cases (19.7%)."));
        assertThat(p.count()).hasValue(15);
        assertThat(p.total()).hasValue(76);
        assertThat(first(EffectStatements.parse("Among 208 studies, 79 (38%) were conducted for approved drugs"))
                        .total())
                .hasValue(208);
    }

    @Test
    void the_nearest_number_that_fits_wins_and_one_that_does_not_fit_is_skipped() {
        // 11 of 14 is 78.6%, 11 of 13 is 84.6%
        Proportion p =
                first(EffectStatements.parse("13 of the 14 articles compared it, of which 11 articles (84.6%) agreed"));
        assertThat(p.total()).hasValue(13);
    }

    @Test
    void a_number_that_only_roughly_fits_is_not_a_total() {
        // 15 of 77 is 19.48%: printed 19.7 it is not the total
        assertThat(first(EffectStatements.parse("In 2019 we retrieved 77 trials and found it in 15 cases (19.7%)"))
                        .total())
                .isEqualTo(OptionalInt.empty());
    }

    @Test
    void a_total_in_an_earlier_sentence_is_not_taken() {
        assertThat(first(EffectStatements.parse("We retrieved 76 trials. A gain was reported in 15 cases (19.7%)."))
                        .total())
                .isEqualTo(OptionalInt.empty());
    }

    @Test
    void a_column_header_gives_the_total_of_its_cells() {
        Proportion p = first(EffectStatements.parse("229 (82%)", ParseContext.column("64 Gy in 32 fractions (n=279)")));
        assertThat(p.count()).hasValue(229);
        assertThat(p.total()).hasValue(279);
        assertThat(first(EffectStatements.parse("29 (82%)", ParseContext.column("Arm A (N = 279)")))
                        .total())
                .isEqualTo(OptionalInt.empty());
    }

    @Test
    void a_count_and_its_share_of_the_patients_a_header_counts() {
        // the header copied from the development corpus (a-302); the cells written for this test
        EffectStatement s = EffectStatements.parse(
                        "1 (0.3)", ParseContext.column("Preconsultation Questionnaire (n = 396)"))
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
        assertThat(s.estimate()).contains(Proportion.of(0.3, 1, 396));
        // a number in brackets that the count over the header's total does not give is no share of them:
        // a mean and its standard deviation
        assertThat(EffectStatements.parse("61 (12)", ParseContext.column("Drug A (n = 396)"))
                        .statements())
                .noneMatch(x -> x.kind() == EffectStatement.Kind.PROPORTION);
    }
}
