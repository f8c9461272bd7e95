package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

class LexerTest {

    private static Lexeme only(String text) {
        List<Lexeme> tokens = Lexer.tokens(text);
        assertThat(tokens).as(text).hasSize(1);
        return tokens.get(0);
    }

    @Test
    void keeps_the_printed_digits_and_decimals() {
        Lexeme n = only("0.010");
        assertThat(n.type).isEqualTo(Sym.NUM);
        assertThat(n.digits).isEqualTo("0.010");
        assertThat(n.decimals).isEqualTo(3);
        assertThat(only(".04").digits).isEqualTo("0.04");
    }

    @Test
    void reads_the_lancet_mid_dot_and_a_decimal_comma_that_can_only_be_one() {
        assertThat(only("0·62").number).isEqualTo(0.62);
        Lexeme comma = only("0,62");
        assertThat(comma.number).isEqualTo(0.62);
        assertThat(comma.decimalComma).isTrue();
    }

    @Test
    void a_comma_before_three_digits_groups_thousands_unless_the_text_has_decimal_commas() {
        assertThat(only("1,025").number).isEqualTo(1025);
        assertThat(Lexer.tokens("95%CI: 1.025,2.173")).extracting(t -> t.digits).contains("1.025", "2.173");
    }

    @Test
    void folds_scientific_notation_into_one_number() {
        assertThat(only("2.3×10-9").number).isEqualTo(2.3e-9);
        assertThat(only("2.34 × 10−8").number).isEqualTo(2.34e-8);
        assertThat(only("1.2e-5").number).isEqualTo(1.2e-5);
        assertThat(only("10−4").number).isEqualTo(1e-4);
        assertThat(only("10⁻⁵").number).isEqualTo(1e-5);
        // PubMed's plain text prints a superscript exponent in brackets
        assertThat(only("1.3 x 10(-10)").number).isEqualTo(1.3e-10);
        // an unclosed bracket is no exponent: "10(" starts something else
        assertThat(Lexer.tokens("1.3 x 10(-10")).extracting(t -> t.type).startsWith(Sym.NUM, Sym.WORD, Sym.NUM);
    }

    @Test
    void folds_dashes_minus_signs_and_percent_words() {
        assertThat(Lexer.tokens("6.1‒8.9")).extracting(t -> t.type).containsExactly(Sym.NUM, Sym.DASH, Sym.NUM);
        assertThat(Lexer.tokens("−1.2")).extracting(t -> t.type).containsExactly(Sym.MINUS, Sym.NUM);
        assertThat(Lexer.tokens("38 percent")).extracting(t -> t.type).containsExactly(Sym.NUM, Sym.PCT);
        assertThat(Lexer.tokens("38 per cent")).extracting(t -> t.type).containsExactly(Sym.NUM, Sym.PCT);
        assertThat(Lexer.tokens("8.5 percentage points"))
                .extracting(t -> t.type)
                .containsExactly(Sym.NUM, Sym.POINTS);
    }

    @Test
    void a_tilde_between_digits_is_a_dash_and_elsewhere_a_mark() {
        // fixtures written for this test
        assertThat(Lexer.tokens("6.321~39.355")).extracting(t -> t.type).containsExactly(Sym.NUM, Sym.DASH, Sym.NUM);
        assertThat(Lexer.tokens("0.756～1.79")).extracting(t -> t.type).containsExactly(Sym.NUM, Sym.DASH, Sym.NUM);
        assertThat(Lexer.tokens("~21 months")).extracting(t -> t.type).startsWith(Sym.OTHER, Sym.NUM);
        assertThat(Lexer.tokens("6 ~ 9")).extracting(t -> t.type).containsExactly(Sym.NUM, Sym.OTHER, Sym.NUM);
    }

