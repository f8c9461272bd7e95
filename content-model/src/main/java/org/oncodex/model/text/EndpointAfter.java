package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The endpoint a share names right after its percent sign: "33.1% 5-year progression-free survival", "a
 * 75% overall response rate", "60% two-year OS", and a response after a verb of attaining, "19% had a pCR".
 * Only an endpoint phrase, after at most a time point, counts: "30% of patients" names none.
 */
final class EndpointAfter {
    private EndpointAfter() {}

    /** An endpoint and the words that name it. */
    record Named(Endpoint endpoint, String text) {}

    /** The endpoint named from token {@code j} on, after an optional time point ("5-year", "two-year"), or null. */
    static @Nullable Named read(Tokens t, int j) {
        int k = j;
        // "5-year", "12-month": a number, a dash and a unit of time
        if (t.at(k).is(Sym.NUM) && t.at(k + 1).is(Sym.DASH) && Words.timeUnit(t.at(k + 2)) != null) {
            k += 3;
        } else if (t.at(k).is(Sym.WORD) && yearWord(t.at(k))) {
            k++;
        }
        ContextWords.Phrased found = ContextWords.longestEndpoint(t, k);
        // "lived", "survived" name overall survival only before a time: not after a share
        if (found == null && k == j) {
            return attained(t, j);
        }
        if (found == null || t.at(k).isWord("lived") || t.at(k).isWord("survived")) {
            return null;
        }
        return new Named(found.endpoint(), t.span(k, found.next() - 1));
    }

    /**
     * "19% had a pCR", "Nineteen percent achieved a complete response": a verb of attaining and a response
     * after the share name what it counts. Only a response counts: "42% had disease progression" counts
     * people with an event, not a rate of progression-free survival.
     */
    private static @Nullable Named attained(Tokens t, int j) {
        Lexeme verb = t.at(j);
        if (!(verb.isWord("had") || verb.isWord("achieved") || verb.isWord("attained") || verb.isWord("reached"))) {
            return null;
        }
        int k = t.at(j + 1).isWord("a") || t.at(j + 1).isWord("an") ? j + 2 : j + 1;
        ContextWords.Phrased found = ContextWords.longestEndpoint(t, k);
        if (found == null || found.endpoint().isTimeToEvent()) {
            return null;
        }
        return new Named(found.endpoint(), t.span(k, found.next() - 1));
    }

    /** "two-year", "five-year", "3-month" printed as one word. */
    private static boolean yearWord(Lexeme tok) {
        int dash = tok.lower.indexOf('-');
        return dash > 0 && Words.TIME_UNITS.containsKey(tok.lower.substring(dash + 1));
    }
}
