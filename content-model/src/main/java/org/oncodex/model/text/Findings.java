package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.List;

/** The output of one parse: statements and diagnostics in the order they were found. */
final class Findings {
    final List<EffectStatement> statements = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private final boolean discard;

    Findings() {
        this(false);
    }

    private Findings(boolean discard) {
        this.discard = discard;
    }

    /** Findings that keep nothing: for reading ahead to decide, without reporting. */
    static Findings discarding() {
        return DISCARD;
    }

    private static final Findings DISCARD = new Findings(true);

    /** Where the last statement ends, or 0: a new statement's text starts no earlier. */
    int lastEnd() {
        int end = 0;
        for (int k = statements.size() - 1; k >= 0 && k >= statements.size() - 3; k--) {
            end = Math.max(end, statements.get(k).end());
        }
        return end;
    }

    void add(EffectStatement s) {
        if (!discard) {
            statements.add(s);
        }
    }

    void report(Diagnostic.Code code, String message, int start, int end) {
        if (!discard) {
            diagnostics.add(Diagnostic.of(code, message, start, end));
        }
    }

    /** Whether any of {@code statements} is of {@code kind}: a pass that joins two kinds skips a text with neither. */
    static boolean anyOf(List<EffectStatement> statements, EffectStatement.Kind kind) {
        for (EffectStatement s : statements) {
            if (s.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Puts the statements in text order (recognizers may add a statement after a later one). */
    void sort() {
        statements.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** The findings in text order; the result holds its own copies. */
    ParseResult result() {
        sort();
        if (diagnostics.size() > 1) {
            diagnostics.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return ParseResult.of(statements, diagnostics);
    }
}
