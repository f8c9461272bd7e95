package org.oncodex.model.text;

import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * A year or a span of years in brackets, "(2013)", "(1980–2013)", "(2004-2010)": a period a statistic covers,
 * not its value, though a label stands right before it ("Overall SMR (1980–2013) was 2.9").
 */
final class YearSpans {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private YearSpans() {}

    /**
     * Past the closing bracket of the year or span of years whose first year is token {@code i}, or -1 when
     * token {@code i} does not start one. Only called at a number, and it looks at the token before first.
     */
    static int past(Tokens t, int i) {
        if (!t.at(i - 1).is(Sym.LPAREN) || !year(t.at(i))) {
            return -1;
        }
        if (t.at(i + 1).is(Sym.RPAREN)) {
            return i + 2;
        }
        boolean span = t.at(i + 1).is(Sym.DASH) || t.at(i + 1).isWord("to");
        if (span
                && year(t.at(i + 2))
                && t.at(i + 2).number > t.at(i).number
                && t.at(i + 3).is(Sym.RPAREN)) {
            return i + 4;
        }
        return -1;
    }

    private static boolean year(Lexeme tok) {
        return tok.is(Sym.NUM)
                && tok.isWhole()
                && tok.digits.length() == 4
                && tok.number >= FIRST_YEAR
                && tok.number <= LAST_YEAR;
    }
}
