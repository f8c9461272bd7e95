package org.oncodex.model.text;

import java.util.List;

/** Runs one recognizer at the first token of a text, the way the parser would. */
final class RecognizerTestSupport {
    private RecognizerTestSupport() {}

    /** The statements {@code r} adds when it reads {@code text} from its first token in {@code scope}. */
    static List<EffectStatement> read(Recognizer r, String text, Scope scope) {
        Findings out = new Findings();
        r.read(new Tokens(text), 0, scope, out);
        return out.statements;
    }

    static List<EffectStatement> read(Recognizer r, String text) {
        return read(r, text, Scope.EMPTY);
    }

    static Findings findings(Recognizer r, String text) {
        Findings out = new Findings();
        r.read(new Tokens(text), 0, Scope.EMPTY, out);
        return out;
    }
}
