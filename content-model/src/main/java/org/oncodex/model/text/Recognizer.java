package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;

/**
 * One statement shape. Given the tokens, a position and the scope in force, a recognizer either
 * declines (returns null) or consumes tokens: it may add statements and diagnostics to the findings
 * and returns where reading continues with which scope. Adding a shape means adding a recognizer to
 * {@link Parser}'s list; none of them keeps state between calls.
 *
 * <p>Where a recognizer may start: {@link Parser} tries a recognizer only at the token types its list names
 * (a shape that starts with a number is not looked for at a bracket), and then only where
 * {@link #mayStartAt} allows. A recognizer that declines most tokens of its type after looking at one or two
 * neighbours ("a number and a per cent sign", "a number after the word from") overrides {@code mayStartAt}
 * with exactly that test, so the dispatch skips it without entering it. The test must be a necessary
 * condition of {@link #read} returning a step or adding anything: wherever it says false, {@code read} would
 * have returned null and added nothing. {@code PreFilterPropertyTest} checks that parsing with and without the
 * tests gives equal results; a new override should add the shapes it relies on to that test's vocabulary.
 */
interface Recognizer {

    /** What a recognizer consumed: the next token index (greater than the one it was given) and the new scope. */
    record Step(int next, Scope scope) {}

    /**
     * A cheap necessary condition for {@link #read} to match at token {@code i} (see the class comment): false
     * only where {@code read} would return null and add nothing. The default is true: tried everywhere its
     * token types allow.
     */
    default boolean mayStartAt(Tokens t, int i) {
        return true;
    }

    @Nullable
    Step read(Tokens t, int i, Scope scope, Findings out);
}
