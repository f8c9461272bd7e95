package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The wording rule skips the search for relative changes worded as absolute only where it cannot match. */
class AbsoluteWordingGuardTest {
    private static final List<String> PIECES = List.of(
            "42",
            "forty-two",
            "Forty Two",
            " ",
            "%",
            "percent",
            "PERCENT",
            "Percentage",
            " points",
            " more ",
            " fewer ",
            "people",
            "patients",
            "out of ",
            "every ",
            "100",
            "One Hundred",
            "hundred",
            "of the ",
            "in ",
            "per ",
            "deaths ",
            "1",
            "0",
            ".",
            "-",
            "a ",
            "died");

    private static Gen<String> texts() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 14).map(p -> String.join("", p));
    }

    @Test
    void wherever_the_pattern_matches_the_guard_lets_it_run() {
        qt().withExamples(5_000).forAll(texts()).checkAssert(text -> {
            if (WordingRule.ABSOLUTE.matcher(text).find()) {
                assertThat(WordingRule.mayBeAbsolute(text)).as(text).isTrue();
            }
        });
    }

    @Test
    void the_guard_skips_text_without_its_words() {
        assertThat(WordingRule.mayBeAbsolute("The hazard ratio was 0.58 for overall survival."))
                .isFalse();
        assertThat(WordingRule.mayBeAbsolute("42 out of every hundred people")).isTrue();
        assertThat(WordingRule.mayBeAbsolute("42 out of 100")).isTrue();
        assertThat(WordingRule.mayBeAbsolute("4 Percentage points")).isTrue();
    }

    @Test
    void generated_texts_do_reach_the_pattern() {
        // without texts the pattern matches, the property above would hold trivially
        assertThat(WordingRule.ABSOLUTE
                        .matcher("forty-two out of every 100 people")
                        .find())
                .isTrue();
        assertThat(WordingRule.ABSOLUTE.matcher("42% fewer of the patients").find())
                .isTrue();
    }
}
