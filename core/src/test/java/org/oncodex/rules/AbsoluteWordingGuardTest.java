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
            "-point ",
            " POINT",
            "by ",
            " more ",
            " fewer ",
            " extra ",
            "higher ",
            "chance of being alive",
            "absolute ",
            "risk",
            "drop",
            "people",
            "patients",
            "out of ",
            "every ",
            "for ",
            ", ",
            "100",
            "1,000",
            "One Hundred",
            "hundred",
            "Thousand",
            "of the ",
            "in ",
            "per ",
            "deaths ",
            "1",
            "0",
            ".",
            "-",
            "a ",
            " were spared ",
            "death",
            "died");

    private static Gen<String> texts() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 14).map(p -> String.join("", p));
    }

    @Test
    void wherever_a_pattern_matches_the_guard_lets_it_run() {
        qt().withExamples(5_000).forAll(texts()).checkAssert(text -> {
            if (!AbsoluteWordings.unguarded(text).isEmpty()) {
                assertThat(AbsoluteWordings.mayMatch(text)).as(text).isTrue();
            }
        });
    }

    @Test
    void the_guard_skips_text_without_its_words() {
        assertThat(AbsoluteWordings.mayMatch("The hazard ratio was 0.58 for overall survival."))
                .isFalse();
        assertThat(AbsoluteWordings.mayMatch("42 out of every hundred people")).isTrue();
        assertThat(AbsoluteWordings.mayMatch("42 out of 100")).isTrue();
        assertThat(AbsoluteWordings.mayMatch("4 Percentage points")).isTrue();
        assertThat(AbsoluteWordings.mayMatch("220 fewer deaths per 1,000")).isTrue();
    }

    @Test
    void generated_texts_do_reach_the_patterns() {
        // without texts the patterns match, the property above would hold trivially
        assertThat(AbsoluteWordings.unguarded("forty-two out of every 100 people"))
                .isNotEmpty();
        assertThat(AbsoluteWordings.unguarded("42% fewer of the patients")).isNotEmpty();
        assertThat(AbsoluteWordings.unguarded("for every 100 people, 42 fewer died"))
                .isNotEmpty();
        assertThat(AbsoluteWordings.unguarded("42% higher chance of being alive"))
                .isNotEmpty();
    }

    @Test
    void each_wording_states_its_change_in_percent() {
        assertThat(AbsoluteWordings.of("That is 220 fewer deaths per 1,000 people; by 21 points; a 28-percentage-point"
                        + " reduction; the absolute risk of death fell by 42%."))
                .extracting(w -> w.kind() + " " + w.percent())
                .containsExactly("PEOPLE 22.0", "POINTS 21.0", "POINTS 28.0", "ABSOLUTE_RISK 42.0");
    }
}
