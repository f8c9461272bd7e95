package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Where {@link QuoteLines} places quotes, against line numbers counted here from the newlines, for
 * sources written for the test: numbered sentences, one per line, with blank lines between.
 */
class QuoteLinesPropertyTest {
    /** The sentence on source line {@code k}: unique, and no sentence contains another. */
    private static String sentence(int k) {
        return "Sentence [" + k + "] says Something.";
    }

    @Test
    void each_quote_is_placed_on_its_own_line_in_any_order_and_either_case() {
        // gaps.get(k): the blank lines before sentence k; picks: the sentences quoted, in that order
        qt().forAll(
                        lists().of(integers().between(0, 3)).ofSizeBetween(1, 12),
                        lists().of(integers().between(0, 11)).ofSizeBetween(1, 3),
                        integers().between(0, 1))
                .checkAssert((gaps, picks, upper) -> {
                    StringBuilder source = new StringBuilder();
                    List<Integer> lineOf = new ArrayList<>();
                    for (int k = 0; k < gaps.size(); k++) {
                        source.append("\n".repeat(gaps.get(k)));
                        lineOf.add((int) source.chars().filter(c -> c == '\n').count() + 1);
                        String s = sentence(k);
                        source.append(upper == 1 ? s.toUpperCase(Locale.ROOT) : s)
                                .append('\n');
                    }
                    QuoteLines lines = new QuoteLines(source.toString());
                    for (int pick : picks) {
                        int k = pick % gaps.size();
                        assertThat(lines.line(sentence(k), false))
                                .as("sentence %s in %s", k, source)
                                .isEqualTo(OptionalInt.of(lineOf.get(k)));
                    }
                });
    }

    @Test
    void a_quote_standing_twice_is_placed_after_the_previous_quote_else_nearest_before_it() {
        String source = "alpha\nbeta\nalpha\ngamma\nalpha\n";
        QuoteLines lines = new QuoteLines(source);
        assertThat(lines.line("beta", false)).isEqualTo(OptionalInt.of(2));
        assertThat(lines.line("alpha", false)).as("the next after beta").isEqualTo(OptionalInt.of(3));
        assertThat(lines.line("gamma", false)).isEqualTo(OptionalInt.of(4));
        assertThat(lines.line("beta", false)).as("only before").isEqualTo(OptionalInt.of(2));
        assertThat(lines.line("alpha", false)).isEqualTo(OptionalInt.of(3));
        assertThat(lines.line("alpha", false)).isEqualTo(OptionalInt.of(5));
        assertThat(lines.line("alpha", false))
                .as("none after: the nearest before")
                .isEqualTo(OptionalInt.of(5));
        assertThat(lines.line("gamma", false)).as("nearest before line 5").isEqualTo(OptionalInt.of(4));
    }

    @Test
    void a_quote_running_over_a_line_break_is_on_the_line_where_it_starts() {
        QuoteLines lines = new QuoteLines("ab\ncd\nef\n");
        assertThat(lines.line("b\nc", false)).isEqualTo(OptionalInt.of(1));
        assertThat(lines.line("\ne", false))
                .as("starting at the newline ending line 2")
                .isEqualTo(OptionalInt.of(2));
    }

    @Test
    void a_finding_at_the_same_place_keeps_the_previous_line_and_a_blank_quote_has_none() {
        QuoteLines lines = new QuoteLines("one\ntwo\nthree\n");
        assertThat(lines.line("two", false)).isEqualTo(OptionalInt.of(2));
        assertThat(lines.line("three", true)).as("same place as two").isEqualTo(OptionalInt.of(2));
        assertThat(lines.line("three", false)).isEqualTo(OptionalInt.of(3));
        assertThat(lines.line(" ", false)).isEmpty();
        assertThat(lines.line("one", true))
                .as("nothing to keep after a blank quote")
                .isEqualTo(OptionalInt.of(1));
    }

    @Test
    void once_the_searches_have_read_the_source_eight_times_over_quotes_get_no_line() {
        // the budget is 8 x (length + 1) characters; a quote found nowhere reads the source twice (as is,
        // then ignoring case), so four misses leave 8 characters: exactly "It cures", found at the start
        String source = "It cures cancer.\nIt cures cancer.\n";
        QuoteLines lines = new QuoteLines(source);
        for (int i = 0; i < 4; i++) {
            assertThat(lines.line("not there " + i, false)).isEmpty();
        }
        assertThat(lines.line("It cures", false)).isEqualTo(OptionalInt.of(1));
        assertThat(lines.line("cancer", false)).as("budget spent").isEmpty();

        QuoteLines fresh = new QuoteLines(source);
        for (int i = 0; i < 5; i++) {
            assertThat(fresh.line("not there " + i, false)).isEmpty();
        }
        assertThat(fresh.line("It cures", false))
                .as("budget overspent by the fifth miss")
                .isEmpty();
    }
}
