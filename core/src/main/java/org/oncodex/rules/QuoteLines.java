package org.oncodex.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/*
 * The line of the source where each finding's quote stands, for SARIF. Findings come in document
 * order, so each quote is looked for after where the previous one was found, then (the nearest)
 * before it; as is, then ignoring case. Line numbers come from the line starts, found once.
 *
 * Looking each quote up from the start of the source, and counting its lines again each time, made
 * writing a report quadratic in the answer (many findings, each a scan of the source). The cursor
 * makes quotes that stand in order cost one pass in all; the budget bounds the rest: once the
 * searches have read the source BUDGET_PASSES times over, the remaining findings get no line (their
 * logical location still says where they are).
 */
final class QuoteLines {
    private static final int BUDGET_PASSES = 8;

    private final Text exact;
    private final String source;
    private @Nullable Text folded;
    private long budget;
    private OptionalInt previous = OptionalInt.empty();

    QuoteLines(String source) {
        this.exact = new Text(source);
        this.source = source;
        this.budget = (long) BUDGET_PASSES * (source.length() + 1);
    }

    /**
     * The line (from 1) where {@code quote} stands, if found within the budget: after the previous
     * quote's place, else the nearest before it; or, for a finding at the same place as the previous
     * one ({@code samePlace}), the previous one's line.
     */
    OptionalInt line(String quote, boolean samePlace) {
        if (samePlace && previous.isPresent()) {
            return previous;
        }
        previous = quote.isBlank() ? OptionalInt.empty() : exact.line(quote);
        if (previous.isEmpty() && !quote.isBlank()) {
            Text lower = folded;
            if (lower == null) {
                // built on the first quote that needs it: most are found as they are
                lower = new Text(source.toLowerCase(Locale.ROOT));
                folded = lower;
            }
            previous = lower.line(quote.toLowerCase(Locale.ROOT));
        }
        return previous;
    }

    private final class Text {
        private final String text;
        private final int[] lineStarts;
        private int cursor = -1;

        Text(String text) {
            this.text = text;
            // counted first, then filled: a list of boxed integers cost a million objects for a
            // million blank lines, and collecting them made the report superlinear in the answer
            int lines = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            this.lineStarts = new int[lines];
            for (int i = 0, line = 1; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts[line++] = i + 1;
                }
            }
        }

        OptionalInt line(String quote) {
            if (budget <= 0) {
                return OptionalInt.empty();
            }
            int from = cursor + 1;
            int at = text.indexOf(quote, from);
            budget -= (at >= 0 ? at + quote.length() : text.length()) - from;
            if (at < 0 && cursor >= 0 && budget > 0) {
                at = text.lastIndexOf(quote, cursor);
                budget -= cursor - Math.max(0, at);
            }
            if (at < 0) {
                return OptionalInt.empty();
            }
            cursor = at;
            int index = Arrays.binarySearch(lineStarts, at);
            return OptionalInt.of(index >= 0 ? index + 1 : -index - 1);
        }
    }
}
