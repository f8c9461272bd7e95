package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** What a report shows of a finding's text: at most a bounded prefix, never half a surrogate pair. */
class ExcerptsTest {
    private static final List<String> PIECES = List.of("a", "word ", "😀", "é", " ", "0.62", "\n");

    private static Gen<String> texts() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40).map(p -> String.join("", p));
    }

    @Test
    void a_capped_text_is_the_text_or_a_prefix_of_at_most_max_characters_and_an_ellipsis() {
        qt().withExamples(500).forAll(texts(), integers().between(2, 30)).checkAssert((text, max) -> {
            String capped = Excerpts.cap(text, max);
            if (text.length() <= max) {
                assertThat(capped).isEqualTo(text);
                return;
            }
            assertThat(capped).as("%s cut to %s", text, max).endsWith("…");
            String kept = capped.substring(0, capped.length() - 1);
            assertThat(text).startsWith(kept);
            assertThat(kept.length()).isBetween(max - 1, max);
            assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1)))
                    .as("a split pair in %s", capped)
                    .isFalse();
            assertThat(kept.length() == max - 1).isEqualTo(Character.isHighSurrogate(text.charAt(max - 1)));
        });
    }

    private static Finding finding(String quote, String heading) {
        return Finding.builder()
                .ruleId("ONC-TEST")
                .severity(Severity.ERROR)
                .location(Location.builder()
                        .part(Location.Part.SECTION)
                        .sectionIndex(0)
                        .sectionHeading(heading)
                        .build())
                .message("\"" + quote + "\" is wrong")
                .quote(quote)
                .suggestion("rewrite \"" + quote + "\"")
                .build();
    }

    @Test
    void a_short_finding_is_shown_whole() {
        Finding f = finding("the text", "The heading");
        assertThat(Excerpts.shorten(f)).isEqualTo(f);
        String exactly = "q".repeat(Excerpts.MAX_QUOTE);
        Finding atTheLimit = finding(exactly, "h".repeat(Excerpts.MAX_QUOTE));
        assertThat(Excerpts.shorten(atTheLimit)).isEqualTo(atTheLimit);
    }

    @Test
    void a_long_quote_is_cut_in_the_message_too_and_a_long_heading_is_cut() {
        String quote = "q".repeat(Excerpts.MAX_QUOTE + 1);
        String heading = "h".repeat(Excerpts.MAX_QUOTE + 1);
        Finding shown = Excerpts.shorten(finding(quote, heading));
        String cut = "q".repeat(Excerpts.MAX_QUOTE) + "…";
        assertThat(shown.quote()).hasValue(cut);
        assertThat(shown.message()).isEqualTo("\"" + cut + "\" is wrong");
        assertThat(shown.location().sectionHeading()).hasValue("h".repeat(Excerpts.MAX_QUOTE) + "…");
        assertThat(shown.location().sectionIndex()).hasValue(0);
        assertThat(shown.suggestion()).hasValue("rewrite \"" + quote + "\"");
        assertThat(shown.ruleId()).isEqualTo("ONC-TEST");
    }

    @Test
    void a_long_message_or_suggestion_is_cut_to_its_own_limit() {
        String quote = "q".repeat(Excerpts.MAX_MESSAGE);
        Finding shown = Excerpts.shorten(Finding.builder()
                .from(finding("x", "h"))
                .message("m".repeat(Excerpts.MAX_MESSAGE + 5))
                .suggestion(Optional.of("s".repeat(Excerpts.MAX_MESSAGE + 1)))
                .build());
        assertThat(shown.message()).isEqualTo("m".repeat(Excerpts.MAX_MESSAGE) + "…");
        assertThat(shown.suggestion()).hasValue("s".repeat(Excerpts.MAX_MESSAGE) + "…");
        assertThat(Excerpts.cap(quote, Excerpts.MAX_MESSAGE)).isEqualTo(quote);
    }
}
