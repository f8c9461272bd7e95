package org.oncodex.model.text;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * Relative changes in words: {@code a 38% reduction in the risk of death}, {@code 21% higher risk},
 * {@code thirty-eight percent lower}, {@code reduced the risk of death by 38%}.
 */
final class RelativeChanges implements Recognizer {
    private static final int MAX_MEASURE_WORDS = 5;

    /** Where it may start ({@link Recognizer#mayStartAt}): at a number, only "a 26% reduction": every other change starts with a word. */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return !t.at(i).is(Sym.NUM) || t.at(i + 1).is(Sym.PCT);
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        if (tok.is(Sym.NUM) && t.at(i + 1).is(Sym.PCT)) {
            int d = i + 2;
            // "a 26.3% (95% UI, 20.3%-32.3%) increase": the interval between the number and its direction
            Intervals.Group g = null;
            if (Tokens.isOpener(t.at(d).type)) {
                g = Intervals.after(t, d, scope, Findings.discarding());
                if (g == null || g.isSpread()) {
                    return null;
                }
                d = g.next();
            }
            // "a 13% relative reduction", "a 6% risk reduction", "a 33% hazard reduction", "a 25% relative risk
            // reduction": up to two words of what was measured before the direction
            int m = d;
            while (m < d + 2 && MEASURED.contains(t.at(m).lower)) {
                m++;
            }
            if (m > d && direction(t.at(m)) != 0) {
                d = m;
            }
            Lexeme direction = t.at(d);
            if (direction(direction) != 0) {
                if (direction.isWord("more") && t.at(d + 1).is(Sym.WORD) && Words.PEOPLE.contains(t.at(d + 1).lower)) {
                    return null; // "20% more patients" is a share, read elsewhere
                }
                if (g != null) {
                    g = Intervals.after(t, i + 2, scope, out); // read again, reporting what it finds
                }
                return add(t, i, tok, direction(direction) > 0, d + 1, g, scope, out);
            }
            return null;
        }
        // "improved overall survival by 4.8 months", "extended survival by about 3 months": a gain in time
        // every verb of GAINS and ADDS is a known word (KnownWords): a word the lexer does not know needs no lookup
        if (tok.is(Sym.WORD) && tok.mayBeListed() && GAINS.contains(tok.lower) && !LongerGains.idle(t, i)) {
            Step gain = gainInTime(t, i, scope, out);
            if (gain != null) {
                return gain;
            }
        }
        // "added 5.3 months to median overall survival", "gave people about 3 more months": a gain in time
        if (tok.is(Sym.WORD) && tok.mayBeListed() && ADDS.contains(tok.lower)) {
            Step added = addedTime(t, i, scope, out);
            if (added != null) {
                return added;
            }
        }
        // "a reduction of 37% in diagnoses", "an increase of 60% in incidence": the change named by its noun
        if (tok.is(Sym.WORD) && t.at(i + 1).isWord("of") && NOUNS.containsKey(tok.lower)) {
            int n = Words.isApproximate(t.at(i + 2)) ? i + 3 : i + 2;
            Lexeme num = t.at(n);
            if (num.is(Sym.NUM) && t.at(n + 1).is(Sym.PCT) && !Tokens.isOpener(t.at(n + 2).type)) {
                return add(t, i, num, NOUNS.get(tok.lower) > 0, n + 2, null, scope, out);
            }
        }
        // reduced the risk of death by 38%, death rates dropping by 43%, cut ... by a third; "has improved by
        // 6.0%", "extended survival by 20%": a verb of gain says a change only with "by"
        int changes = verb(tok);
        int v = changes != 0
                ? changes
                : tok.mayBeListed() && GAINS.contains(tok.lower) && !LongerGains.idle(t, i) ? 1 : 0;
        if (tok.is(Sym.WORD) && v != 0) {
            Step bare = changes != 0 ? bareChange(t, i, scope, out) : null;
            if (bare != null) {
                return bare;
            }
            int j = i + 1;
            int words = 0;
            // "reduced the risk of invasive breast cancer recurrences, second cancers or death by 42%": what
            // was reduced may be a list, and a bracket of words may name its parts ("increased disease
            // control rate (CR PR SD) by 60%")
            while (words < 14
                    && (t.at(j).is(Sym.WORD)
                            || t.at(j).is(Sym.OTHER)
                            || t.at(j).is(Sym.COMMA)
                            || wordsInBrackets(t, j) > j)
                    && !t.at(j).isWord("by")
                    && !fromValue(t, j)) {
                int past = wordsInBrackets(t, j);
                words += past > j ? past - j : 1;
                j = past > j ? past : j + 1;
            }
            if (!t.at(j).isWord("by")) {
                return null;
            }
            String measure = words == 0 ? "" : measure(t.span(i + 1, j - 1));
            // "by about 31%", "by roughly 40%", "by a full 42%": the approximating or stressing word does not make
            // it another statistic
            int a = AverageWords.past(t, EmphasisWords.past(t, j + 1));
            int n = t.at(a).is(Sym.WORD) && Words.APPROXIMATE.contains(t.at(a).lower) ? a + 1 : a;
            if (t.at(n).is(Sym.NUM) && t.at(n + 1).is(Sym.PCT)) {
                if ((t.at(n + 2).isWord("to") || t.at(n + 2).is(Sym.DASH))
                        && t.at(n + 3).is(Sym.NUM)) {
                    return null; // "by 40% to 70%": a range, read as one
                }
                Lexeme num = t.at(n);
                return emit(t, i, n + 2, num.number, num.digits, v > 0, measure, null, scope, out);
            }
            // "by a third", "by half", "by two-thirds": a fraction in words
            Fraction f = fraction(t, j + 1);
            if (f != null) {
                return emit(t, i, f.next(), f.percent(), f.printed(), v > 0, measure, null, scope, out);
            }
        }
        return null;
    }

    /**
     * "from" and the value a change starts from ("reduced from 25% to 21%"), not the words of what changed
     * ("the risk of death or recurrence from the disease by 89%").
     */
    private static boolean fromValue(Tokens t, int j) {
        int k = Words.isApproximate(t.at(j + 1)) ? j + 2 : j + 1;
        return t.at(j).isWord("from") && t.at(k).is(Sym.NUM);
    }

    /**
     * Past the bracket of one to four words that opens at {@code j} ("(CR PR SD)", "(OS)"), or {@code j}
     * when none opens there.
     */
    private static int wordsInBrackets(Tokens t, int j) {
        if (!t.at(j).is(Sym.LPAREN)) {
            return j;
        }
        int k = j + 1;
        while (k < j + 5 && t.at(k).is(Sym.WORD)) {
            k++;
        }
        return k > j + 1 && t.at(k).is(Sym.RPAREN) ? k + 1 : j;
    }

    /**
     * "rates among white women fell 7 percent in 2003", "incidence rose about 12%": a verb of change with
     * its percentage right after it and no "by". Not when the percentage is a share of something ("cut 30%
     * of the budget"), the start of a range or the value reached ("fell 7% to 5%"), or one arm's value set
     * against another's ("ORR increased 45% vs 30%").
     */
    private static @Nullable Step bareChange(Tokens t, int i, Scope scope, Findings out) {
        // "fell an average of 3.2%": an average change is a change
        int a = AverageWords.past(t, EmphasisWords.past(t, i + 1));
        int n = Words.isApproximate(t.at(a)) ? a + 1 : a;
        Lexeme num = t.at(n);
        if (!num.is(Sym.NUM) || !t.at(n + 1).is(Sym.PCT)) {
            return null;
        }
        Lexeme after = t.at(n + 2);
        if (after.isWord("of")
                || after.isWord("to")
                || after.is(Sym.DASH)
                || Tokens.isOpener(after.type)
                || (after.is(Sym.WORD) && Words.VERSUS.contains(after.lower))) {
            return null;
        }
        return emit(t, i, n + 2, num.number, num.digits, verb(t.at(i)) > 0, "", null, scope, out);
    }

    /** A fraction of one in words, as the percentage it is, rounded to one decimal as printed. */
    record Fraction(double percent, String printed, int next) {}

    /**
     * The fraction in words ("a third", "two-thirds", "three quarters") that starts at token {@code k}, below
     * one and not rounded ("about a half"), or null: a word, so that a number in digits is never read twice.
     */
    static @Nullable Fraction fraction(Tokens t, int k) {
        if (!t.at(k).is(Sym.WORD)) {
            return null;
        }
        NumberWords.Reading r = NumberWords.read(t.text, t.at(k).start).orElse(null);
        // "by about a fifth": a rounded fraction is not read, since the rules match a relative change to the
        // percent and would take a fifth for 20% exactly
        if (r == null || r.kind() != NumberWords.Kind.FRACTION || !(r.value() < 1) || r.approximate()) {
            return null;
        }
        String printed = WordShares.printed(r.value() * 100);
        return new Fraction(Double.parseDouble(printed), printed, Math.max(t.indexAt(r.end()), k + 1));
    }

    /** Nouns of a change followed by "of" and its size, with their direction: -1 lower, 1 higher. */
    static final java.util.Map<String, Integer> NOUNS = java.util.Map.of(
            "reduction", -1,
            "decrease", -1,
            "decline", -1,
            "drop", -1,
            "increase", 1,
            "rise", 1);

    /** What a relative change printed between its percentage and its direction changes: "a 33% hazard reduction". */
    private static final java.util.Set<String> MEASURED =
            java.util.Set.of("relative", "risk", "hazard", "mortality", "odds", "rate");

    /** Verbs that say a time grew: "improved survival by 4.8 months". */
    static final java.util.Set<String> GAINS = java.util.Set.of(
            "longer", // "a longer median overall survival by 8.5 months"
            "improve",
            "improved",
            "improves",
            "extend",
            "prolong",
            "increase",
            "extended",
            "extends",
            "prolonged",
            "prolongs",
            "lengthened",
            "increased",
            "increases");

    /** Verbs that give time: "added 5.3 months to median survival". */
    static final java.util.Set<String> ADDS =
            java.util.Set.of("added", "adds", "add", "gained", "gains", "gave", "gives");

    /**
     * "added 5.3 months to median overall survival", "added about 3 months of life": a mean difference
     * in time right after the verb, with the endpoint the words after it name.
     */
    private static @Nullable Step addedTime(Tokens t, int i, Scope scope, Findings out) {
        int k = i + 1;
        int n = t.at(k).is(Sym.WORD) && Words.APPROXIMATE.contains(t.at(k).lower) ? k + 1 : k;
        int j = n + 2;
        int words = 0;
        while (words < MAX_MEASURE_WORDS && t.at(j + words).is(Sym.WORD)) {
            words++;
        }
        String measure = words == 0 ? "" : measure(t.span(j, j + words - 1));
        return timeGained(t, i, k, measure, eventEndpoint(t, j, j + words, measure), scope, out);
    }

    /** "improved overall survival by 4.8 months", "extended survival by an average of about 3.5 months". */
    private static @Nullable Step gainInTime(Tokens t, int i, Scope scope, Findings out) {
        int j = i + 1;
        int words = 0;
        while (words < 6 && t.at(j).is(Sym.WORD) && !t.at(j).isWord("by")) {
            j++;
            words++;
        }
        if (!t.at(j).isWord("by")) {
            return null;
        }
        String measure = words == 0 ? "" : measure(t.span(i + 1, j - 1));
        return timeGained(t, i, AverageWords.past(t, j + 1), measure, eventEndpoint(t, i, j, measure), scope, out);
    }

    /**
     * The time gained from the verb at {@code i} to a number and its unit of time at {@code from} (an
     * approximating word before the number allowed); null when {@code from} holds none.
     */
    private static @Nullable Step timeGained(
            Tokens t, int i, int from, String measure, @Nullable Endpoint named, Scope scope, Findings out) {
        boolean approx = t.at(from).is(Sym.WORD) && Words.APPROXIMATE.contains(t.at(from).lower);
        int k = approx ? from + 1 : from;
        Lexeme num = t.at(k);
        Unit unit = Words.timeUnit(t.at(k + 1));
        if (!num.is(Sym.NUM) || unit == null || !(num.number > 0)) {
            return null;
        }
        int start = t.at(i).start;
        int next = k + 2;
        // "increased by 5.7 months (95% CI = 4.7–6.6 months)": the gain's interval right after it
        Intervals.Group g =
                Tokens.isOpener(t.at(next).type) ? Intervals.after(t, next, scope, Findings.discarding()) : null;
        ConfidenceInterval ci = null;
        if (g != null && !g.isSpread()) {
            g = Intervals.after(t, next, scope, out); // read again, reporting what it finds
        } else {
            g = null;
        }
        if (g != null) {
            ci = IntervalChecks.checked(t, g, num.number, out);
            next = g.next();
        }
        int end = t.at(next - 1).end;
        ImmutableEffectStatement.Builder b = t.statement(EffectStatement.Kind.MEAN_DIFFERENCE, start, end)
                .printedValue(num.digits)
                .value(num.number)
                .estimate(ci == null ? MeanDifference.of(num.number, unit) : MeanDifference.of(num.number, unit, ci))
                .approximate(approx || i <= scope.approximateUntil());
        if (g != null) {
            Intervals.printed(b, g);
        }
        if (ci != null) {
            b.ci(ci);
        }
        Endpoint endpoint = scope.endpoint() != null ? scope.endpoint() : named;
        if (endpoint != null) {
            b.endpoint(endpoint).endpointLabel(scope.endpoint() != null ? scope.endpointLabel() : measure);
        }
        out.add(b.build());
        return new Recognizer.Step(next, scope);
    }

    private static int direction(Lexeme tok) {
        if (!tok.is(Sym.WORD)) {
            return 0;
        }
        if (Words.HIGHER.contains(tok.lower)) {
            return 1;
        }
        return Words.LOWER.contains(tok.lower) ? -1 : 0;
    }

    /** The verbs of a change, with their direction: -1 lower, 1 higher. */
    static final java.util.Map<String, Integer> VERBS = verbs();

    private static java.util.Map<String, Integer> verbs() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : List.of(
                "reduced",
                "lowered",
                "decreased",
                "cut",
                "cuts",
                "reduce",
                "lower",
                "decrease",
                "reduces",
                "lowers",
                "decreases",
                "reducing",
                "decreasing",
                "lowering",
                "declined",
                "declines",
                "decline",
                "declining",
                "dropped",
                "drops",
                "dropping",
                "fell",
                "falls",
                "falling",
                // "lessen the risk of patient death by 51 percent"
                "lessen",
                "lessens",
                "lessened",
                "lessening",
                "diminish",
                "diminishes",
                "diminished",
                "slashed",
                "slashes",
                "curbed")) {
            m.put(w, -1);
        }
        for (String w : List.of(
                "increased",
                "raised",
                "increases",
                "raises",
                "raise",
                "increasing",
                "increase",
                "rose",
                "rises",
                "rising",
                "boosted",
                "boosts",
                "heightened",
                "elevated")) {
            m.put(w, 1);
        }
        return java.util.Map.copyOf(m);
    }

    static int verb(Lexeme tok) {
        // every verb is a known word (KnownWords): a word the lexer does not know needs no lookup
        return tok.mayBeListed() ? VERBS.getOrDefault(tok.lower, 0) : 0;
    }

    static String measure(String words) {
        String m = words.strip();
        for (String lead : new String[] {"the ", "a "}) {
            if (m.startsWith(lead)) {
                m = m.substring(lead.length());
            }
        }
        return m;
    }

    private static Step add(
            Tokens t,
            int i,
            Lexeme num,
            boolean higher,
            int from,
            Intervals.@Nullable Group g,
            Scope scope,
            Findings out) {
        int j = from;
        StringBuilder measure = new StringBuilder();
        int words = 0;
        while (t.at(j).is(Sym.WORD)
                && words < MAX_MEASURE_WORDS
                && !Words.VERSUS.contains(t.at(j).lower)
                && !t.at(j).isWord("than")
                && !t.at(j).isWord("with")) {
            boolean leading = measure.length() == 0
                    && (t.at(j).isWord("in") || t.at(j).isWord("the") || t.at(j).isWord("of"));
            if (!leading) {
                if (measure.length() > 0) {
                    measure.append(' ');
                }
                measure.append(t.at(j).lower);
            }
            j++;
            words++;
        }
        return emit(t, i, j, num.number, num.digits, higher, measure.toString().strip(), g, scope, out);
    }

    static Step emit(
            Tokens t,
            int i,
            int next,
            double value,
            String printed,
            boolean higher,
            String measure,
            Intervals.@Nullable Group g,
            Scope scope,
            Findings out) {
        int start = t.at(i).start;
        int end = t.at(next - 1).end;
        RelativeChange change = RelativeChange.of(
                value, higher ? RelativeChange.Direction.HIGHER : RelativeChange.Direction.LOWER, measure);
        ImmutableEffectStatement.Builder b = EffectStatement.builder()
                .kind(EffectStatement.Kind.RELATIVE_CHANGE)
                .start(start)
                .end(end)
                .text(t.slice(start, end))
                .relativeChange(change)
                .printedValue(printed)
                .value(value)
                .approximate(i <= scope.approximateUntil()
                        || (t.at(i - 1).is(Sym.WORD) && Words.APPROXIMATE.contains(t.at(i - 1).lower)));
        if (g != null) {
            Intervals.printed(b, g);
            ConfidenceInterval ci = IntervalChecks.checked(t, g, value, out);
            if (ci != null) {
                b.ci(ci);
            }
        }
        Endpoint endpoint = scope.endpoint() != null ? scope.endpoint() : eventEndpoint(t, i, next, measure);
        if (endpoint != null) {
            b.endpoint(endpoint).endpointLabel(scope.endpoint() != null ? scope.endpointLabel() : measure);
        }
        out.add(b.build());
        return new Recognizer.Step(next, scope);
    }

    /**
     * "a 51% reduction in the risk of death (HR: 0.49 ...)": the ratio in brackets right after a change
     * is the same comparison, and names the change's endpoint when it names none. Runs once over the
     * statements, each looked at with its neighbour: linear.
     */
    static void lendEndpoints(Tokens t, List<EffectStatement> statements) {
        for (int k = 0; k + 1 < statements.size(); k++) {
            EffectStatement change = statements.get(k);
            EffectStatement ratio = statements.get(k + 1);
            if (change.kind() != EffectStatement.Kind.RELATIVE_CHANGE
                    || change.endpoint().isEmpty()
                    || !Values.isRatio(ratio.kind())
                    || ratio.endpoint().isPresent()
                    || ratio.start() < change.end()) {
                continue;
            }
            String between = t.slice(/* start= */ change.end(), /* endExclusive= */ ratio.start())
                    .strip();
            if (between.equals("(") || between.equals("[")) {
                ImmutableEffectStatement.Builder b = EffectStatement.builder()
                        .from(ratio)
                        .endpoint(change.endpoint().get());
                change.endpointLabel().ifPresent(b::endpointLabel);
                statements.set(k + 1, b.build());
            }
        }
    }

    /**
     * Whether the abbreviation at {@code k} stands beside another one with no comma between: "disease control
     * rate (CR PR SD)" lists the parts of a rate, and names none of them as its endpoint.
     */
    private static boolean partOfList(Tokens t, int k) {
        Lexeme before = t.at(k - 1);
        Lexeme after = t.at(k + 1);
        return isCapitals(before) || isCapitals(after);
    }

    /** A word of two to five capital letters: "PR", "SD", "ORR". */
    private static boolean isCapitals(Lexeme w) {
        if (!w.is(Sym.WORD) || w.text.length() < 2 || w.text.length() > 5) {
            return false;
        }
        for (int c = 0; c < w.text.length(); c++) {
            if (!Character.isUpperCase(w.text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The endpoint a change of a risk names in words, in its measure or a few words before it: death,
     * dying, mortality or survival is overall survival ("reduced the risk of death by 51 percent",
     * "the risk of death was 22% lower", "51 percent more likely to be alive"); progression with death
     * is progression-free survival; anything else (recurrence, second cancers) names no endpoint.
     */
    static @Nullable Endpoint eventEndpoint(Tokens t, int i, int next, String measure) {
        boolean death = false;
        boolean progression = false;
        boolean other = false;
        int from = i;
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            Sym ty = t.at(k).type;
            if (ty == Sym.STOP || ty == Sym.SEMI || ty == Sym.NUM || Tokens.isCloser(ty)) {
                break;
            }
            from = k;
        }
        Endpoint named = null;
        for (int k = from; k < next; k++) {
            Lexeme w = t.at(k);
            if (!w.is(Sym.WORD)) {
                continue;
            }
            Endpoint e = Words.ENDPOINTS.get(w.lower);
            if (named == null
                    && e != null
                    && w.text.length() <= 5
                    && Words.isAbbreviationAsWritten(w)
                    && !partOfList(t, k)) {
                named = e; // "a 6% risk reduction in OS": the endpoint named by its abbreviation
            }
            switch (w.lower) {
                case "death", "deaths", "dying", "die", "died", "mortality", "alive", "survive", "survival", "living" ->
                    death = true;
                case "progression",
                        "progressing",
                        "worsening",
                        "worse",
                        "growing",
                        "grow",
                        "grows",
                        "spreading",
                        "spread" -> progression = true;
                case "recurrence", "recurrences", "relapse", "cancers", "events", "metastasis", "incidence" ->
                    other = true;
                default -> {
                    // not an event word
                }
            }
        }
        if (named != null) {
            return named;
        }
        if (measure.isEmpty() && from == i) {
            return null;
        }
        if (other) {
            return null;
        }
        if (progression && death) {
            return Endpoint.PFS;
        }
        return death && !progression ? Endpoint.OS : null;
    }
}
