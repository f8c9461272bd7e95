package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oncodex.model.text.NumberWords.Kind;
import org.oncodex.model.text.NumberWords.Reading;

class NumberWordsPropertyTest {

    @Test
    void every_number_below_a_million_written_in_words_reads_back_to_itself() {
        qt().withExamples(20_000).forAll(integers().between(0, 999_999)).checkAssert(n -> {
            String words = NumberWords.toWords(n);
            assertThat(value(words)).as(words).contains((double) n);
            // British "and", capitals and spaces for hyphens read the same
            String british = words.replaceAll("hundred (?!thousand)(\\w)", "hundred and $1");
            assertThat(value(british)).as(british).contains((double) n);
            String upper = words.toUpperCase(Locale.ROOT).replace('-', ' ');
            assertThat(value(upper)).as(upper).contains((double) n);
        });
    }

    @Test
    void every_number_up_to_the_largest_reads_back_to_itself() {
        qt().withExamples(5_000)
                .forAll(longs().between(0, NumberWords.MAX))
                .checkAssert(n -> assertThat(value(NumberWords.toWords(n))).contains((double) n));
    }

    @Test
    void a_number_in_words_is_read_where_it_stands_in_a_sentence() {
        qt().withExamples(2_000).forAll(integers().between(1, 999_999)).checkAssert(n -> {
            String words = NumberWords.toWords(n);
            String text = "in " + words + " patients";
            Reading r = NumberWords.read(text, 3).orElseThrow();
            assertThat(r.value()).isEqualTo((double) n);
            assertThat(text.substring(r.start(), r.end())).isEqualTo(words);
        });
    }

    @Test
    void reading_any_text_at_any_position_never_throws_and_spans_index_the_text() {
        qt().withExamples(3_000)
                .forAll(strings().betweenCodePoints(' ', 'z').ofLengthBetween(0, 60))
                .checkAssert(text -> {
                    String t = text.replace('q', '-').replace('x', ' ');
                    for (int i = 0; i <= t.length(); i++) {
                        Optional<Reading> r = NumberWords.read(t, i);
                        if (r.isPresent()) {
                            assertThat(r.get().start()).isBetween(i, t.length());
                            assertThat(r.get().end()).isBetween(r.get().start() + 1, t.length());
                        }
                    }
                });
    }

    @Test
    void a_frequency_never_counts_more_than_its_total() {
        qt().forAll(integers().between(0, 2_000), integers().between(1, 2_000)).checkAssert((count, per) -> {
            Optional<Reading> r = NumberWords.parse(count + " of every " + NumberWords.toWords(per));
            assertThat(r.isPresent()).isEqualTo(count <= per);
            r.ifPresent(x -> {
                assertThat(x.kind()).isEqualTo(Kind.FREQUENCY);
                assertThat(x.share()).isBetween(0.0, 1.0);
            });
        });
    }

    private static Optional<Double> value(String words) {
        return NumberWords.parse(words).filter(r -> r.kind() == Kind.NUMBER).map(Reading::value);
    }
}
