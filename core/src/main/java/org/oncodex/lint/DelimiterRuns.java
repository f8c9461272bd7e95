package org.oncodex.lint;

import java.util.List;

/*
 * commonmark matches emphasis delimiters run against run: a paragraph of '*' x 500,000, a word and
 * '*' x 500,000 took more than 13 s to parse at 1 MB against 0.2 s at 100 KB (issue 16's scaling
 * audit, time spent in InlineParserImpl.processDelimiters). No answer needs a run of more than a few
 * delimiters for emphasis, so the characters of a longer run of '*', '_' or '~' inside a line are
 * replaced, before parsing, by zero-width spaces: the text keeps its length (source spans and line
 * numbers stay true), the rules read the words on either side as they are drawn (Glyphs drops the
 * zero-width spaces), and the reader notes each such line as unreadable, so ONC-UNREADABLE rejects the
 * answer. A line that is only the run (a thematic break) is left alone: it is no inline.
 */
final class DelimiterRuns {
    static final int MAX_RUN = MarkdownAnswers.MAX_DELIMITER_RUN;

    private DelimiterRuns() {}

    /** {@code markdown} with over-long delimiter runs inside lines blanked; a note per such line goes to {@code notes}. */
    static String capped(String markdown, List<String> notes) {
        char[] out = null;
        int n = markdown.length();
        int line = 1;
        boolean textBefore = false; // whether the line has other than spaces and tabs before i
        int lastNoted = 0;
        int i = 0;
        while (i < n) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
                textBefore = false;
                i++;
                continue;
            }
            if (c != '*' && c != '_' && c != '~') {
                textBefore |= c != ' ' && c != '\t' && c != '\r';
                i++;
                continue;
            }
            int end = i;
            while (end < n && markdown.charAt(end) == c) {
                end++;
            }
            if (end - i > MAX_RUN && (textBefore || !onlySpacesAfter(markdown, end))) {
                if (out == null) {
                    out = markdown.toCharArray();
                }
                for (int k = i; k < end; k++) {
                    out[k] = '\u200B';
                }
                if (lastNoted != line) {
                    notes.add("line " + line + ": a run of " + (end - i) + " '" + c + "' characters, more than "
                            + MAX_RUN + ", is not read as emphasis; the words around it are checked as they stand");
                    lastNoted = line;
                }
            }
            textBefore = true;
            i = end;
        }
        return out == null ? markdown : new String(out);
    }

    /** Whether only spaces and tabs follow {@code from} on its line (each space is read again by the caller: linear). */
    private static boolean onlySpacesAfter(String s, int from) {
        for (int k = from; k < s.length() && s.charAt(k) != '\n'; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\t' && s.charAt(k) != '\r') {
                return false;
            }
        }
        return true;
    }
}
