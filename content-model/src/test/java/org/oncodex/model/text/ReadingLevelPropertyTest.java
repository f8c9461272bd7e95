package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The scanning word and sentence counts agree with the regular expressions they replaced (which
 * overflowed the stack on long hyphenated words and took quadratic time on runs of spaces), on text
 * made of the characters that matter to them.
 */
class ReadingLevelPropertyTest {
    private static final Pattern WORD =
            Pattern.compile("\\p{N}+(?:[.,·]\\p{N}+)*(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}](?:['’-]?[\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\s*\\R\\s*");
    private static final String ALPHABET = "aZé1½٣.,·'’--  \t\n\r\u2028\u000B!?;x\uD835\uDC00";

    private static final Gen<String> TEXT = lists().of(integers().between(0, ALPHABET.length() - 1))
            .ofSizeBetween(0, 40)
            .map(picks ->
                    picks.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));

    private static List<String> regexWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static int regexSentences(String text) {
        int count = 0;
        for (String part : SENTENCE_BREAK.split(text.strip(), -1)) {
            if (WORD.matcher(part).find()) {
                count++;
            }
        }
        return Math.max(1, count);
    }

    @Test
    void words_are_those_the_pattern_found() {
        qt().withExamples(5_000)
                .forAll(TEXT)
                .checkAssert(text -> assertThat(ReadingLevel.words(text)).isEqualTo(regexWords(text)));
    }

    @Test
    void sentences_are_those_the_pattern_counted() {
        qt().withExamples(5_000)
                .forAll(TEXT)
                .checkAssert(text -> assertThat(ReadingLevel.sentences(text)).isEqualTo(regexSentences(text)));
    }
}
