package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncodex.model.text.NumberWords.Kind;
import org.oncodex.model.text.NumberWords.Reading;

/** Phrases in this test are written for the test. */
class NumberWordsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zero|NUMBER|0",
                "nine|NUMBER|9",
                "thirty-eight|NUMBER|38",
                "Thirty eight|NUMBER|38",
                "Eighty‐seven|NUMBER|87",
                "one hundred and twelve|NUMBER|112",
                "one hundred twelve|NUMBER|112",
                "a hundred|NUMBER|100",
                "two thousand and five|NUMBER|2005",
                "twelve hundred|NUMBER|1200",
                "three million|NUMBER|3000000",
                "nine and a half|NUMBER|9.5",
                "two and three quarters|NUMBER|2.75",
                "half|FRACTION|0.5",
                "a half|FRACTION|0.5",
                "one half|FRACTION|0.5",
                "a quarter|FRACTION|0.25",
                "a third|FRACTION|0.3333333333",
                "two-thirds|FRACTION|0.6666666667",
                "two thirds|FRACTION|0.6666666667",
                "three quarters|FRACTION|0.75",
                "one-fifth|FRACTION|0.2",
                "twice|MULTIPLE|2",
                "double|MULTIPLE|2",
                "five times|MULTIPLE|5",
                "1.5 times|MULTIPLE|1.5",
                "1.5-fold|MULTIPLE|1.5",
                "threefold|MULTIPLE|3",
                "two-fold|MULTIPLE|2",
                "a year|DURATION|12",
                "about a year|DURATION|12",
                "half a year|DURATION|6",
                "a year and a half|DURATION|18",
            })
    void reads_a_phrase(String words, Kind kind, double value) {
        Reading r = NumberWords.parse(words).orElseThrow(() -> new AssertionError("not read: " + words));
        assertThat(r.kind()).as(words).isEqualTo(kind);
        assertThat(r.value()).as(words).isCloseTo(value, within(1e-9));
        assertThat(r.start()).isZero();
        assertThat(r.end()).isEqualTo(words.length());
    }

    @ParameterizedTest(name = "\"{0}\" is {1} per {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "77 of every 100|77|100",
                "one in ten|1|10",
                "two out of three|2|3",
                "one in every four|1|4",
                "twenty-two out of every hundred|22|100",
                "4 in 1,000|4|1000",
            })
    void reads_a_frequency_with_its_total(String words, double count, long per) {
        Reading r = NumberWords.parse(words).orElseThrow(() -> new AssertionError("not read: " + words));
        assertThat(r.kind()).isEqualTo(Kind.FREQUENCY);
        assertThat(r.value()).isEqualTo(count);
        assertThat(r.per()).isEqualTo(per);
        assertThat(r.share()).isCloseTo(count / per, within(1e-12));
    }

    @ParameterizedTest(name = "\"{0}\" is no number phrase")
    @CsvSource(
            delimiter = '|',
            value = {
                "a",
                "77",
                "second",
                "a second",
                "four of 22",
                "five six",
                "halfway",
                "thirty-eight patients",
                "about",
                "hundred and",
                "two halves",
            })
    void does_not_read_what_is_no_phrase(String words) {
        assertThat(NumberWords.parse(words)).as(words).isEmpty();
    }

    @Test
    void reads_the_longest_phrase_at_a_position_and_says_where_it_ends() {
        String text = "present in roughly a quarter of lung cancer cases";
        Reading r = NumberWords.read(text, text.indexOf("roughly")).orElseThrow();
        assertThat(r.kind()).isEqualTo(Kind.FRACTION);
        assertThat(r.share()).isEqualTo(0.25);
        assertThat(r.approximate()).isTrue();
        assertThat(text.substring(r.start(), r.end())).isEqualTo("roughly a quarter");
        String change = "increased from one year to six years";
        assertThat(NumberWords.read(change, change.indexOf("one")).orElseThrow())
                .satisfies(x -> assertThat(x.kind()).isEqualTo(Kind.NUMBER))
                .satisfies(x -> assertThat(x.value()).isEqualTo(1));
    }

    @Test
    void reads_nothing_inside_a_word() {
        assertThat(NumberWords.read("someone", 4)).isEmpty();
        assertThat(NumberWords.read("someone", 0)).isEqualTo(Optional.empty());
    }

    @Test
    void writes_whole_numbers_in_words() {
        assertThat(NumberWords.toWords(0)).isEqualTo("zero");
        assertThat(NumberWords.toWords(38)).isEqualTo("thirty-eight");
        assertThat(NumberWords.toWords(112)).isEqualTo("one hundred twelve");
        assertThat(NumberWords.toWords(2005)).isEqualTo("two thousand five");
        assertThat(NumberWords.toWords(999_999))
                .isEqualTo("nine hundred ninety-nine thousand nine hundred ninety-nine");
        assertThatThrownBy(() -> NumberWords.toWords(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void a_reading_validates_itself() {
        assertThatThrownBy(() -> new Reading(Kind.FREQUENCY, 3, 0, false, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per must be positive");
        assertThatThrownBy(() -> new Reading(Kind.NUMBER, Double.NaN, 0, false, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> new Reading(Kind.NUMBER, 1, 0, false, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 2)");
    }
}
