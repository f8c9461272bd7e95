package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.ReferenceAnswers;

/**
 * A sentence of a source that is whole one of the titles, journals or authors the bundled base cites is
 * blanked; words written around it are kept. The claim sentence was written for this test.
 */
class KnownTitlesTest {
    private static final KnownTitles TITLES = KnownTitles.of(ReferenceAnswers.KB);

    private static String title() {
        return ReferenceAnswers.KB.citations().values().stream()
                .flatMap(c -> c.title().stream())
                .filter(t -> !t.contains(". ") && !t.endsWith("?") && !t.endsWith("!"))
                .findFirst()
                .orElseThrow();
    }

    private static String blank(String text) {
        String blanked = TITLES.blank(text);
        assertThat(blanked).as("the length of %s", text).hasSameSizeAs(text);
        return blanked;
    }

    @Test
    void a_title_written_as_its_own_sentence_is_blanked_in_any_case_spacing_or_with_stops() {
        String title = title();
        String claim = "This treatment cures everyone.";
        String text = title + ". " + claim;
        String blanked = blank(text);
        assertThat(blanked).isEqualTo(" ".repeat(title.length() + 1) + " " + claim);
        String loud = title.toUpperCase(Locale.ROOT).replace(" ", "  ") + "..";
        assertThat(blank(loud)).isBlank();
        String spaced = "  " + title + " \n" + claim;
        assertThat(blank(spaced))
                .startsWith("  " + " ".repeat(title.length()) + " \n")
                .endsWith(claim);
    }

    @Test
    void words_around_a_title_keep_its_sentence_and_text_without_titles_is_the_same_text() {
        String title = title();
        String text = "As " + title + " shows, this treatment cures everyone.";
        assertThat(blank(text)).isSameAs(text);
        String claim = "This treatment cures everyone.";
        assertThat(blank(claim)).isSameAs(claim);
    }

    @Test
    void a_journal_or_publisher_the_base_cites_is_known_too() {
        String journal = ReferenceAnswers.KB.citations().values().stream()
                .flatMap(c -> c.journal().stream())
                .findFirst()
                .orElseThrow();
        String publisher = ReferenceAnswers.KB.citations().values().stream()
                .flatMap(c -> c.publisher().stream())
                .findFirst()
                .orElseThrow();
        assertThat(blank(journal + ". " + publisher + ".")).isBlank();
    }
}
