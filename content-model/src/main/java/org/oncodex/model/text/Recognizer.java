package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;

/**
 * One statement shape. Given the tokens, a position and the scope in force, a recognizer either
 * declines (returns null) or consumes tokens: it may add statements and diagnostics to the findings
 * and returns where reading continues with which scope. Adding a shape means adding a recognizer to
 * {@link Parser}'s list; none of them keeps state between calls.
 */
interface Recognizer {

    /** What a recognizer consumed: the next token index (greater than the one it was given) and the new scope. */
    record Step(int next, Scope scope) {}

    @Nullable
    Step read(Tokens t, int i, Scope scope, Findings out);
}
