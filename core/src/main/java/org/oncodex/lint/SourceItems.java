package org.oncodex.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.model.evidence.Citation;

/*
 * One item of a "Sources" list or one footnote definition, read as a citation: its DOI, PMID and URL
 * found by pattern, what is left (trimmed of separators) as the title.
 *
 * The trimming is a loop at each end, not a regular expression: "[\s,;:]+$" tried at every position
 * of a long run of spaces or commas rescans the run each time, quadratic in its length.
 */
final class SourceItems {
    private static final Pattern DOI = Pattern.compile(
            "(?i)\\b(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+?)(?=[\\s,;]|\\.?$|\\.\\s)");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*([1-9]\\d{0,8})\\b");
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"]+[^\\s<>\".,;)]");

    private SourceItems() {}

    /** The citation in {@code line}, or empty for a blank line or one no citation can be made of. */
    static Optional<Citation> citation(String line) {
        String rest = line.strip();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Citation.Builder b = Citation.builder();
        Matcher doi = DOI.matcher(rest);
        if (doi.find()) {
            String id = doi.group(1);
            b.doi(id.endsWith(".") ? id.substring(0, id.length() - 1) : id);
            rest = (rest.substring(0, doi.start()) + rest.substring(doi.end())).strip();
        }
        Matcher pmid = PMID.matcher(rest);
        if (pmid.find()) {
            b.pmid(pmid.group(1));
            rest = (rest.substring(0, pmid.start()) + rest.substring(pmid.end())).strip();
        }
        Matcher url = URL.matcher(rest);
        if (url.find()) {
            b.url(url.group());
            rest = (rest.substring(0, url.start()) + rest.substring(url.end())).strip();
        }
        rest = trim(rest);
        if (!rest.isBlank()) {
            b.title(rest);
        }
        try {
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            // an identifier the model refuses: keep the whole line as the title, for the rules to flag
            try {
                return Optional.of(Citation.builder().title(line.strip()).build());
            } catch (IllegalArgumentException again) {
                return Optional.empty();
            }
        }
    }

    /** {@code text} without white space, dots, commas, semicolons and colons at its start, nor (but dots) at its end. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && separator(text.charAt(start), true)) {
            start++;
        }
        while (end > start && separator(text.charAt(end - 1), false)) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean separator(char c, boolean leading) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || c == ','
                || c == ';'
                || c == ':'
                || (leading && c == '.');
    }
}
