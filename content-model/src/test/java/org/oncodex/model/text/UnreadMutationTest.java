package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the parser says it left unread, shape by shape, and that a statement's span silences it whether
 * the text holds a few statements or many. PIT's first run over the parser (2026-12-01) left 64 of
 * {@code Unread}'s 191 mutants alive. Texts written for the test.
 */
class UnreadMutationTest {

    private static List<String> unread(String text) {
        return EffectStatements.parse(text).diagnostics().stream()
                .filter(d -> d.code() == Diagnostic.Code.NOT_READ)
                .map(Diagnostic::message)
                .toList();
    }

    @Test
    void each_statistic_like_shape_is_named_when_left_unread() {
        assertThat(unread("the cohort was ≈ 12 strong"))
                .anySatisfy(m -> assertThat(m).contains("an approximate number"));
        assertThat(unread("the cohort was ~12 strong"))
                .anySatisfy(m -> assertThat(m).contains("an approximate number"));
        assertThat(unread("some had 12+ cycles"))
                .anySatisfy(m -> assertThat(m).contains("a bound written with a plus sign"));
        assertThat(unread("fit with R2 ≥ 0.79 overall"))
                .anySatisfy(m -> assertThat(m).contains("\"0.79\": a bound"));
        assertThat(unread("tumours < 3 cm were left")).isEmpty();
        assertThat(unread("the cells were 14 per field"))
                .anySatisfy(m -> assertThat(m).contains("a rate"));
        assertThat(unread("a mix of 3:1 was given"))
                .anySatisfy(m -> assertThat(m).contains("a ratio of two numbers"));
        assertThat(unread("a mix of 3 : 1 was given"))
                .noneSatisfy(m -> assertThat(m).contains("a ratio of two numbers"));
        assertThat(unread("it held 12 (4) things"))
                .anySatisfy(m -> assertThat(m).contains("a bracketed number after it"));
        assertThat(unread("Oncology 17(3) pages"))
                .noneSatisfy(m -> assertThat(m).contains("a bracketed number"));
        assertThat(unread("it held 1.2 (see below) things"))
                .anySatisfy(m -> assertThat(m).contains("a bracketed note after it"));
        assertThat(unread("it held 1.2 units (see below) things"))
                .anySatisfy(m -> assertThat(m).contains("a bracketed note after it"));
        assertThat(unread("it held 12 (see below) things"))
                .noneSatisfy(m -> assertThat(m).contains("note after it"));
        assertThat(unread("in less than 12 cycles"))
                .anySatisfy(m -> assertThat(m).contains("\"12\": a bound"));
        assertThat(unread("in more than 12 cycles"))
                .anySatisfy(m -> assertThat(m).contains("\"12\": a bound"));
        assertThat(unread("in at least 12 cycles"))
                .anySatisfy(m -> assertThat(m).contains("\"12\": a bound"));
        assertThat(unread("in up to 12 cycles")).anySatisfy(m -> assertThat(m).contains("\"12\": a bound"));
        assertThat(unread("in fewer than 12 cycles"))
                .noneSatisfy(m -> assertThat(m).contains("a bound"));
        assertThat(unread("the trial enrolled 120 patients in all"))
                .anySatisfy(m -> assertThat(m).contains("a head count with no total or share"));
        assertThat(unread("the trial enrolled 120 of the patients in all"))
                .anySatisfy(m -> assertThat(m).contains("a head count"));
        assertThat(unread("the trial (n = 120) in all"))
                .anySatisfy(m -> assertThat(m).contains("a head count"));
        assertThat(unread("in 2019 patients were enrolled"))
                .noneSatisfy(m -> assertThat(m).contains("head count"));
        assertThat(unread("in 1899 patients were enrolled"))
                .anySatisfy(m -> assertThat(m).contains("head count"));
        assertThat(unread("in 2101 patients were enrolled"))
                .anySatisfy(m -> assertThat(m).contains("head count"));
        assertThat(unread("a weight of 0.4 in all"))
                .anySatisfy(m -> assertThat(m).contains("a fraction of one"));
        assertThat(unread("a weight of 1.4 in all")).isEmpty();
        assertThat(unread("a weight of 0 in all")).isEmpty();
        assertThat(unread("the dose was cut by thirds each week"))
                .anySatisfy(m -> assertThat(m).contains("a fraction in words"));
        assertThat(unread("hundreds of them")).anySatisfy(m -> assertThat(m).contains("a magnitude in words"));
        assertThat(unread("forty-eight patients joined"))
                .anySatisfy(m -> assertThat(m).contains("a head count"));
        assertThat(unread("forty-eight joined")).isEmpty();
    }

    @Test
    void a_cell_of_numbers_alone_is_named_once() {
        assertThat(unread("25 459"))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("\"25 459\": a cell"));
        assertThat(unread("..")).singleElement().satisfies(m -> assertThat(m).startsWith("\"..\": a cell"));
        assertThat(unread("")).isEmpty();
    }

    /** A few statements are kept as sorted spans, many (more than 32) as a difference array: the same either way. */
    @Test
    void statements_silence_what_they_cover_however_many_there_are() {
        qt().forAll(integers().between(1, 45)).checkAssert(n -> {
            String text = "HR 0.62 (95% CI 0.44-0.87); ".repeat(n) + "the cohort was ≈ 12 strong";
            assertThat(unread(text))
                    .as("%s statements", n)
                    .singleElement()
                    .satisfies(m -> assertThat(m).startsWith("\"12\": an approximate number"));
            String silent = "HR 0.62 (95% CI 0.44-0.87); ".repeat(n);
            assertThat(unread(silent)).as("%s statements", n).isEmpty();
        });
    }
}
