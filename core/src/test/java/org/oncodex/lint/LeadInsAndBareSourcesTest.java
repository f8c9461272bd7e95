package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;

/**
 * A plain lead-in line before the questions ("Some questions you might raise with your oncologist:") and sources
 * as bare "[n] ..." lines with no heading, as a short model answer ends. Written for these tests; the numbers are
 * SHARP's results in the bundled evidence base.
 */
class LeadInsAndBareSourcesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    private static final String ANSWER = """
            # Does sorafenib still have a role in liver cancer?

            In the SHARP trial, median overall survival was 10.7 months with sorafenib and 7.9 months with placebo [1].

            Some questions you might raise with your oncologist:

            - Would a newer combination suit me better than sorafenib?
            - Is my liver working well enough for either?
            - What happens if I can't manage the side effects?

            This is general information, not medical advice; talk it through with your care team.

            [1] Llovet JM, et al. Sorafenib in advanced hepatocellular carcinoma. N Engl J Med. 2008.
            [2] National Cancer Institute. Liver cancer treatment (PDQ). https://www.cancer.gov/types/liver
            """;

    @Test
    void a_plain_lead_in_line_opens_the_questions() {
        Answer answer = MarkdownAnswers.read(ANSWER, KB);
        assertThat(answer.questionsToAsk().questions())
                .containsExactly(
                        "Would a newer combination suit me better than sorafenib?",
                        "Is my liver working well enough for either?",
                        "What happens if I can't manage the side effects?");
    }

    @Test
    void bare_numbered_citation_lines_are_the_sources() {
        Answer answer = MarkdownAnswers.read(ANSWER, KB);
        assertThat(answer.sources()).hasSize(2);
        assertThat(answer.readerNotes()).anyMatch(n -> n.contains("read as the sources"));
    }

    @Test
    void numbered_lines_that_cite_nothing_stay_content() {
        List<String> lines = List.of("[1] is the first point we make here", "[2] is the second one");
        assertThat(SourceList.areBareSources(lines)).isFalse();
        assertThat(SourceList.areBareSources(List.of("[1] Llovet JM, et al. N Engl J Med. 2008.", "Plain words")))
                .isFalse();
        assertThat(SourceList.areBareSources(List.of())).isFalse();
    }

    @Test
    void a_long_line_that_says_more_than_a_lead_in_is_no_heading() {
        assertThat(Headings.lead("Some questions you might raise with your oncologist:"))
                .hasValueSatisfying(l -> assertThat(l.part()).isEqualTo(Headings.Part.QUESTIONS));
        assertThat(Headings.lead("Some questions you might raise with your oncologist: whether to switch"))
                .isEmpty();
        assertThat(Headings.lead(
                        "Many people have questions they would like to ask their doctor about this long topic:"))
                .isEmpty();
    }

    @Test
    void a_lead_in_of_twelve_words_past_sixty_characters_is_still_a_heading() {
        // found by the extra correct set 1: read as a disclaimer, so the answer had no questions
        assertThat(Headings.lead("Here are some questions you may want to ask your healthcare team:"))
                .hasValueSatisfying(l -> assertThat(l.part()).isEqualTo(Headings.Part.QUESTIONS));
        // with words after the colon, a lead is still a short label
        assertThat(Headings.lead("Here are some questions you may want to ask your team: which one"))
                .isEmpty();
    }

    @Test
    void a_heading_numbered_with_a_keycap_is_read_as_its_words() {
        // found by the extra correct set 4: "### 4️⃣ Sources" was content, so the answer had no sources
        assertThat(Headings.of("4\uFE0F\u20E3 Sources")).isEqualTo(Headings.Part.SOURCES);
        assertThat(Headings.of("\uD83D\uDD1F References")).isEqualTo(Headings.Part.SOURCES);
        assertThat(Headings.clean("2\uFE0F\u20E3 What it showed")).isEqualTo("What it showed");
        // a digit that is no keycap stays
        assertThat(Headings.clean("5 things to know")).isEqualTo("5 things to know");
    }

    @Test
    void a_heading_that_tells_the_reader_to_ask_opens_the_questions() {
        assertThat(Headings.of("You could ask your doctor")).isEqualTo(Headings.Part.QUESTIONS);
        assertThat(Headings.of("### You might want to ask")).isEqualTo(Headings.Part.QUESTIONS);
        assertThat(Headings.of("Ask your care team")).isEqualTo(Headings.Part.QUESTIONS);
        assertThat(Headings.of("Worth asking your oncologist")).isEqualTo(Headings.Part.QUESTIONS);
        // a heading about a topic to raise is content
        assertThat(Headings.of("Ask your doctor about clinical trials")).isEqualTo(Headings.Part.CONTENT);
        assertThat(Headings.of("Asking for a second opinion")).isEqualTo(Headings.Part.CONTENT);
    }
}
