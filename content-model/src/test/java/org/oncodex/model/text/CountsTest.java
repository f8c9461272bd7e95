package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

class CountsTest {

    @Test
    void counts_with_their_percentage() {
        assertThat(RecognizerTestSupport.read(new Counts(), "3/48 (6.3%)")
                        .get(0)
                        .estimate())
                .contains(Proportion.of(6.3, 3, 48));
        assertThat(RecognizerTestSupport.read(new Counts(), "11 of 58 RCTs (19%)")
                        .get(0)
                        .estimate())
                .contains(Proportion.of(19, 11, 58));
        assertThat(RecognizerTestSupport.read(new Counts(), "187/219 (85)")
                        .get(0)
                        .estimate())
                .contains(Proportion.of(85, 187, 219));
    }

    @Test
    void a_count_of_people_without_a_percentage() {
        EffectStatement s =
                RecognizerTestSupport.read(new Counts(), "36 of 120 patients").get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.COUNT);
        assertThat(s.estimate()).contains(Proportion.ofCount(36, 120));
    }

    @Test
    void a_count_whose_share_is_printed_as_a_bound_is_that_bound() {
        // the forms of adverse-event and response tables (written for this test)
        assertThat(EffectStatements.parse("2 (<1%)").statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND);
                    assertThat(s.estimate()).contains(ValueRange.lessThan(1, Unit.PERCENT));
                    assertThat(s.text()).isEqualTo("2 (<1%)");
                });
        assertThat(EffectStatements.parse("1* (<1%)").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND));
        assertThat(EffectStatements.parse("259, >99%").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate()).contains(ValueRange.greaterThan(99, Unit.PERCENT)));
        // without its sign, "<1" after a count can only be a share
        assertThat(EffectStatements.parse("1 (<1)").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND));
        // "(<5)" without a sign is a share only where the column says so
        assertThat(EffectStatements.parse("3 (<5)").statements()).isEmpty();
        assertThat(EffectStatements.parse("3 (<5)", ParseContext.column("Grade 3, no. (%)"))
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND));
    }

    @Test
    void a_count_is_never_read_as_the_share_of_its_bound() {
        qt().forAll(integers().between(0, 5000), integers().between(1, 99)).checkAssert((count, bound) -> {
            String text = count + " (<" + bound + "%)";
            assertThat(EffectStatements.parse(text).statements())
                    .as(text)
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.BOUND);
                        assertThat(s.value()).hasValue(bound);
                    });
        });
    }

    @Test
    void counts_with_their_share_printed_as_a_bound() {
        EffectStatement s = EffectStatements.parse("1/228 (<1)").statements().get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.COUNT);
        assertThat(s.estimate()).contains(Proportion.ofCount(1, 228));
        assertThat(s.text()).isEqualTo("1/228 (<1)");
        // a bound the counts do not meet is flagged
        assertThat(EffectStatements.parse("5/20 (<1%)").diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(Diagnostic.Code.COUNTS_DISAGREE));
    }

    @Test
    void counts_over_a_slash_without_a_share_where_the_text_says_they_are_counts() {
        // written for this test
        assertThat(EffectStatements.parse("60/82", ParseContext.column("Surgery n/N"))
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.COUNT);
                    assertThat(s.estimate()).contains(Proportion.ofCount(60, 82));
                });
        assertThat(EffectStatements.parse("n=15/45 (1 NE)").statements())
                .first()
                .satisfies(s -> assertThat(s.estimate()).contains(Proportion.ofCount(15, 45)));
        EffectStatement pair = EffectStatements.parse("we saw 28/388 AEs in arm A vs 54/374 AEs in arm B, p=0.0015")
                .statements()
                .get(0);
        assertThat(pair.estimate()).contains(Proportion.ofCount(28, 388));
        assertThat(pair.comparatorEstimate()).contains(Proportion.ofCount(54, 374));
        assertThat(pair.pValue()).isPresent();
        // with nothing saying so, two numbers over a slash are no count
        assertThat(EffectStatements.parse("60/82").statements()).isEmpty();
        assertThat(EffectStatements.parse("trials 17/57 vs 20 others").statements())
                .isEmpty();
    }

    @Test
    void a_slash_between_trial_numbers_is_no_count() {
        assertThat(RecognizerTestSupport.read(new Counts(), "017/057")).isEmpty();
        assertThat(RecognizerTestSupport.read(new Counts(), "5/2")).isEmpty();
    }

    @Test
    void a_count_and_its_share_a_few_words_apart_are_one_proportion() {
        EffectStatement s = EffectStatements.parse(
                        "During the first stage, 17 of the first 24 patients (71%; 95% CI, 49%–87%) had a benefit")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION);
        Proportion p = (Proportion) s.estimate().orElseThrow();
        assertThat(p.count()).hasValue(17);
        assertThat(p.total()).hasValue(24);
        assertThat(p.ci()).isPresent();
        // counts that do not give the percentage are flagged, not mended
        assertThat(EffectStatements.parse("17 of the first 24 patients (12%)").diagnostics())
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.code()).isEqualTo(Diagnostic.Code.COUNTS_DISAGREE);
                    assertThat(d.message()).contains("70.8%, not 12%");
                });
        assertThat(EffectStatements.parse("17 of 24 patients (71%)").diagnostics())
                .isEmpty();
    }

    @Test
    void the_total_after_a_count_and_its_share() {
        Proportion p = (Proportion) EffectStatements.parse("39 (41%) of these 95 indications had immature data")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(p.count()).hasValue(39);
        assertThat(p.total()).hasValue(95);
        Proportion out = (Proportion) EffectStatements.parse("102 (29.4%) out of 347 patients")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(out.total()).hasValue(347);
        // a total the share does not fit is not its total
        Proportion wrong = (Proportion) EffectStatements.parse("39 (41%) of 200 indications")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(wrong.total()).isEmpty();
    }

    @Test
    void a_count_in_words_before_of_and_a_total_in_digits_is_the_count() {
        Proportion p = (Proportion) EffectStatements.parse("Tumours shrank in four of 22 people (18%)")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(p.count()).hasValue(4);
        assertThat(p.total()).hasValue(22);
        assertThat(EffectStatements.parse("Three out of 48 patients (6.3%) stopped treatment")
                        .statements())
                .singleElement()
                .satisfies(s -> assertThat(((Proportion) s.estimate().orElseThrow()).count())
                        .hasValue(3));
        // no total after "of": the word is no count
        assertThat(EffectStatements.parse("One of the patients (2%) died").statements())
                .singleElement()
                .satisfies(s -> assertThat(((Proportion) s.estimate().orElseThrow()).total())
                        .isEmpty());
    }

    @Test
    void a_count_in_words_before_its_share() {
        Proportion p = (Proportion) EffectStatements.parse("Three deaths (5%) occurred on therapy")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(p.count()).hasValue(3);
        assertThat(EffectStatements.parse("One of the patients (2%) died").statements())
                .singleElement()
                .satisfies(s -> assertThat(((Proportion) s.estimate().orElseThrow()).count())
                        .isEmpty());
    }

    @Test
    void a_natural_frequency_of_people_is_a_count() {
        EffectStatement s = EffectStatements.parse("About 1 in 5 patients responded.")
                .statements()
                .get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.COUNT);
        assertThat(s.estimate()).contains(Proportion.ofCount(1, 5));
        // beside a rounded frequency, the exact share stands on its own, with no disagreement reported
        ParseResult both = EffectStatements.parse("About 1 in 4 people (27%) had their tumors shrink.");
        assertThat(both.statements()).hasSize(2);
        assertThat(both.diagnostics()).isEmpty();
        // a year is no denominator
        assertThat(EffectStatements.parse("5 in 2020 patients").statements()).isEmpty();
    }

    @Test
    void counts_with_their_percentage_and_its_interval_in_one_bracket() {
        EffectStatement s = RecognizerTestSupport.read(new Counts(), "12/40 (30%, 95% CI 17–47)")
                .get(0);
        Proportion p = (Proportion) s.estimate().orElseThrow();
        assertThat(p.count()).hasValue(12);
        assertThat(p.total()).hasValue(40);
        assertThat(p.ci()).isPresent();
        assertThat(s.printedLower()).contains("17");
        // "n/N (%; 95% CI)": the percentage without its sign, when the counts give it
        EffectStatement cell = RecognizerTestSupport.read(new Counts(), "7/57 (12.3; 5.1–23.7)")
                .get(0);
        assertThat(cell.printedValue()).contains("12.3");
        assertThat(cell.printedUpper()).contains("23.7");
        // a number the counts do not give, without its sign, is not their percentage
        assertThat(RecognizerTestSupport.read(new Counts(), "7/57 (40.0; 5.1–23.7)"))
                .noneMatch(x -> x.printedValue().orElse("").equals("40.0"));
    }

    @Test
    void an_interval_that_does_not_fit_the_share_is_reported_and_the_counts_stand() {
        ParseResult r = EffectStatements.parse("1/57 (1.8; 0.91–1.00)");
        Proportion p = (Proportion) r.statements().get(0).estimate().orElseThrow();
        assertThat(p.count()).hasValue(1);
        assertThat(p.total()).hasValue(57);
        assertThat(r.diagnostics()).isNotEmpty();
    }

    @Test
    void a_number_of_patients_is_a_count_of_the_share_beside_it() {
        Proportion before = (Proportion) EffectStatements.parse("a few women (n =12, 3%) chose it")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(before.count()).hasValue(12);
        assertThat(before.percent()).hasValue(3);
        // the "n" after the share, in brackets, is its count, not a ratio the label before names
        ParseResult after = EffectStatements.parse("RR was partial response 80% (n=39) versus 74% (n=36)");
        assertThat(after.statements()).noneMatch(x -> x.kind() == EffectStatement.Kind.RISK_RATIO);
        assertThat(((Proportion) after.statements().get(0).estimate().orElseThrow()).count())
                .hasValue(39);
        // "n = 120" alone is not a statistic
        assertThat(EffectStatements.parse("HR group (n = 120)").statements()).isEmpty();
    }

    @Test
    void a_cell_of_a_count_a_comma_and_its_share() {
        Proportion p = (Proportion) EffectStatements.parse("104, 54%")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(p.count()).hasValue(104);
        assertThat(p.percent()).hasValue(54);
        // in running text, a number before a comma is not the count of the share after it
        assertThat(EffectStatements.parse("In 2019, 54% were alive").statements())
                .singleElement()
                .satisfies(s -> assertThat(((Proportion) s.estimate().orElseThrow()).count())
                        .isEmpty());
    }

    @Test
    void counts_then_their_percentage_after_a_separator() {
        Proportion p = (Proportion) RecognizerTestSupport.read(new Counts(), "478/778; 61%")
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(p.count()).hasValue(478);
        assertThat(p.total()).hasValue(778);
        assertThat(p.percent()).hasValue(61);
        // a percentage the counts do not give is something else
        assertThat(RecognizerTestSupport.read(new Counts(), "478/778; 30%")).isEmpty();
    }

    @Test
    void a_percentage_then_a_few_words_then_the_counts_that_give_it() {
        Proportion p = (Proportion) EffectStatements.parse("an interim analysis of 48% of predicted events (246/515)")
                .statements()
                .get(0)
                .estimate()
                .orElseThrow();
        assertThat(p.count()).hasValue(246);
        assertThat(p.total()).hasValue(515);
        assertThat(((Proportion) EffectStatements.parse("48% of predicted events (100/515)")
                                .statements()
                                .get(0)
                                .estimate()
                                .orElseThrow())
                        .count())
                .isEmpty();
    }

    @Test
    void natural_frequencies_without_people_and_in_words() {
        // written for this test
        assertThat(EffectStatements.parse("one in 10 hoped for a cure").statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.COUNT);
                    assertThat(s.estimate()).contains(Proportion.ofCount(1, 10));
                });
        assertThat(EffectStatements.parse("the risk is 1 in 2 for males").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate()).contains(Proportion.ofCount(1, 2)));
        assertThat(EffectStatements.parse("about 68 out of every 100 of women").statements())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate()).contains(Proportion.ofCount(68, 100)));
        // a time, a unit of measure, or a larger first number: no frequency
        assertThat(EffectStatements.parse("3 in 5 years").statements()).isEmpty();
        assertThat(EffectStatements.parse("5 in 2 cm").statements()).isEmpty();
        assertThat(EffectStatements.parse("seven in 10 minutes").statements()).isEmpty();
    }

    @Test
    void a_risk_per_hundred_with_its_interval_is_a_proportion() {
        // Cochrane's plain-language style, copied from the development corpus (c-216)
        ParseResult r = EffectStatements.parse(
                "in the control group 44 people out of 100 died, compared to 32 (95% CI 23 to 43) out of 100 for the active treatment group.");
        assertThat(r.statements())
                .filteredOn(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .singleElement()
                .satisfies(s -> {
                    Proportion p = (Proportion) s.estimate().orElseThrow();
                    assertThat(p.percent()).hasValue(32);
                    assertThat(p.count()).hasValue(32);
                    assertThat(p.total()).hasValue(100);
                    assertThat(p.ci()).isPresent();
                });
        // per thousand is no percentage
        assertThat(EffectStatements.parse("compared to 32 (95% CI 23 to 43) out of 1000")
                        .statements())
                .noneMatch(s -> s.kind() == EffectStatement.Kind.PROPORTION);
    }
}
