package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.oncodex.model.stats.Unit;

/**
 * Context words PIT's first run over the parser (2026-12-01) left with untested edges: a series of
 * landmarks ("at 12 and 24 months"), a confidence level named before its interval, and what a bracket
 * with no numbers announces. Phrases written for the test.
 */
class ContextWordsMutationTest {

    private static Recognizer.@Nullable Step step(String text) {
        return new ContextWords().read(new Tokens(text), 0, Scope.EMPTY, new Findings());
    }

    private static Recognizer.Step read(String text) {
        Recognizer.Step s = step(text);
        if (s == null) {
            throw new AssertionError("no context words read in " + text);
        }
        return s;
    }

    private static String timePoint(String text) {
        Recognizer.Step s = step(text);
        return s == null ? "none" : String.valueOf(s.scope().timePoint());
    }

    @Test
    void a_series_of_landmarks_takes_its_first_and_ends_after_its_unit() {
        assertThat(timePoint("at 12 and 24 months")).isEqualTo("12-month");
        assertThat(read("at 12 and 24 months").next()).isEqualTo(5);
        assertThat(timePoint("at 1, 2 and 3 years")).isEqualTo("1-year");
        assertThat(read("at 1, 2 and 3 years").next()).isEqualTo(7);
        assertThat(timePoint("at 1, 2, or 3 years")).isEqualTo("1-year");
        assertThat(read("at 1, 2, or 3 years").next()).isEqualTo(8);
        assertThat(timePoint("at 6 or 12 weeks")).isEqualTo("6-week");
        assertThat(timePoint("at 1, 2, 3, 4, 5, 6 months")).isEqualTo("1-month");
        assertThat(read("at 1, 2, 3, 4, 5, 6 months").next()).isEqualTo(13);
    }

    @Test
    void what_is_not_a_series_of_landmarks() {
        assertThat(timePoint("at 1, 2, 3, 4, 5, 6, 7 months")).isNotEqualTo("1-month");
        assertThat(timePoint("at 12 and later months")).isNotEqualTo("12-month");
        assertThat(timePoint("at 12 and 24 patients")).isNotEqualTo("12-month");
        assertThat(timePoint("at 0 and 12 months")).isNotEqualTo("0-month");
        assertThat(timePoint("in 12 and 24 months")).isNotEqualTo("12-month");
    }

    @Test
    void a_level_named_before_its_interval_is_declared_for_the_interval_to_come() {
        assertThat(read("95% confidence interval of the ratio").scope().declaredLevel())
                .isEqualTo(0.95);
        assertThat(read("95% confidence interval of the ratio").next()).isEqualTo(4);
        assertThat(read("95% confidence intervals").next()).isEqualTo(4);
        assertThat(read("95% confidence limits").next()).isEqualTo(3);
        assertThat(read("90% binomial confidence interval").scope().declaredLevel())
                .isEqualTo(0.9);
        assertThat(read("90% binomial confidence interval").next()).isEqualTo(5);
        assertThat(read("95% credible interval").scope().declaredLevel()).isEqualTo(0.95);
        assertThat(read("95% uncertainty interval").scope().declaredLevel()).isEqualTo(0.95);
        assertThat(read("99.9% CI").scope().declaredLevel()).isEqualTo(0.999);
        assertThat(read("99.9% CI").next()).isEqualTo(3);
        assertThat(read("95% CIs").scope().declaredLevel()).isEqualTo(0.95);
        assertThat(read("95% UI").scope().declaredLevel()).isEqualTo(0.95);
    }

    @Test
    void a_level_that_is_no_interval_level_or_has_its_bounds_is_not_declared() {
        for (String text : new String[] {"50% CI", "100% CI", "95% of patients", "95% CI 0.5-0.9", "95% binomial"}) {
            Recognizer.Step s = step(text);
            assertThat(s == null ? 0 : s.scope().declaredLevel()).as(text).isZero();
        }
    }

    @Test
    void a_bracket_with_no_numbers_announces_what_the_brackets_after_hold() {
        assertThat(read("(95% CI)").scope().declaredLevel()).isEqualTo(0.95);
        assertThat(read("(95% CI)").next()).isEqualTo(5);
        assertThat(read("(range)").scope().declaredSpread()).isEqualTo(Spread.Kind.RANGE);
        assertThat(read("(range)").scope().declaredLevel()).isZero();
        assertThat(read("(IQR)").scope().declaredSpread()).isEqualTo(Spread.Kind.IQR);
        assertThat(read("(months)").scope().unit()).isEqualTo(Unit.MONTHS);
        assertThat(read("(months)").next()).isEqualTo(3);
        assertThat(read("(%)").scope().declaredCounts()).isTrue();
        assertThat(read("(%)").next()).isEqualTo(3);
        assertThat(read("(n/N)").scope().declaredCounts()).isTrue();
        assertThat(read("(n/N)").next()).isEqualTo(5);
        assertThat(read("[n/n]").scope().declaredCounts()).isTrue();
        for (String text : new String[] {"(n/x)", "(x/N)", "(n-N)", "(n/N", "(%", "(months", "(months 3)", "(95% CI"}) {
            Recognizer.Step s = step(text);
            assertThat(s == null || (!s.scope().declaredCounts() && s.scope().declaredLevel() == 0))
                    .as(text)
                    .isTrue();
        }
    }
}
