package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void ends_at_full_stops_question_and_exclamation_marks_and_line_breaks() {
        assertThat(sentences("It works. Does it last? Yes!\nAsk your team"))
                .containsExactly("It works.", " Does it last?", " Yes!", "\nAsk your team");
        assertThat(sentences("one line\n next line")).containsExactly("one line\n", " next line");
    }

    @Test
    void closing_quotation_marks_and_brackets_after_a_full_stop_end_the_sentence_with_it() {
        assertThat(sentences("The report said: \"The response rate was 17%.\" With both drugs, it was 33%."))
                .containsExactly("The report said: \"The response rate was 17%.\"", " With both drugs, it was 33%.");
        assertThat(sentences("It was \u201Csignificant.\u201D (Not so.) Next"))
                .containsExactly("It was \u201Csignificant.\u201D", " (Not so.)", " Next");
        // a quotation mark that does not follow a full stop ends nothing
        assertThat(sentences("He said \"0.5\" twice")).containsExactly("He said \"0.5\" twice");
    }

    @Test
    void a_line_break_after_words_ends_a_sentence_before_any_letter() {
        assertThat(sentences("Durvalumab + tremelimumab, HIMALAYA\nMedian overall survival 16.4 months"))
                .containsExactly("Durvalumab + tremelimumab, HIMALAYA\n", "Median overall survival 16.4 months");
        assertThat(sentences("\n\nOnly words.")).containsExactly("\nOnly words.");
    }

    @Test
    void keeps_decimals_and_semicolons_inside_one_statement() {
        assertThat(sentences("The hazard ratio was 0.68; 95% CI, 0.45 to 1.02. Next."))
                .containsExactly("The hazard ratio was 0.68; 95% CI, 0.45 to 1.02.", " Next.");
    }

    @Test
    void does_not_end_after_vs_et_al_dr_eg_or_ie() {
        assertThat(sentences("Median 9 vs. 4.1 months. Finn et al. reported it. Ask Dr. Lee. Some drugs, e.g. "
                        + "sorafenib, i.e. a kinase inhibitor, help."))
                .containsExactly(
                        "Median 9 vs. 4.1 months.",
                        " Finn et al. reported it.",
                        " Ask Dr. Lee.",
                        " Some drugs, e.g. sorafenib, i.e. a kinase inhibitor, help.");
    }

    @Test
    void a_full_stop_inside_a_word_does_not_end_a_sentence() {
        assertThat(sentences("See doi.org/10.1056 now.")).containsExactly("See doi.org/10.1056 now.");
    }

    @Test
    void blank_text_has_no_sentence_and_the_last_one_needs_no_full_stop() {
        assertThat(Sentences.of("")).isEmpty();
        assertThat(Sentences.of("  \n  ")).isEmpty();
        assertThat(sentences("no stop at the end")).containsExactly("no stop at the end");
        assertThat(sentences("a.")).containsExactly("a.");
    }
}
