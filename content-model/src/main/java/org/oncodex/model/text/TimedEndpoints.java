package org.oncodex.model.text;

import org.oncodex.model.Endpoint;
import org.oncodex.model.text.Lexer.Lexeme;
import org.oncodex.model.text.Lexer.Sym;

/**
 * The endpoint a hazard ratio or a median time belongs to, for {@link Values}: a time to an event. In
 * "event-free survival among patients with a pCR was ... (HR 0.63)" and "the hazard ratio for event-free
 * survival among patients without a pCR was 0.77" the nearest endpoint word, pCR, is a response (a
 * proportion, which has no hazard ratio and no median time): the statistic's endpoint is the time-to-event
 * endpoint its own sentence named before it. Looks back a bounded number of tokens, within the sentence.
 */
final class TimedEndpoints {
    /** How far back the sentence's time-to-event endpoint may stand, in tokens. */
    static final int REACH = 40;

    private TimedEndpoints() {}

    /** The endpoint, as named, that the statistic of {@code kind} at token {@code i} takes. */
    static Scope.Named of(Tokens t, int i, EffectStatement.Kind kind, Scope scope) {
        Endpoint e = scope.endpoint();
        boolean timed = kind == EffectStatement.Kind.HAZARD_RATIO || kind == EffectStatement.Kind.MEDIAN_TIME;
        if (!timed || e == null || e.isTimeToEvent() || scope.endpointAt() < 0) {
            return scope.named();
        }
        for (int k = scope.endpointAt() - 1; k >= 0 && k >= i - REACH; k--) {
            Lexeme tok = t.at(k);
            if (tok.is(Sym.STOP) && !Parser.isAbbreviationDot(t, k)) {
                break;
            }
            if (!tok.is(Sym.WORD) || !Words.mayStart(tok)) {
                continue;
            }
            ContextWords.Phrased p = ContextWords.longestEndpoint(t, k);
            if (p != null && p.endpoint().isTimeToEvent() && p.next() <= scope.endpointAt()) {
                // "survival" ends "event-free survival": the phrase that ends there and starts earliest
                int first = k;
                for (int j = k - 1; j >= 0 && j > k - Words.MAX_PHRASE_WORDS; j--) {
                    ContextWords.Phrased longer = t.at(j).is(Sym.WORD) ? ContextWords.longestEndpoint(t, j) : null;
                    if (longer != null && longer.next() >= p.next()) {
                        p = longer;
                        first = j;
                    }
                }
                return new Scope.Named(p.endpoint(), t.span(first, p.next() - 1), first);
            }
        }
        return scope.named();
    }
}
