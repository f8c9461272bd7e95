package org.oncodex.model.text;

import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A ratio's label far before its value, for {@link Values}: "The hazard ratio for death in the
 * intention-to-treat population, which included ... [a long clause] ..., was 0.71 (95% CI, 0.55 to 0.90)".
 * Past the usual reach the label still holds when nothing else could take it: no number stands between
 * (but a time point, "at 24 months"), no semicolon splits the clause, no number took the label yet, and the
 * value is introduced as the label's ("was 0.71", "of 0.71", "= 0.71"). The look back is bounded.
 */
final class FarLabels {
    /** The farthest a label reaches, in tokens: some 300 characters of prose. */
    static final int FAR_REACH = 80;

    private FarLabels() {}

    /** Whether the label in force, more than the usual reach before the number at {@code i}, labels it. */
    static boolean reaches(Tokens t, int i, Scope scope) {
        EffectStatement.Kind label = scope.label();
        int at = scope.labelAt();
        if (label == null
                || !Values.isRatio(label)
                || scope.labelUsed()
                || at < 0
                || i - at > FAR_REACH
                || !introduced(t.at(i - 1))) {
            return false;
        }
        for (int k = at + 1; k < i; k++) {
            Lexeme tok = t.at(k);
            if (tok.is(Sym.SEMI) || (tok.is(Sym.NUM) && Words.timeUnit(t.at(k + 1)) == null)) {
                return false;
            }
        }
        return true;
    }

    private static boolean introduced(Lexeme before) {
        return before.isWord("was")
                || before.isWord("were")
                || before.isWord("is")
                || before.isWord("of")
                || before.is(Sym.EQ)
                || before.is(Sym.COLON);
    }
}
