package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Sentence spans, for text of words, numbers, stops and spaces in any order. */
class SentencesPropertyTest {
    private static final List<String> PIECES =
            List.of("a", "word", "0.62", "vs.", "et al.", "e.g.", ".", "!", "?", "\n", " ", "  ", ";", "3.", "x.y");

    private static Gen<String> texts() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 30).map(p -> String.join("", p));
    }

    @Test
    void spans_are_ordered_and_disjoint_and_leave_out_only_blank_text() {
        qt().withExamples(500).forAll(texts()).checkAssert(text -> {
            List<int[]> spans = Sentences.of(text);
            int covered = 0;
            for (int[] s : spans) {
                assertThat(s[0]).as("start in %s", text).isGreaterThanOrEqualTo(covered);
                assertThat(s[1]).as("end in %s", text).isGreaterThan(s[0]).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(covered, s[0]))
                        .as("text skipped in %s", text)
                        .isBlank();
                assertThat(text.substring(s[0], s[1]))
                        .as("a sentence of %s", text)
                        .isNotBlank();
                covered = s[1];
            }
            assertThat(text.substring(covered))
                    .as("text after the last sentence of %s", text)
                    .isBlank();
        });
    }

    @Test
    void every_sentence_but_the_last_ends_at_a_line_break_or_a_stop_followed_by_white_space() {
        qt().withExamples(500).forAll(texts()).checkAssert(text -> {
            List<int[]> spans = Sentences.of(text);
            for (int k = 0; k < spans.size() - 1; k++) {
                int end = spans.get(k)[1];
                assertThat(".!?\n").as("the end of sentence %s of %s", k, text).contains(text.substring(end - 1, end));
                if (text.charAt(end - 1) != '\n') {
                    assertThat(Character.isWhitespace(text.charAt(end)))
                            .as("white space after sentence %s of %s", k, text)
                            .isTrue();
                }
            }
        });
    }

    @Test
    void no_sentence_holds_a_stop_followed_by_white_space_but_after_an_abbreviation() {
        qt().withExamples(500).forAll(texts()).checkAssert(text -> {
            for (int[] s : Sentences.of(text)) {
                String sentence = text.substring(s[0], s[1]);
                for (int i = 0; i + 1 < sentence.length(); i++) {
                    char c = sentence.charAt(i);
                    if ("!?\n".indexOf(c) >= 0) {
                        assertThat(Character.isWhitespace(sentence.charAt(i + 1)))
                                .as("%s inside the sentence %s", c, sentence)
                                .isFalse();
                    }
                    if (c == '.' && Character.isWhitespace(sentence.charAt(i + 1))) {
                        String before = sentence.substring(0, i + 1);
                        assertThat(before.endsWith("vs.") || before.endsWith("al.") || before.endsWith("e.g."))
                                .as("a full stop inside %s", sentence)
                                .isTrue();
                    }
                }
            }
        });
    }
}
