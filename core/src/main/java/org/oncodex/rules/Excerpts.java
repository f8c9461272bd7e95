package org.oncodex.rules;

import java.util.Optional;

/*
 * What a report shows of the answer's text: each quote, heading, message and suggestion cut to a
 * bounded length, so that a report grows with the number of findings and not with the product of
 * findings and text. A 14 KB answer whose one section has a 5 KB heading and 200 findings gave a
 * 1.1 MB report: every finding's location repeated the heading whole. The findings themselves keep
 * their full text (Report.findings()); only what Report writes is cut.
 */
final class Excerpts {
    /** The most characters of answer text a finding shows: its quote, its section heading. */
    static final int MAX_QUOTE = 200;

    /** The most characters of a message or a suggestion (which may quote the text too). */
    static final int MAX_MESSAGE = 600;

    private static final String ELLIPSIS = "…";

    private Excerpts() {}

    /** {@code text}, or its first {@code max} characters and an ellipsis; never a split surrogate pair. */
    static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + ELLIPSIS;
    }

    /** The finding as a report shows it: its quote, heading, message and suggestion within the limits. */
    static Finding shorten(Finding finding) {
        Optional<String> quote = finding.quote();
        String message = finding.message();
        if (quote.isPresent() && quote.get().length() > MAX_QUOTE) {
            // the message usually quotes the same text: cut it there too, then as a whole
            message = message.replace(quote.get(), cap(quote.get(), MAX_QUOTE));
        }
        Location location = finding.location();
        Optional<String> heading = location.sectionHeading();
        if (heading.isPresent() && heading.get().length() > MAX_QUOTE) {
            location = Location.builder()
                    .from(location)
                    .sectionHeading(cap(heading.get(), MAX_QUOTE))
                    .build();
        }
        return Finding.builder()
                .from(finding)
                .message(cap(message, MAX_MESSAGE))
                .quote(quote.map(q -> cap(q, MAX_QUOTE)))
                .suggestion(finding.suggestion().map(s -> cap(s, MAX_MESSAGE)))
                .location(location)
                .build();
    }
}
