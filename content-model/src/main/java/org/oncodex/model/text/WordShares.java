package org.oncodex.model.text;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;
import org.oncodex.model.text.NumberWords.Kind;
import org.oncodex.model.text.NumberWords.Reading;

/**
 * Shares of people written in words, read by {@link NumberWords}: a fraction before the people it
 * counts ("Half the people diagnosed", "roughly a quarter of lung cancer cases", "two-thirds of
 * patients") is a {@link EffectStatement.Kind#PROPORTION}; a frequency with "every" ("77 of every 100
 * are living", "one in every four") a {@link EffectStatement.Kind#COUNT} with its total. A fraction
 * after "by" ("cut the risk by a third") is a relative change, not a share, and is left alone; so is a
 * fraction with no "of" or "the" after it ("half-life", "a quarter").
 */
final class WordShares implements Recognizer {

    /** Tokens looked back from a part word for its numerator and a word of rounding: "roughly a quarter". */
    private static final int BACK = 2;

    /** Where it may start ({@link Recognizer#mayStartAt}): at a number, only "3 in every 10" and "3 of every 10". */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return !t.at(i).is(Sym.NUM) || t.at(i + 2).isWord("every");
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        if (tok.is(Sym.NUM)) {
            return frequency(t, i, scope, out);
        }
        if (!tok.is(Sym.WORD) || !isPart(tok.lower)) {
            return null;
        }
        // the phrase may start a word or two before the part: "a quarter", "roughly a quarter", "one-third"
        for (int k = Math.max(0, i - BACK); k <= i; k++) {
            if (k < i && !t.at(k).is(Sym.WORD)) {
                continue;
            }
            Optional<Reading> r = NumberWords.read(t.text, t.at(k).start);
            if (r.isPresent() && r.get().end() == tok.end && r.get().kind() == Kind.FRACTION) {
                return share(t, k, i, r.get(), scope, out);
            }
        }
        return null;
    }

    private static boolean isPart(String lower) {
        int dash = NumberWords.hyphen(lower);
        return NumberWords.PARTS.containsKey(dash > 0 ? lower.substring(dash + 1) : lower);
    }

    private static @Nullable Step share(Tokens t, int first, int last, Reading r, Scope scope, Findings out) {
        Lexeme before = t.at(first - 1);
        if (before.isWord("by") || before.is(Sym.NUM) || before.isWord("and")) {
            return null; // "by a third": a relative change; "one and a half": a number
        }
        if (before.isWord("in") && RelativeChanges.verb(t.at(first - 2)) < 0) {
            return null; // "cut in half the tablets": a cut, not a share of anything
        }
        int k = last + 1;
        if (t.at(k).isWord("to") && t.at(k + 1).is(Sym.WORD)) {
            return range(t, r, k + 1, scope, out);
        }
        if (!t.at(k).isWord("of") && !t.at(k).isWord("the")) {
            return null;
        }
        k++;
        if (t.at(k).isWord("the")
                || t.at(k).isWord("all")
                || t.at(k).isWord("those")
                || t.at(k).isWord("these")) {
            k++;
        }
        if (!t.at(k).is(Sym.WORD) || t.at(k).isWord("time") || t.at(k).isWord("way")) {
            return null; // "half of the time", "a third of the way": not people
        }
        double percent = r.share() * 100;
        String printed = printed(percent);
        Proportion p;
        try {
            p = Proportion.builder().percent(percent).build();
        } catch (IllegalArgumentException e) {
            return null;
        }
        int start = r.start();
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.PROPORTION)
                .start(start)
                .end(r.end())
                .text(t.slice(start, r.end()))
                .printedValue(printed)
                .value(percent)
                .estimate(p)
                .approximate(r.approximate() || first <= scope.approximateUntil());
        int alive = NearValue.aliveAfter(t, last + 1);
        if (scope.endpoint() != null && scope.endpointAt() < 0) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        } else if (alive >= 0) {
            // "two-thirds of patients survive at least five years": the clause names what the share counts
            b.endpoint(NearValue.aliveEndpoint(t, alive)).endpointLabel(t.at(alive).text);
        }
        out.add(b.build());
        return new Step(last + 1, scope);
    }

    /**
     * "one-fourth to one-half of new cancer treatments": a range of two fractions, the second at token
     * {@code k}, before the people they count.
     */
    private static @Nullable Step range(Tokens t, Reading low, int k, Scope scope, Findings out) {
        Optional<Reading> high = NumberWords.read(t.text, t.at(k).start);
        if (high.isEmpty() || high.get().kind() != Kind.FRACTION || high.get().share() <= low.share()) {
            return null;
        }
        int next = t.indexAt(high.get().end());
        if (!t.at(next).isWord("of")) {
            return null;
        }
        double from = low.share() * 100;
        double to = high.get().share() * 100;
        ValueRange range;
        try {
            range = ValueRange.between(from, to, Unit.PERCENT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int start = low.start();
        int end = high.get().end();
        out.add(EffectStatement.builder()
                .kind(EffectStatement.Kind.RANGE)
                .start(start)
                .end(end)
                .text(t.slice(start, end))
                .printedValue(printed(from) + "-" + printed(to))
                .printedLower(printed(from))
                .printedUpper(printed(to))
                .estimate(range)
                .approximate(low.approximate() || t.indexAt(start) <= scope.approximateUntil())
                .build());
        return new Step(next, scope);
    }

    /** A percentage as a share in words gives it: whole, or to one decimal (33.3). */
    static String printed(double percent) {
        return percent == Math.rint(percent)
                ? Long.toString(Math.round(percent))
                : String.format(Locale.ROOT, "%.1f", percent);
    }

    /** "77 of every 100", "one in every four": a count per a total, with "every". */
    private static @Nullable Step frequency(Tokens t, int i, Scope scope, Findings out) {
        Lexeme n = t.at(i);
        // "68 out of every 100" is the counts' own
        if (!n.isWhole()
                || !t.at(i + 2).isWord("every")
                || !(t.at(i + 1).isWord("of") || t.at(i + 1).isWord("in"))) {
            return null;
        }
        Optional<Reading> r = NumberWords.read(t.text, n.start);
        if (r.isEmpty()
                || r.get().kind() != Kind.FREQUENCY
                || r.get().per() > Integer.MAX_VALUE
                || r.get().per() < 2) {
            return null;
        }
        int count = (int) r.get().value();
        int per = (int) r.get().per();
        int next = t.indexAt(r.get().end());
        Proportion p;
        try {
            p = Proportion.ofCount(count, per);
        } catch (IllegalArgumentException e) {
            return null;
        }
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.COUNT)
                .start(n.start)
                .end(r.get().end())
                .text(t.slice(n.start, r.get().end()))
                .printedValue(n.spelled ? Integer.toString(count) : n.digits)
                .value(count)
                .estimate(p)
                .approximate(i <= scope.approximateUntil());
        if (scope.endpoint() != null && scope.endpointAt() < 0) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        out.add(b.build());
        return new Step(Math.max(next, i + 1), scope);
    }
}
