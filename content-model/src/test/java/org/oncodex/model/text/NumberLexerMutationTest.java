package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The number lexer's edges, written after PIT's first run over the parser (2026-12-01) left its
 * boundaries untested: the one-pass path for plain numbers against the general path, thousands groups
 * by comma and by space, decimal commas, and scientific notation. Every text here is written for the
 * test; the expected values are computed from the digits by {@link Double#parseDouble}.
 */
class NumberLexerMutationTest {

    private static Lexeme only(String text) {
        List<Lexeme> tokens = Lexer.tokens(text);
        assertThat(tokens).as(text).hasSize(1);
        return tokens.get(0);
    }

    private static Lexeme first(String text) {
        return Lexer.tokens(text).get(0);
    }

    /**
     * Digits 0 to 9 in every position, with and without a decimal part, whatever follows them; up to
     * 15 characters the one-pass path reads them by itself.
     */
    @Test
    void a_plain_number_is_read_whole_by_the_one_pass_path_and_equals_its_digits() {
        String[] after = {"", " ", ")", "%", " months", ";", "-", "/"};
        qt().forAll(
                        longs().between(1, 9_999_999_999L),
                        integers().between(0, 9_999),
                        integers().between(0, 4),
                        integers().between(0, after.length - 1))
                .checkAssert((whole, fraction, places, tail) -> {
                    String digits = places == 0
                            ? Long.toString(whole)
                            : whole + "." + String.format("%0" + places + "d", fraction % (int) Math.pow(10, places));
                    String text = digits + after[tail];
                    List<Lexeme> out = new ArrayList<>();
                    int end = NumberLexer.number(text, 0, out, false, new int[] {-1});
                    assertThat(end).as(text).isEqualTo(digits.length());
                    Lexeme n = out.get(0);
                    assertThat(n.type).isEqualTo(Sym.NUM);
                    assertThat(n.number).as(text).isEqualTo(Double.parseDouble(digits));
                    assertThat(n.decimals).as(text).isEqualTo(places);
                    assertThat(n.digits).as(text).isEqualTo(digits);
                    assertThat(n.text).as(text).isEqualTo(digits);
                    assertThat(n.decimalComma).isFalse();
                    assertThat(NumberLexer.plainNumber(text, 0, new ArrayList<>(), false))
                            .as("the one-pass path reads %s", text)
                            .isEqualTo(digits.length());
                });
    }

    @Test
    void the_one_pass_path_leaves_to_the_general_path_whatever_may_continue_a_number() {
        for (String text : new String[] {
            "1,025",
            "0,62",
            "17 500",
            "2.3×10-9",
            "2.3 ×10-9",
            "1.2e-5",
            "10−4",
            "10⁻⁵",
            "017",
            "0·62",
            "1.2.3",
            "1234567890123456",
            "3x",
            "7e",
            "12345678901.23456"
        }) {
            assertThat(NumberLexer.plainNumber(text, 0, new ArrayList<>(), false))
                    .as(text)
                    .isZero();
        }
        for (String text : new String[] {
            "0", "0.5", "9", "99", "12.5 ", "1, 2", "1 a", "3 y", "1234567890.1234", "123456789012345", "5.", "5.a"
        }) {
            assertThat(NumberLexer.plainNumber(text, 0, new ArrayList<>(), false))
                    .as(text)
                    .isGreaterThan(0);
        }
    }

    @Test
    void one_and_two_digit_numbers_share_their_text_and_keep_their_value() {
        for (int k = 0; k < 100; k++) {
            Lexeme n = only(Integer.toString(k));
            assertThat(n.number).isEqualTo(k);
            assertThat(n.text).isEqualTo(Integer.toString(k));
            assertThat(only(k + " ").text).isSameAs(n.text);
        }
    }

    @Test
    void fifteen_digits_are_one_number_and_a_longer_run_is_a_word() {
        assertThat(only("123456789012345").number).isEqualTo(123456789012345d);
        assertThat(only("12345678.1234567").number).isEqualTo(Double.parseDouble("12345678.1234567"));
        assertThat(only("1234567890123456789").number).isEqualTo(Double.parseDouble("1234567890123456789"));
        String long41 = "1".repeat(41);
        assertThat(only(long41).type).isEqualTo(Sym.WORD);
        assertThat(only(long41 + ".5").type).isEqualTo(Sym.WORD);
        assertThat(only("1".repeat(40)).type).isEqualTo(Sym.NUM);
    }

    @Test
    void the_value_of_many_decimals_equals_the_parsed_digits() {
        qt().forAll(integers().between(0, 22), longs().between(0, 999_999_999L)).checkAssert((places, m) -> {
            String digits = "0." + "0".repeat(places) + m;
            assertThat(first(digits).number).as(digits).isEqualTo(Double.parseDouble(digits));
        });
        assertThat(first(".04").number).isEqualTo(0.04);
        assertThat(first(".04").digits).isEqualTo("0.04");
    }

    @Test
    void a_comma_groups_thousands_only_before_exactly_three_digits() {
        assertThat(only("1,025").number).isEqualTo(1025);
        assertThat(only("12,345,678").number).isEqualTo(12_345_678);
        assertThat(first("1,0250").number).isNotEqualTo(10250);
        assertThat(first("1,02").number).isNotEqualTo(102);
        assertThat(first("0,025").number).isNotEqualTo(25);
        assertThat(first("1,025,2.173").number).isEqualTo(1);
        assertThat(first("1,025,217").number).isEqualTo(1_025_217);
        assertThat(first("1,025,2").number).isEqualTo(1025);
        assertThat(first("1,025,23x").number).isEqualTo(1025);
    }

    @Test
    void a_space_groups_thousands_where_tables_print_them() {
        assertThat(first("17\u00A0500").number).isEqualTo(17_500);
        assertThat(first("17\u2009500").number).isEqualTo(17_500);
        assertThat(first("17\u202F500").number).isEqualTo(17_500);
        assertThat(first("1 234 567 (8)").number).isEqualTo(1_234_567);
        assertThat(first("1 234 567").number).isEqualTo(1234);
        assertThat(first("25 512 (59.1)").number).isEqualTo(25_512);
        assertThat(first("25 512(59.1)").number).isEqualTo(25_512);
        assertThat(first("at 12 100 patients").type).isEqualTo(Sym.WORD);
        assertThat(Lexer.tokens("at 12 100 patients").get(1).number).isEqualTo(12);
        assertThat(first("1234 567 (2)").number).isEqualTo(1234);
        assertThat(first("017\u00A0500").number).isNotEqualTo(17_500);
        assertThat(first("17\u00A05000").number).isEqualTo(17);
        assertThat(first("17\u00A050").number).isEqualTo(17);
        assertThat(Lexer.tokens("1,2 345 (5)")).extracting(t -> t.digits).doesNotContain("2345");
        assertThat(first("12 345 (").number).isEqualTo(12);
        assertThat(first("12 345 (a").number).isEqualTo(12);
    }

    @Test
    void a_comma_is_a_decimal_sign_only_where_it_can_be_nothing_else() {
        Lexeme zero = only("0,62");
        assertThat(zero.number).isEqualTo(0.62);
        assertThat(zero.decimalComma).isTrue();
        assertThat(zero.decimals).isEqualTo(2);
        assertThat(only("0,625").number).isEqualTo(0.625);
        Lexeme one = first("HR 1,5 mo");
        assertThat(Lexer.tokens("HR 1,5 mo").get(1).number).isEqualTo(1.5);
        assertThat(one.type).isEqualTo(Sym.WORD);
        assertThat(Lexer.tokens("HR 12,55 mo").get(1).number).isEqualTo(12.55);
        assertThat(Lexer.tokens("HR 123,5 mo").get(1).number).isEqualTo(123.5);
        assertThat(Lexer.tokens("HR 1234,5 mo").get(1).number).isEqualTo(1234);
        // a decimal point anywhere in the text makes the commas separators
        assertThat(Lexer.tokens("HR 1,5 and 2.5").get(1).number).isEqualTo(1);
        assertThat(Lexer.tokens("2.5 then 1,5").get(2).number).isEqualTo(1);
        // lists
        assertThat(Lexer.tokens("1,2,3").get(0).number).isEqualTo(1);
        assertThat(Lexer.tokens("x 4,5,6").get(1).number).isEqualTo(4);
        assertThat(Lexer.tokens("7,8,9").get(2).number).isEqualTo(8);
        assertThat(Lexer.tokens("1,5,").get(0).number).isEqualTo(1.5);
    }

    @Test
    void scientific_notation_in_every_printed_form() {
        assertThat(only("1.2e-5").number).isEqualTo(1.2e-5);
        assertThat(only("1.2E-5").number).isEqualTo(1.2e-5);
        assertThat(only("1.2e+5").number).isEqualTo(1.2e5);
        assertThat(only("1.2e5").number).isEqualTo(1.2e5);
        assertThat(only("1.2e−5").number).isEqualTo(1.2e-5);
        assertThat(only("3e-12").number).isEqualTo(3e-12);
        assertThat(only("3e-0012").number).isEqualTo(3e-12);
        assertThat(first("3e-00012").number).isEqualTo(3);
        assertThat(first("3e-5x").number).isEqualTo(3);
        assertThat(first("3e-").number).isEqualTo(3);
        assertThat(first("3e").number).isEqualTo(3);
        assertThat(only("2 x 10^-5").number).isEqualTo(2e-5);
        assertThat(only("2x10^-5").number).isEqualTo(2e-5);
        assertThat(only("2 × 10–5").number).isEqualTo(2e-5);
        assertThat(only("2 × 10‒5").number).isEqualTo(2e-5);
        assertThat(only("2*10-5").number).isEqualTo(2e-5);
        assertThat(only("2 ⋅ 10⁻⁵").number).isEqualTo(2e-5);
        assertThat(only("2 × 10⁻¹²").number).isEqualTo(2e-12);
        assertThat(only("2X10-0012").number).isEqualTo(2e-12);
        assertThat(first("2 × 10").number).isEqualTo(2);
        assertThat(first("2 × 1").number).isEqualTo(2);
        assertThat(first("2 × 105").number).isEqualTo(2);
        assertThat(first("2 ×").number).isEqualTo(2);
        assertThat(first("2 × 10-").number).isEqualTo(2);
        assertThat(first("2 × 10(-)").number).isEqualTo(2);
        assertThat(only("2 × 10(-7)").number).isEqualTo(2e-7);
        assertThat(first("2 × 10(-7").number).isEqualTo(2);
        assertThat(only("10−12").number).isEqualTo(1e-12);
        assertThat(only("10⁻¹²").number).isEqualTo(1e-12);
        assertThat(first("10−1234").number).isEqualTo(1e-123);
        assertThat(only("10−4").digits).isEqualTo("1e-4");
        assertThat(first("10−").number).isEqualTo(10);
        assertThat(first("100−4").number).isEqualTo(100);
        assertThat(only(".5e-3").number).isEqualTo(0.5e-3);
        assertThat(only("1.2e-5").digits).isEqualTo("1.2e-5");
        assertThat(only("1.2e-5").end).isEqualTo(6);
        assertThat(only("2 × 10(-7)").end).isEqualTo(10);
    }

    @Test
    void every_superscript_digit_has_its_value() {
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        for (int d = 0; d < 10; d++) {
            assertThat(only("10⁻" + sup.charAt(d)).number).isEqualTo(Double.parseDouble("1e-" + d));
            assertThat(only("3×10⁻" + sup.charAt(d) + sup.charAt(d)).number)
                    .isEqualTo(Double.parseDouble("3e-" + d + d));
        }
    }
}
