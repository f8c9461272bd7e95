package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.text.Lexer.Sym;

/**
 * What follows a value, read by {@link TailComparisons}: a P value then an interval in one bracket, a mean
 * then its spread, a comparator after "vs", an interval a few words after its value, an endpoint
 * abbreviation after a percentage. PIT's first run over the parser (2026-12-01) left 52 of its 117
 * mutants alive. Phrases written for the test.
 */
class TailComparisonsMutationTest {

    private static <T> T nn(@Nullable T value) {
        assertThat(value).isNotNull();
        return java.util.Objects.requireNonNull(value);
    }

    /** The index of the first token of {@code type} at or after {@code from}. */
    private static int first(Tokens t, Sym type, int from) {
        for (int i = from; i < t.size(); i++) {
            if (t.at(i).is(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }

    @Test
    void a_p_value_then_a_named_interval_in_one_bracket() {
        for (String text : new String[] {"0.62 (P = 0.03; 95% CI, 0.50-0.90)", "0.62 (P = 0.03, 95% CI 0.50-0.90)"}) {
            Tokens t = new Tokens(text);
            int j = first(t, Sym.LPAREN, 0);
            Tail tail = new Tail();
            int next = TailComparisons.pThenInterval(t, j, tail, Scope.EMPTY, new Findings());
            assertThat(next).as(text).isEqualTo(t.size());
            assertThat(tail.p).as(text).isNotNull();
            assertThat(nn(tail.p).value()).isEqualTo(0.03);
            assertThat(tail.interval).isNotNull();
            assertThat(nn(tail.interval).lower().value()).isEqualTo(0.5);
            assertThat(nn(tail.interval).upper().value()).isEqualTo(0.9);
        }
        for (String text : new String[] {
            "0.62 (P = 0.03 95% CI 0.50-0.90)",
            "0.62 (P = 0.03; 0.50-0.90)",
            "0.62 (n = 30; 95% CI 0.50-0.90)",
            "0.62 (P = 0.03; 95% CI)"
        }) {
            Tokens t = new Tokens(text);
            int j = first(t, Sym.LPAREN, 0);
            Tail tail = new Tail();
            assertThat(TailComparisons.pThenInterval(t, j, tail, Scope.EMPTY, new Findings()))
                    .as(text)
                    .isEqualTo(j);
            assertThat(tail.interval).as(text).isNull();
            assertThat(tail.p).as(text).isNull();
        }
        // the interval may end the text without its bracket closing
        Tokens open = new Tokens("0.62 (P = 0.03; 95% CI 0.50-0.90");
        Tail tail = new Tail();
        assertThat(TailComparisons.pThenInterval(open, 1, tail, Scope.EMPTY, new Findings()))
                .isEqualTo(open.size());
    }

    @Test
    void a_mean_then_its_spread_in_one_bracket() {
        for (String text : new String[] {
            "12 (mean 14; range 2-30)", "12 (mean: 14; range 2-30)", "12 (mean = 14, range 2-30)",
            "12 (mean, 14; range 2-30)", "12 (mean 14 months; range 2-30)", "12 (mean 14%; range 2-30)"
        }) {
            Tokens t = new Tokens(text);
            int j = first(t, Sym.LPAREN, 0);
            Tail tail = new Tail();
            assertThat(TailComparisons.meanThenSpread(t, j, tail, Scope.EMPTY, new Findings()))
                    .as(text)
                    .isEqualTo(t.size());
            assertThat(tail.interval).as(text).isNotNull();
            assertThat(nn(tail.interval).lower().value()).isEqualTo(2);
            assertThat(nn(tail.interval).upper().value()).isEqualTo(30);
        }
        for (String text : new String[] {
            "12 (mean x; range 2-30)",
            "12 (mean 14 range 2-30)",
            "12 (mean 14; 2-30)",
            "12 (mean 14; range 2-30",
            "12 (mean 14; range 2-30 and more)"
        }) {
            Tokens t = new Tokens(text);
            int j = first(t, Sym.LPAREN, 0);
            Tail tail = new Tail();
            assertThat(TailComparisons.meanThenSpread(t, j, tail, Scope.EMPTY, new Findings()))
                    .as(text)
                    .isEqualTo(j);
            assertThat(tail.interval).as(text).isNull();
        }
    }

    @Test
    void the_value_before_a_tail_with_its_sign() {
        Tokens t = new Tokens("x −3·8% (95% CI)");
        assertThat(TailComparisons.valueBefore(t, first(t, Sym.LPAREN, 0))).isEqualTo(-3.8);
        Tokens plain = new Tokens("x 3·8% (95% CI)");
        assertThat(TailComparisons.valueBefore(plain, first(plain, Sym.LPAREN, 0)))
                .isEqualTo(3.8);
        Tokens start = new Tokens("7 (95% CI)");
        assertThat(TailComparisons.valueBefore(start, 1)).isEqualTo(7);
    }

    @Test
    void an_interval_contains_a_value_between_its_bounds_inclusive() {
        Tokens t = new Tokens("(95% CI 0.50-0.90)");
        Intervals.Group g = Intervals.after(t, 0, Scope.EMPTY, new Findings());
        assertThat(g).isNotNull();
        assertThat(TailComparisons.contains(nn(g), 0.5)).isTrue();
        assertThat(TailComparisons.contains(nn(g), 0.9)).isTrue();
        assertThat(TailComparisons.contains(nn(g), 0.7)).isTrue();
        assertThat(TailComparisons.contains(nn(g), 0.49)).isFalse();
        assertThat(TailComparisons.contains(nn(g), 0.91)).isFalse();
        Tokens flat = new Tokens("(95% CI 0.50-0.50)");
        Intervals.Group f = Intervals.after(flat, 0, Scope.EMPTY, new Findings());
        assertThat(f).isNotNull();
        assertThat(TailComparisons.contains(nn(f), 0.5)).isFalse();
        Tokens nr = new Tokens("(95% CI 18.1-NR)");
        Intervals.Group n = Intervals.after(nr, 0, Scope.EMPTY, new Findings());
        assertThat(n).isNotNull();
        assertThat(TailComparisons.contains(nn(n), 20)).isFalse();
    }

    @Test
    void a_comparator_after_vs_versus_or_v() {
        for (String text :
                new String[] {"9 vs 4.1 months", "9 versus 4.1 months", "9 v. 4.1 months", "9 v 4.1 months"}) {
            Tokens t = new Tokens(text);
            Tail tail = new Tail();
            int next = TailComparisons.versus(t, 1, tail, Scope.EMPTY);
            assertThat(tail.comparator).as(text).isNotNull();
            assertThat(nn(tail.comparator).value()).isEqualTo(4.1);
            assertThat(next).as(text).isEqualTo(t.size());
            assertThat(tail.unit).as(text).isNotNull();
        }
        for (String text : new String[] {"9 , 4.1 months", "9 and 4.1 months", "9 vs months"}) {
            Tokens t = new Tokens(text);
            Tail tail = new Tail();
            assertThat(TailComparisons.versus(t, 1, tail, Scope.EMPTY)).as(text).isEqualTo(1);
            assertThat(tail.comparator).as(text).isNull();
        }
        Tokens bracket = new Tokens("9 vs 4.1 (95% CI 3.2-5.0) months");
        Tail tail = new Tail();
        assertThat(TailComparisons.versus(bracket, 1, tail, Scope.EMPTY)).isEqualTo(bracket.size());
        assertThat(tail.unit).isNotNull();
    }

    @Test
    void an_interval_a_few_words_after_its_value() {
        Tokens t = new Tokens("89% of the patients in the first group (95% CI, 85 to 92)");
        int j = 2;
        Tail tail = new Tail();
        assertThat(TailComparisons.lateInterval(t, j, tail, Scope.EMPTY, new Findings()))
                .isEqualTo(t.size());
        assertThat(tail.interval).isNotNull();
        assertThat(nn(tail.interval).lower().value()).isEqualTo(85);
        for (String text : new String[] {
            "89% (95% CI, 85 to 92)",
            "89% and the others (95% CI, 85 to 92)",
            "89% vs the others (95% CI, 85 to 92)",
            "89% at two months (95% CI, 85 to 92)",
            "89% of them (85 to 92)",
            "89% of them p 0.03 (95% CI, 85 to 92)",
            "89% " + "word ".repeat(13) + "(95% CI, 85 to 92)"
        }) {
            Tokens u = new Tokens(text);
            Tail other = new Tail();
            assertThat(TailComparisons.lateInterval(u, 2, other, Scope.EMPTY, new Findings()))
                    .as(text)
                    .isEqualTo(2);
            assertThat(other.interval).as(text).isNull();
        }
        Tokens twelve = new Tokens("89% " + "word ".repeat(12) + "(95% CI, 85 to 92)");
        assertThat(TailComparisons.lateInterval(twelve, 2, new Tail(), Scope.EMPTY, new Findings()))
                .isEqualTo(twelve.size());
        Tokens p = new Tokens("89% of them (95% CI, 85 to 92; P = 0.04)");
        Tail withP = new Tail();
        TailComparisons.lateInterval(p, 2, withP, Scope.EMPTY, new Findings());
        assertThat(withP.p).isNotNull();
    }

    @Test
    void an_endpoint_abbreviation_after_a_percentage_names_it() {
        Tokens t = new Tokens("18% OS rate");
        Tail tail = new Tail();
        assertThat(TailComparisons.postfixEndpoint(t, 2, tail)).isEqualTo(4);
        assertThat(tail.endpoint).isEqualTo(Endpoint.OS);
        assertThat(tail.endpointLabel).isEqualTo("OS");
        Tokens rates = new Tokens("18% ORR rates");
        assertThat(TailComparisons.postfixEndpoint(rates, 2, new Tail())).isEqualTo(4);
        Tokens orr = new Tokens("18% ORR");
        Tail r = new Tail();
        assertThat(TailComparisons.postfixEndpoint(orr, 2, r)).isEqualTo(3);
        assertThat(r.endpoint).isEqualTo(Endpoint.ORR);
        for (String text : new String[] {"18% OS", "18% os rate", "18% (OS)", "18% overall survival rate"}) {
            Tokens u = new Tokens(text);
            Tail other = new Tail();
            assertThat(TailComparisons.postfixEndpoint(u, 2, other)).as(text).isEqualTo(2);
            assertThat(other.endpoint).as(text).isNull();
        }
    }
}