    @Test
    void numbers_in_words_only_before_a_percent_or_a_unit_of_time() {
        Lexeme n = Lexer.tokens("thirty-eight percent").get(0);
        assertThat(n.type).isEqualTo(Sym.NUM);
        assertThat(n.number).isEqualTo(38);
        assertThat(n.spelled).isTrue();
        assertThat(Lexer.tokens("nine months").get(0).number).isEqualTo(9);
        assertThat(Lexer.tokens("one of the patients").get(0).type).isEqualTo(Sym.WORD);
    }

    @Test
    void trial_names_stay_words() {
        assertThat(only("KEYNOTE-189").type).isEqualTo(Sym.WORD);
        assertThat(only("CD8+").type).isEqualTo(Sym.WORD);
    }

    @Test
    void a_connector_run_into_its_number_is_split() {
        assertThat(Lexer.tokens("40.4 vs29.9 months"))
                .extracting(t -> t.text)
                .containsExactly("40.4", "vs", "29.9", "months");
        assertThat(Lexer.tokens("from 25·2% to21·4%")).extracting(t -> t.text).contains("to", "21·4");
        // words that only start like a connector stay whole
        assertThat(Lexer.tokens("tox2 and2x")).extracting(t -> t.text).contains("tox2");
    }

    @Test
    void a_count_in_words_is_not_the_end_of_a_larger_number() {
        assertThat(Lexer.tokens("One hundred ninety-three (69%)"))
                .noneMatch(t -> t.type == Lexer.Sym.NUM && t.number == 93);
        // the denominator of a frequency in words is its total, not a count of its own
        assertThat(EffectStatements.parse("About two in three people (67.2%) were alive")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate())
                        .contains(org.oncodex.model.stats.Proportion.builder()
                                .percent(67.2)
                                .count(2)
                                .total(3)
                                .build()));
        assertThat(Lexer.tokens("Forty-three patients (65%)")).anyMatch(t -> t.type == Lexer.Sym.NUM && t.number == 43);
    }

    /** The number words one to nineteen, in order, as NumberWords writes them. */
    private static final String[] SMALL = java.util.stream.IntStream.rangeClosed(1, 19)
            .mapToObj(NumberWords::toWords)
            .toArray(String[]::new);

    @Test
    void a_count_in_words_after_in_or_of_is_a_count_unless_a_number_comes_before() {
        // "observed in nine patients (16%)": a count of the share; "two in nine people (22%)": a denominator
        qt().forAll(
                        integers().between(1, SMALL.length),
                        integers().between(1, SMALL.length),
                        integers().between(0, 1))
                .checkAssert((count, first, connector) -> {
                    String word = SMALL[count - 1];
                    String via = connector == 0 ? "in" : "of";
                    assertThat(Lexer.tokens("was observed " + via + " " + word + " patients (16%)"))
                            .as(word)
                            .anyMatch(t -> t.type == Sym.NUM && t.number == count && t.spelled);
                    // "two in nine people (16%)": the word after "in" or "of" is a total, never a count of its own
                    String frequency = "About " + SMALL[first - 1] + " " + via + " " + word + " people (16%)";
                    int denominator = frequency.indexOf(" " + via + " ") + via.length() + 2;
                    assertThat(EffectStatements.parse(frequency).statements())
                            .as(frequency)
                            .noneMatch(s -> s.start() == denominator);
                });
    }

    @Test
    void a_number_in_several_words_is_one_number_before_a_share_or_a_unit() {
        Lexeme n = Lexer.tokens("One hundred ninety-three (69%)").get(0);
        assertThat(n.type).isEqualTo(Sym.NUM);
        assertThat(n.number).isEqualTo(193);
        assertThat(n.text).isEqualTo("One hundred ninety-three");
        assertThat(Lexer.tokens("One hundred and forty-one patients (66%)").get(0).number)
                .isEqualTo(141);
        assertThat(Lexer.tokens("two thousand and five days").get(0).number).isEqualTo(2005);
        assertThat(Lexer.tokens("Eighty‐seven (22%)").get(0).number).isEqualTo(87); // U+2010 hyphen
        // not before a share or a unit: no number, and no "one" standing for the whole
        assertThat(Lexer.tokens("One hundred ninety-three of them took part")).noneMatch(t -> t.type == Sym.NUM);
    }

    @Test
    void a_plain_number_reads_the_same_on_either_path() {
        // the lexer reads "12.5" in one pass and "12.5e-3", "1,025" or "12·5" on its general path: the
        // one-pass reading must equal what Java reads from the same digits, whatever follows
        String[] after = {"", " ", ")", "%", " months", "-", ";", "]", " (", "x", "·"};
        qt().forAll(
                        longs().between(0, 99_999_999L),
                        integers().between(0, 6),
                        integers().between(0, after.length - 1))
                .checkAssert((whole, decimals, tail) -> {
                    String digits = decimals == 0
                            ? Long.toString(whole)
                            : Long.toString(whole / 1000) + "."
                                    + String.format("%0" + decimals + "d", whole % (long) Math.pow(10, decimals));
                    List<Lexeme> tokens = Lexer.tokens(digits + after[tail]);
                    Lexeme n = tokens.get(0);
                    assertThat(n.type).isEqualTo(Sym.NUM);
                    assertThat(n.number).isEqualTo(Double.parseDouble(digits));
                    assertThat(n.digits).isEqualTo(digits);
                    assertThat(n.decimals).isEqualTo(decimals);
                    assertThat(n.end).isEqualTo(digits.length());
                });
    }

    @Test
    void a_long_run_of_one_mark_or_line_break_is_one_token() {
        // issue 16: a token per character made a run of a million commas, dots or blank lines allocate
        // a million tokens, and the parse took over 20 times as long at 1 MB as at 100 KB
        for (String mark : new String[] {",", ".", "(", ")", "-", "*", "|", "\n", "\r"}) {
            List<Lexeme> tokens = Lexer.tokens("a" + mark.repeat(100_000) + "b");
            assertThat(tokens).as("tokens of a run of %s", mark).hasSize(3);
            assertThat(tokens.get(1).start).isEqualTo(1);
            assertThat(tokens.get(1).end).isEqualTo(100_001);
        }
        assertThat(Lexer.tokens("a" + ",".repeat(Lexer.LONG_RUN - 1) + "b"))
                .as("a shorter run is a token per mark")
                .hasSize(Lexer.LONG_RUN + 1);
    }

    @Test
    void a_no_break_or_thin_space_groups_thousands() {
        assertThat(only("17\u00A0500").number).isEqualTo(17500);
        assertThat(only("1\u2009234\u2009567").number).isEqualTo(1234567);
        assertThat(only("12\u202F345.6").number).isEqualTo(12345.6);
    }

    @Test
    void an_ordinary_space_groups_thousands_only_in_a_count_before_its_share() {
        // JAMA Oncology tables print "25 512 (59.1)"
        assertThat(Lexer.tokens("25 512 (59.1)").get(0).number).isEqualTo(25512);
        assertThat(Lexer.tokens("11 431 (26.5)").get(0).digits).isEqualTo("11431");
        // elsewhere a space separates numbers
        assertThat(Lexer.tokens("at 12 100 patients")).extracting(t -> t.digits).contains("12", "100");
        assertThat(Lexer.tokens("0 512 (59.1)").get(0).number).isEqualTo(0);
        assertThat(Lexer.tokens("1234 567 (59.1)").get(0).number).isEqualTo(1234);
        assertThat(Lexer.tokens("2 3456 (59.1)").get(0).number).isEqualTo(2);
    }

    @Test
    void every_count_printed_with_a_no_break_space_between_thousands_reads_as_itself() {
        qt().forAll(integers().between(1000, 999_999_999)).checkAssert(n -> {
            String grouped = String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '\u00A0');
            assertThat(only(grouped).number).as(grouped).isEqualTo((double) n);
            String table = String.format(java.util.Locale.ROOT, "%,d", n).replace(',', ' ') + " (12.5)";
            assertThat(Lexer.tokens(table).get(0).number).as(table).isEqualTo((double) n);
        });
    }
}
