package org.oncodex.model.text;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;
import org.oncodex.model.text.NumberWords.Kind;
import org.oncodex.model.text.NumberWords.Reading;

/**
 * A risk told as a multiple, read by {@link NumberWords}: "increases breast cancer mortality by
 * 1.5-fold", "raised the risk by two times", "a 2-fold higher risk", "twice the risk", "three times
 * more likely". The multiple is the ratio of the two risks, a {@link EffectStatement.Kind#RISK_RATIO}.
 * Only a rise is read: "a 2-fold reduction" halves, and "2 times a day" is a dose.
 */
final class Multiples implements Recognizer {
    /** How far back from "by" the verb of a rise may stand: "raises the risk of cancer recurrence by". */
    private static final int VERB_REACH = 10;

    /** How many words after "higher" or "excess" the risk may be named: "excess cancer mortality risk". */
    private static final int RISK_REACH = 3;

    private static final Set<String> RISKS = Set.of("risk", "risks", "odds", "hazard", "likelihood", "chance");
    private static final Set<String> RISES = Set.of("higher", "greater", "increased", "elevated", "excess");

    /** "three times more likely", "3 times more often in women", "twice as common". */
    private static final Set<String> OFTEN = Set.of("likely", "often", "common", "commonly", "frequent", "frequently");

    /** Where it may start ({@link Recognizer#mayStartAt}): a multiple ends with a word of multiples: most texts have none. */
    @Override
    public boolean mayStartAt(Tokens t, int i) {
        return t.hasMultipleWord();
    }

    @Override
    public @Nullable Step read(Tokens t, int i, Scope scope, Findings out) {
        Lexeme tok = t.at(i);
        if ((!tok.is(Sym.NUM) && !tok.is(Sym.WORD)) || !t.hasMultipleWord()) {
            return null; // a multiple ends with one of those words: most texts have none
        }
        Optional<Reading> r = NumberWords.read(t.text, tok.start);
        if (r.isEmpty() || r.get().kind() != Kind.MULTIPLE || r.get().value() <= 1) {
            return null;
        }
        int next = t.indexAt(r.get().end());
        if (dosing(t, next) || !(riseBefore(t, i) || riskAfter(t, next))) {
            return null;
        }
        double value = r.get().value();
        EffectEstimate estimate;
        try {
            estimate = Estimates.of(EffectStatement.Kind.RISK_RATIO, value, null, null, null, "");
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (estimate == null) {
            return null;
        }
        int start = r.get().start();
        int end = r.get().end();
        ImmutableEffectStatement.Builder b = t.statement(EffectStatement.Kind.RISK_RATIO, start, end)
                .printedValue(tok.is(Sym.NUM) && !tok.spelled ? tok.digits : printed(value))
                .value(value)
                .estimate(estimate)
                .approximate(r.get().approximate() || i <= scope.approximateUntil());
        if (scope.endpoint() != null && (scope.endpointAt() < 0 || i - scope.endpointAt() <= 24)) {
            b.endpoint(scope.endpoint()).endpointLabel(scope.endpointLabel());
        }
        out.add(b.build());
        return new Step(Math.max(next, i + 1), scope);
    }

    private static String printed(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** "times a day", "times per week", "times daily": a dose or a schedule, not a multiple of a risk. */
    static boolean dosing(Tokens t, int k) {
        Lexeme w = t.at(k);
        return w.isWord("a")
                || w.isWord("per")
                || w.isWord("daily")
                || w.isWord("weekly")
                || w.isWord("each")
                || w.isWord("every")
                || w.isWord("over")
                || w.is(Sym.SLASH);
    }

    /** "increases ... mortality by 1.5-fold": "by" right before, and a verb of a rise a few words before it. */
    private static boolean riseBefore(Tokens t, int i) {
        if (!t.at(i - 1).isWord("by")) {
            return false;
        }
        for (int k = i - 2; k >= 0 && k >= i - 2 - VERB_REACH; k--) {
            Lexeme w = t.at(k);
            if (!w.is(Sym.WORD)) {
                return false;
            }
            if (RelativeChanges.verb(w) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "2-fold higher risk", "a 2.2-fold risk", "twice the risk", "three times more likely", "two times as likely". */
    private static boolean riskAfter(Tokens t, int k) {
        Lexeme a = t.at(k);
        Lexeme b = t.at(k + 1);
        if (RISES.contains(a.lower) && a.is(Sym.WORD)) {
            // "a 20-fold excess mortality risk", "2-fold higher relative risk": the risk a word or two on
            for (int j = k + 1; j <= k + RISK_REACH && t.at(j).is(Sym.WORD); j++) {
                if (RISKS.contains(t.at(j).lower) || t.at(j).isWord("mortality")) {
                    return true;
                }
            }
            return false;
        }
        if (a.is(Sym.WORD) && RISKS.contains(a.lower)) {
            return true; // "a 2.2-fold risk of the second cancer being the same type"
        }
        if (a.isWord("the") || a.isWord("an")) {
            return RISKS.contains(b.lower);
        }
        return (a.isWord("more") || a.isWord("as")) && b.is(Sym.WORD) && OFTEN.contains(b.lower);
    }
}
