package org.oncodex.model.text;

import org.jspecify.annotations.Nullable;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.text.Intervals.Group;
import org.oncodex.model.text.Lexer.Lexeme;

/**
 * What an interval read by {@link Intervals} says about itself: the model's interval, or a diagnostic when
 * it is inverted, invalid or assumes its level, or leaves its estimate outside; and a stray closing bracket
 * after it.
 */
final class IntervalChecks {
    private IntervalChecks() {}

    static int strayCloser(Tokens t, int j, Findings out) {
        if (t.isStrayCloser(j)) {
            Lexeme stray = t.at(j);
            out.report(
                    Diagnostic.Code.UNBALANCED_BRACKET,
                    "\"" + stray.text + "\" after the interval closes nothing; ignored",
                    stray.start,
                    stray.end);
            return j + 1;
        }
        return j;
    }

    /**
     * The interval as a value, or null with a diagnostic when it cannot be one; also reports a point
     * estimate {@code v} outside it.
     */
    static @Nullable ConfidenceInterval checked(Tokens t, Group g, double v, Findings out) {
        if (g.lower().open() || g.upper().open() || g.isSpread()) {
            return null;
        }
        int start = t.at(g.first()).start;
        int end = t.at(g.next() - 1).end;
        // the interval as printed goes only into a diagnostic: most intervals have none
        if (g.lower().value() >= g.upper().value()) {
            String printed = t.slice(start, end);
            out.report(
                    Diagnostic.Code.INVERTED_INTERVAL,
                    "\"" + printed + "\": lower bound " + g.lower().printed() + " is not below upper bound "
                            + g.upper().printed() + "; the interval was not attached",
                    start,
                    end);
            return null;
        }
        if (g.levelAssumed()) {
            out.report(
                    Diagnostic.Code.LEVEL_ASSUMED,
                    "\"" + t.slice(start, end) + "\" does not state its confidence level; 95% assumed",
                    start,
                    end);
        }
        ConfidenceInterval ci;
        try {
            ci = Estimates.interval(g);
        } catch (IllegalArgumentException e) {
            out.report(Diagnostic.Code.INVALID_VALUE, "\"" + t.slice(start, end) + "\": " + e.getMessage(), start, end);
            return null;
        }
        if (!Double.isNaN(v) && !ci.contains(v)) {
            out.report(
                    Diagnostic.Code.POINT_OUTSIDE_INTERVAL,
                    "\"" + t.slice(start, end) + "\": the estimate " + v + " lies outside its interval "
                            + g.lower().printed() + " to " + g.upper().printed(),
                    start,
                    end);
        }
        return ci;
    }
}
