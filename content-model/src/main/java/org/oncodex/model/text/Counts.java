package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * Counts: {@code 4/22 (18%)}, {@code 4 of 22 patients (18%)}, {@code 3/48 (6.3%)} are proportions
 * with their counts; {@code 36 of 120 patients} a count. A slash between numbers with nothing after
 * ("CheckMate 017/057") is not a count.
 */
final class Counts implements Recognizer {
    /** Events counted among a total of people: "1000 deaths among 1924 patients". */
    private static final java.util.Set<String> COUNTED = java.util.Set.of(
            "deaths", "events", "cases", "relapses", "recurrences", "responses", "responders", "progressions");

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        int[] counts = countsAt(t, i);
        if (counts == null) {
            return countWithBoundedShare(t, i, scope, out);
        }
        int j = counts[2];
        boolean ofForm = t.at(i + 1).isWord("of") || t.at(i + 1).isWord("out");
        boolean people = counts[3] == 1;
        if (t.at(i + 1).isWord("in")) {
            // "about 1 in 4 people (27%)": a rounded natural frequency beside the exact share, both kept
            double percent = 100.0 * counts[0] / counts[1];
            return add(t, i, j, EffectStatement.Kind.COUNT, percent, Integer.toString(counts[0]), counts, scope, out);
        }
        // 4/22 (18%), 4 of 22 patients (18.2%)
        if (Tokens.isOpener(t.at(j).type)
                && t.at(j + 1).is(Sym.NUM)
                && t.at(j + 2).is(Sym.PCT)
                && Tokens.isCloser(t.at(j + 3).type)) {
            Lexeme pct = t.at(j + 1);
            return add(t, i, j + 4, EffectStatement.Kind.PROPORTION, pct.number, pct.digits, counts, scope, out);
        }
        // 1/57 (1.8; 0.91–1.00), 12/40 (30%, 17–47): the percentage with its interval, under "n/N (%; 95% CI)"
        if (Tokens.isOpener(t.at(j).type) && t.at(j + 1).is(Sym.NUM) && !t.at(j + 1).spelled) {
            int k = t.at(j + 2).is(Sym.PCT) ? j + 3 : j + 2;
            if (t.at(k).is(Sym.SEMI) || t.at(k).is(Sym.COMMA)) {
                Intervals.Group g = Intervals.inside(t, k + 1, scope);
                if (g == null) {
                    g = Intervals.after(t, k, scope, Findings.discarding());
                }
                int close = g == null ? -1 : Tokens.isCloser(t.at(g.next()).type) ? g.next() : g.next() - 1;
                boolean percentSign = k == j + 3;
                if (g != null
                        && !g.isSpread()
                        && close >= 0
                        && Tokens.isCloser(t.at(close).type)
                        && (percentSign || gives(counts[0], counts[1], t.at(j + 1).number))) {
                    Lexeme pct = t.at(j + 1);
                    return add(
                            t,
                            i,
                            close + 1,
                            EffectStatement.Kind.PROPORTION,
                            pct.number,
                            pct.digits,
                            counts,
                            g,
                            scope,
                            out);
                }
            }
        }
        // "(478/778; 61%)": the counts, then their percentage after a separator, when the counts give it
        if ((t.at(j).is(Sym.SEMI) || t.at(j).is(Sym.COMMA))
                && t.at(j + 1).is(Sym.NUM)
                && !t.at(j + 1).spelled
                && t.at(j + 2).is(Sym.PCT)
                && gives(counts[0], counts[1], t.at(j + 1).number)) {
            Lexeme pct = t.at(j + 1);
            return add(t, i, j + 3, EffectStatement.Kind.PROPORTION, pct.number, pct.digits, counts, scope, out);
        }
        // 187/219 (85): the percentage without its sign, when the counts give it
        if (Tokens.isOpener(t.at(j).type)
                && t.at(j + 1).is(Sym.NUM)
                && Tokens.isCloser(t.at(j + 2).type)
                && gives(counts[0], counts[1], t.at(j + 1).number)) {
            Lexeme pct = t.at(j + 1);
            return add(t, i, j + 3, EffectStatement.Kind.PROPORTION, pct.number, pct.digits, counts, scope, out);
        }
        // 11 of 58 RCTs (19%), 26 of 66 primary publications (39%)
        int w = j;
        while (w < j + 3 && t.at(w).is(Sym.WORD)) {
            w++;
        }
        if (w > j
                && Tokens.isOpener(t.at(w).type)
                && t.at(w + 1).is(Sym.NUM)
                && t.at(w + 2).is(Sym.PCT)
                && Tokens.isCloser(t.at(w + 3).type)) {
            Lexeme pct = t.at(w + 1);
            return add(t, i, w + 4, EffectStatement.Kind.PROPORTION, pct.number, pct.digits, counts, scope, out);
        }
        // 1/228 (<1): the counts, with their share printed as a bound
        SharedBound bound = SharedBound.at(t, j, true);
        if (bound != null) {
            double percent = 100.0 * counts[0] / counts[1];
            if (!bound.admits(percent)) {
                int end = t.at(bound.next() - 1).end;
                out.report(
                        Diagnostic.Code.COUNTS_DISAGREE,
                        "\"" + t.slice(t.at(i).start, end) + "\": " + counts[0] + " of " + counts[1] + " is "
                                + String.format(java.util.Locale.ROOT, "%.1f", percent) + "%, not "
                                + t.span(j + 1, bound.next() - 2),
                        t.at(i).start,
                        end);
            }
            return add(
                    t,
                    i,
                    bound.next(),
                    EffectStatement.Kind.COUNT,
                    percent,
                    Integer.toString(counts[0]),
                    counts,
                    scope,
                    out);
        }
        // 36 of 120 patients; 12/40 patients; "n = 15/45"; 60/82 in a column of n/N; "28/388 AEs in A vs 54/374"
        boolean slash = t.at(i + 1).is(Sym.SLASH);
        boolean counted = slash
                && (scope.declaredCounts() || TailCounts.afterN(t, i + 1) || pairedCounts(t, j) || afterVersus(t, i));
        if ((ofForm || people || counted) && counts[0] <= counts[1]) {
            double percent = 100.0 * counts[0] / counts[1];
            return add(t, i, j, EffectStatement.Kind.COUNT, percent, Integer.toString(counts[0]), counts, scope, out);
        }
        return null;
    }

    /**
     * "2 (<1%)", "1* (<1%)", "259, >99%", and "1 (<1)" in a column of counts and percentages: a count
     * whose share is printed only as a bound. The statement is the bound on the share; the model's
     * bound holds no count.
     */
    private static @Nullable Step countWithBoundedShare(Tokens t, int i, Scope scope, Findings out) {
        Lexeme count = t.at(i);
        if (!count.isWhole() || count.spelled || leadingZero(count) || Values.isRatioLabel(scope)) {
            return null;
        }
        int j = i + 1;
        if (t.at(j).is(Sym.OTHER)
                && !t.at(j).spaceBefore
                && FOOTNOTE_MARKS.indexOf(t.at(j).text.charAt(0)) >= 0) {
            j++; // "1* (<1%)": a footnote mark between the count and its share
        }
        boolean declared = scope.unit() == Unit.PERCENT || scope.declaredCounts();
        SharedBound bound = SharedBound.at(t, j, declared);
        if (bound == null) {
            return null;
        }
        Lexeme num = t.at(bound.number());
        int start = count.start;
        int end = t.at(bound.next() - 1).end;
        ImmutableEffectStatement.Builder b =
                Bounds.statement(t, start, end, num).estimate(Bounds.range(bound.relation(), num.number, Unit.PERCENT));
        if (scope.endpoint() != null && !scope.endpoint().isTimeToEvent()) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        out.add(b.build());
        return new Recognizer.Step(bound.next(), scope);
    }

    /** The marks tables print after a value to point to a footnote. */
    static final String FOOTNOTE_MARKS = "*†‡§¶#";

    /**
     * A share printed as a bound after a count: "(<1%)", "(<1)", ", >99%". Without a percent sign, only
     * where the column declares percentages or the bound can only be one ("<1", ">99").
     *
     * @param relation the bound's relation
     * @param number the token index of its number
     * @param value its number
     * @param next the token index after it
     */
    record SharedBound(PValue.Relation relation, int number, double value, int next) {
        static @Nullable SharedBound at(Tokens t, int j, boolean declared) {
            boolean bracket = Tokens.isOpener(t.at(j).type);
            if (!bracket && !t.at(j).is(Sym.COMMA)) {
                return null;
            }
            PValue.Relation relation = t.relationAt(j + 1);
            Lexeme num = t.at(j + 2);
            if (relation == null || relation == PValue.Relation.EQUAL || !num.is(Sym.NUM) || num.spelled) {
                return null;
            }
            int k = j + 3;
            boolean sign = t.at(k).is(Sym.PCT);
            if (sign) {
                k++;
            }
            if (bracket) {
                if (!Tokens.isCloser(t.at(k).type)) {
                    return null;
                }
                k++;
            } else if (!sign) {
                return null; // "259, >99%": after a comma, only with its sign
            }
            boolean below = relation == PValue.Relation.LESS_THAN || relation == PValue.Relation.LESS_THAN_OR_EQUAL;
            boolean plain = below ? num.number == 1 : num.number >= 99;
            if (num.number <= 0 || num.number > 100 || !(sign || declared || plain)) {
                return null;
            }
            return new SharedBound(relation, j + 2, num.number, k);
        }

        /** Whether a share of {@code percent} meets the bound, to the rounding a printed percentage allows. */
        boolean admits(double percent) {
            return switch (relation) {
                case LESS_THAN, LESS_THAN_OR_EQUAL -> percent < value + 0.5;
                default -> percent > value - 0.5;
            };
        }
    }

    /** The second counts of a pair: "vs 54/374", "v. 3/40", after counts of their own a few words before. */
    private static boolean afterVersus(Tokens t, int i) {
        int v = t.at(i - 1).text.equals(".") ? i - 2 : i - 1;
        if (!(t.at(v).isWord("vs") || t.at(v).isWord("versus") || t.at(v).isWord("v"))) {
            return false;
        }
        for (int k = v - 1; k >= 0 && k >= v - 6; k--) {
            if (t.at(k).is(Sym.SLASH) && countsAt(t, k - 1) != null) {
                return true;
            }
            if (!t.at(k).is(Sym.WORD) && !t.at(k).is(Sym.NUM)) {
                return false;
            }
        }
        return false;
    }

    /** "28/388 AEs in durvalumab vs 54/374": counts, a few words, "vs" and other counts after {@code j}. */
    private static boolean pairedCounts(Tokens t, int j) {
        int k = j;
        while (k < j + 4 && t.at(k).is(Sym.WORD) && !Words.VERSUS.contains(t.at(k).lower)) {
            k++;
        }
        if (!(t.at(k).isWord("vs") || t.at(k).isWord("versus") || t.at(k).isWord("v"))) {
            return false;
        }
        k++;
        if (t.at(k).text.equals(".") && !t.at(k).spaceBefore) {
            k++;
        }
        int[] other = countsAt(t, k);
        return other != null && t.at(k + 1).is(Sym.SLASH);
    }

    private static Step add(
            Tokens t,
            int i,
            int next,
            EffectStatement.Kind kind,
            double percent,
            String printed,
            int[] counts,
            Scope scope,
            Findings out) {
        return add(t, i, next, kind, percent, printed, counts, null, scope, out);
    }

    private static Step add(
            Tokens t,
            int i,
            int next,
            EffectStatement.Kind kind,
            double percent,
            String printed,
            int[] counts,
            Intervals.@Nullable Group interval,
            Scope scope,
            Findings out) {
        int start = t.at(i).start;
        int end = t.at(next - 1).end;
        if (kind == EffectStatement.Kind.PROPORTION && counts[1] > 0 && !gives(counts[0], counts[1], percent)) {
            out.report(
                    Diagnostic.Code.COUNTS_DISAGREE,
                    "\"" + t.slice(start, end) + "\": " + counts[0] + " of " + counts[1] + " is "
                            + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * counts[0] / counts[1])
                            + "%, not " + printed + "%",
                    start,
                    end);
        }
        ImmutableEffectStatement.Builder b =
                EffectStatement.builder().kind(kind).start(start).end(end).text(t.slice(start, end));
        b.printedValue(printed).value(kind == EffectStatement.Kind.COUNT ? counts[0] : percent);
        ConfidenceInterval ci = null;
        if (interval != null) {
            Intervals.printed(b, interval);
            ci = IntervalChecks.checked(t, interval, percent, out);
        }
        try {
            Proportion p = kind == EffectStatement.Kind.COUNT
                    ? Proportion.ofCount(counts[0], counts[1])
                    : Proportion.of(percent, counts[0], counts[1]);
            if (ci != null) {
                try {
                    p = Proportion.builder().from(p).ci(ci).build();
                    b.ci(ci);
                } catch (IllegalArgumentException e) {
                    // the interval does not fit the share (reported by checked or here): the counts stand without it
                    out.report(
                            Diagnostic.Code.INVALID_VALUE,
                            "\"" + t.slice(start, end) + "\": " + e.getMessage(),
                            start,
                            end);
                }
            }
            b.estimate(p);
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
        }
        if (scope.endpoint() != null && !scope.endpoint().isTimeToEvent()) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        out.add(b.build());
        return new Recognizer.Step(next, scope);
    }

    /**
     * {@code 4 of 22 [patients]} or {@code 4/22} at {@code i}: {count, total, next, 1 if a word for
     * people followed}, or null.
     */
    static int @Nullable [] countsAt(Tokens t, int i) {
        Lexeme a = t.at(i);
        // a count in words stands only before "of" and a total in digits ("four of 22") or before "in" or
        // "out of" ("one in 10"): the lexer reads it so only there
        boolean frequency = t.at(i + 1).isWord("in")
                || t.at(i + 1).isWord("out")
                || t.at(i + 1).isWord("of");
        if (!a.isWhole() || (a.spelled && !frequency) || leadingZero(a)) {
            return null;
        }
        int j = i + 1;
        if (t.at(j + 1).isWord("out") && t.at(j).is(Sym.WORD) && Words.PEOPLE.contains(t.at(j).lower)) {
            j++; // "44 people out of 100"
        }
        // "1000 deaths among 1924 patients", "35 responders among 120": what was counted, then among the total
        boolean among = t.at(j + 1).isWord("among")
                && t.at(j).is(Sym.WORD)
                && (Words.PEOPLE.contains(t.at(j).lower) || COUNTED.contains(t.at(j).lower));
        if (among) {
            j++;
        }
        if (t.at(j).isWord("out") && t.at(j + 1).isWord("of")) {
            j++; // "44 people out of 100" reads as "44 of 100" once the people are skipped below
        }
        // "1 in 5 patients", "one in 10 hoped", "1 in 2 for males": a natural frequency, counted like "1
        // of 5"; not "3 in 5 years", "5 in 2020"
        Lexeme after = t.at(j + 2);
        // a total in words ("one in four", "two out of three") is a number only where the lexer read it after a
        // count and "in" or "out of"
        boolean in = t.at(j).isWord("in")
                && t.at(j + 1).isWhole()
                && t.at(j + 1).number >= 2
                && t.at(j + 1).number <= 1000
                && a.number < t.at(j + 1).number
                && ((after.is(Sym.WORD) && Words.PEOPLE.contains(after.lower))
                        || (after.is(Sym.WORD)
                                && Words.timeUnit(after) == null
                                && !Words.MEASURES.contains(after.lower))
                        || after.is(Sym.COMMA)
                        || after.is(Sym.OTHER));
        if (t.at(j).isWord("of") || t.at(j).is(Sym.SLASH) || in || among) {
            j++;
            if (t.at(j - 1).isWord("of") && t.at(j - 2).isWord("out") && t.at(j).isWord("every")) {
                j++; // "68 out of every 100"
            }
            if ((t.at(j - 1).isWord("of") || among)
                    && (t.at(j).isWord("the") || t.at(j).isWord("these"))) {
                j++; // "5 of the 33 trials"
                if (t.at(j).isWord("first") || t.at(j).isWord("last")) {
                    j++; // "17 of the first 24 patients"
                }
            }
        } else {
            return null;
        }
        Lexeme b = t.at(j);
        if (!b.isWhole() || leadingZero(b)) {
            return null;
        }
        if (a.number > Integer.MAX_VALUE || b.number > Integer.MAX_VALUE || a.number > b.number) {
            return null;
        }
        j++;
        int people = 0;
        if (t.at(j).is(Sym.WORD) && Words.PEOPLE.contains(t.at(j).lower)) {
            j++;
            people = 1;
        }
        return new int[] {(int) a.number, (int) b.number, j, people};
    }

    /**
     * Whether {@code count} of {@code total} is {@code percent}, to the rounding a printed percentage
     * allows (less than 0.6 points apart).
     */
    static boolean gives(double count, double total, double percent) {
        return total > 0 && Math.abs(100.0 * count / total - percent) < 0.6;
    }

    private static boolean leadingZero(Lexeme n) {
        return n.digits.length() > 1 && n.digits.charAt(0) == '0' && n.digits.charAt(1) != '.';
    }
}
