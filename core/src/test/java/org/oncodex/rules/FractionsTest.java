package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncodex.model.CancerType;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.Proportion;

/**
 * Fractions of people in words, as the rates they round: within 4 points, or a tenth of larger rates;
 * "more than" up to 25 points above, "under" down to 25 below, "almost" a little below. The phrases
 * were written for this test.
 */
class FractionsTest {

    private static Fractions.Phrase only(String text) {
        List<Fractions.Phrase> read = Fractions.of(text);
        assertThat(read).as(text).hasSize(1);
        return read.get(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // phrase | percentage | lowest rate it stands for | highest (to four decimals)
                "half of patients | 50 | 45 | 55",
                "a third of people | 33.3333 | 29.3333 | 37.3333",
                "one third of the participants | 33.3333 | 29.3333 | 37.3333",
                "two-thirds of patients | 66.6667 | 60 | 73.3333",
                "three quarters of adults | 75 | 67.5 | 82.5",
                "four fifths of women | 80 | 72 | 88",
                "a tenth of men | 10 | 6 | 14",
                "one in three people | 33.3333 | 29.3333 | 37.3333",
                "4 in 10 tumours | 40 | 36 | 44",
                "nine out of every ten children | 90 | 81 | 99",
                "more than half of people | 50 | 50 | 75",
                "at least three quarters of patients | 75 | 75 | 100",
                "almost a third of patients | 33.3333 | 27.3333 | 33.8333",
                "nearly four fifths of patients | 80 | 70 | 80.5",
                "under a quarter of patients | 25 | 0 | 25",
                "fewer than one in three people | 33.3333 | 8.3333 | 33.3333",
                // held-out batch 11: a little above, not anything up to 25 points above
                "just over half of people | 50 | 49.5 | 56.25",
                "slightly more than a third of patients | 33.3333 | 32.8333 | 39.3333",
            })
    void a_fraction_stands_for_the_rates_it_rounds(String phrase, double percent, double least, double most) {
        Fractions.Phrase p = only(phrase);
        assertThat(p.percent()).as(phrase).isCloseTo(percent, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(p.least()).as("least of %s", phrase).isCloseTo(least, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(p.most()).as("most of %s", phrase).isCloseTo(most, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(p.standsFor(least + 1e-3))
                .as("%s stands for %s", phrase, least)
                .isTrue();
        assertThat(p.standsFor(most - 1e-3))
                .as("%s stands for %s", phrase, most)
                .isTrue();
        if (least > 0) {
            assertThat(p.standsFor(least - 0.01))
                    .as("%s below %s", phrase, least)
                    .isFalse();
        }
        assertThat(p.standsFor(most + 0.01)).as("%s above %s", phrase, most).isFalse();
        assertThat(phrase.substring(p.start(), p.end())).as(phrase).doesNotContain(" of people");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // bounds a double holds exactly: the rate at the bound is one the fraction stands for
                "half of patients | 45 | 55",
                "three quarters of adults | 67.5 | 82.5",
                "a tenth of men | 6 | 14",
                "more than half of people | 50 | 75",
                "under a quarter of patients | 0 | 25",
                "four in four people | 90 | 110",
            })
    void a_rate_at_either_bound_is_one_the_fraction_stands_for(String phrase, double least, double most) {
        Fractions.Phrase p = only(phrase);
        assertThat(p.standsFor(least)).as("%s stands for %s", phrase, least).isTrue();
        assertThat(p.standsFor(most)).as("%s stands for %s", phrase, most).isTrue();
    }

    @Test
    void the_phrase_spans_the_fraction_and_only_the_fraction() {
        String text = "In the trial, two-thirds of patients responded.";
        Fractions.Phrase p = only(text);
        assertThat(text.substring(p.start(), p.end())).isEqualTo("two-thirds");
    }

    @Test
    void a_fraction_of_something_other_than_people_or_none_at_all_is_no_rate() {
        assertThat(Fractions.of("The risk fell by about a third with the drug."))
                .isEmpty();
        assertThat(Fractions.of("zero in ten people")).isEmpty();
        assertThat(Fractions.of("five in four people")).isEmpty();
        assertThat(Fractions.of("")).isEmpty();
    }

    @Test
    void written_as_percentages_every_offset_stays_the_texts() {
        List<String> phrases = List.of(
                "half of people",
                "half the people",
                "a third of people",
                "two-thirds of patients",
                "one in ten people",
                "4 in 5 adults");
        qt().withExamples(200)
                .forAll(integers().between(0, phrases.size() - 1), integers().between(0, 30))
                .checkAssert((k, pad) -> {
                    String text = "x".repeat(pad) + " " + phrases.get(k) + " did well.";
                    List<Fractions.Phrase> read = Fractions.of(text);
                    String written = Fractions.asPercentages(text, read);
                    assertThat(written).as(text).hasSameSizeAs(text);
                    Fractions.Phrase p = read.get(0);
                    assertThat(written.substring(0, p.start())).isEqualTo(text.substring(0, p.start()));
                    assertThat(written.substring(p.end())).isEqualTo(text.substring(p.end()));
                    String number = written.substring(p.start(), p.end()).strip();
                    assertThat(number).endsWith("%");
                    double value = Double.parseDouble(number.substring(0, number.length() - 1));
                    assertThat(Math.abs(value - p.percent())).as(written).isLessThan(0.5);
                });
    }

    @Test
    void a_fraction_matches_each_rate_of_a_result_it_stands_for_and_no_ratio() {
        TrialResult r = TrialResult.builder()
                .id("written-for-the-test")
                .study(Study.of("TRIAL", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.of(CancerType.of("hcc", "hepatocellular carcinoma")))
                .comparison(Comparison.of("drug a", "placebo"))
                .endpoint(Endpoint.ORR)
                .estimate(Proportion.ofPercent(34))
                .comparatorEstimate(Proportion.ofPercent(12))
                .overallEstimate(Proportion.ofPercent(31))
                .build();
        assertThat(Fractions.roles(only("a third of people"), r))
                .containsExactlyInAnyOrder(Attribution.Role.INTERVENTION, Attribution.Role.OVERALL);
        assertThat(Fractions.roles(only("one in ten people"), r)).containsExactly(Attribution.Role.COMPARATOR);
        assertThat(Fractions.roles(only("half of people"), r)).isEmpty();
        TrialResult ratio = TrialResult.builder()
                .id("written-for-the-test-ratio")
                .study(r.study())
                .population(r.population())
                .comparison(r.comparison())
                .endpoint(Endpoint.OS)
                .estimate(HazardRatio.of(0.33))
                .build();
        assertThat(Fractions.roles(only("a third of people"), ratio)).isEqualTo(Set.of());
    }

    @Test
    void a_fraction_before_a_lower_risk_is_a_relative_change_spanning_the_fraction() {
        String text = "In RESORCE, people on regorafenib had a fifth lower risk of death than those on placebo.";
        assertThat(Fractions.changes(text)).singleElement().satisfies(p -> {
            assertThat(text.substring(p.start(), p.end())).isEqualTo("a fifth");
            assertThat(p.change()).isTrue();
            assertThat(p.standsFor(20)).isTrue();
            assertThat(p.standsFor(37)).isFalse();
        });
        assertThat(Fractions.changes("A fifth of the tumours shrank.")).isEmpty();
    }

    @Test
    void every_fraction_word_before_a_lower_or_higher_risk_is_read_as_its_share() {
        List<String> fractions = List.of("a third", "one quarter", "a fifth", "two-thirds", "two fifths");
        List<Double> shares = List.of(100 / 3.0, 25.0, 20.0, 200 / 3.0, 40.0);
        qt().forAll(integers().between(0, fractions.size() - 1), integers().between(0, 1))
                .checkAssert((i, higher) -> {
                    String text = "They had " + fractions.get(i) + (higher == 1 ? " higher" : " lower") + " risk.";
                    assertThat(Fractions.changes(text))
                            .as(text)
                            .singleElement()
                            .satisfies(p -> assertThat(p.percent())
                                    .isCloseTo(shares.get(i), org.assertj.core.data.Offset.offset(1e-9)));
                });
    }
}
