package org.oncodex.lint;

import java.util.List;

/*
 * commonmark's block parser takes time that grows faster than the input with the depth of nested
 * lists: each list item opened on a line, and each one a line continues, looks over the white space
 * before its content again (issue 16's scaling audit: "- " repeated to 1 MB on one line was stopped
 * after 124 s of CPU against 3 s at 100 KB; lists nested by indentation, each item two columns deeper,
 * took 33 times as long at 1 MB as at 100 KB). So the start of a line, its white space and list
 * markers ("- ", "* ", "+ ", "1. ", "1) "), is read up to MAX columns (a tab to the next multiple of
 * four); beyond that, before parsing, its characters are replaced by zero-width spaces, so that the
 * rest of the line is text in the lists the first MAX columns open. The text keeps its length (source
 * spans and line numbers stay true), the rules read the words as they stand (Glyphs drops the
 * zero-width spaces), and the reader notes the lines as unreadable, so ONC-UNREADABLE rejects the
 * answer. Block-quote markers ("> ") are not counted: commonmark reads them in linear time, and the
 * reader has its own limit for them (MAX_QUOTE_DEPTH). A thematic break ("- - - ...", "* * * ...")
 * is no list and is left alone.
 */
final class Indentation {
    static final int MAX = MarkdownAnswers.MAX_INDENT;

    private Indentation() {}

    /** {@code markdown} with the starts of lines wider than {@link #MAX} blanked past it; one note for them goes to {@code notes}. */
    static String capped(String markdown, List<String> notes) {
        char[] out = null;
        int n = markdown.length();
        int firstLine = 0;
        int widest = 0;
        int lines = 0;
        int line = 1;
        int start = 0;
        while (start < n) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int over = overflow(markdown, start, end);
            if (over >= 0 && !thematicBreak(markdown, start, end)) {
                int prefixEnd = prefixEnd(markdown, start, end);
                if (out == null) {
                    out = markdown.toCharArray();
                }
                for (int k = over; k < prefixEnd; k++) {
                    out[k] = '\u200B';
                }
                if (firstLine == 0) {
                    firstLine = line;
                }
                widest = Math.max(widest, width(markdown, start, prefixEnd));
                lines++;
            }
            line++;
            start = end + 1;
        }
        if (lines > 0) {
            notes.add("line " + firstLine + (lines > 1 ? " and " + (lines - 1) + " more" : "")
                    + ": indentation and list markers up to " + widest + " columns wide, more than " + MAX
                    + "; past " + MAX + " columns they are read as text");
        }
        return out == null ? markdown : new String(out);
    }

    /*
     * Where the line's start first passes MAX columns, or -1. The start is white space, list markers
     * and block-quote markers; a quote marker and one space after it take no width.
     */
    private static int overflow(String s, int from, int to) {
        int column = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int next;
            if (c == ' ') {
                column++;
                next = i + 1;
            } else if (c == '\t') {
                column += 4 - column % 4;
                next = i + 1;
            } else if (c == '>') {
                i += i + 1 < to && s.charAt(i + 1) == ' ' ? 2 : 1;
                continue;
            } else {
                next = marker(s, i, to);
                if (next < 0) {
                    return -1;
                }
                column += next - i;
            }
            if (column > MAX) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    /** The end of the line's start (white space and markers). */
    private static int prefixEnd(String s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
                continue;
            }
            int next = marker(s, i, to);
            if (next < 0) {
                return i;
            }
            i = next;
        }
        return i;
    }

    /** The width in columns of {@code s} from {@code from} to {@code to}, quote markers included. */
    private static int width(String s, int from, int to) {
        int column = 0;
        for (int i = from; i < to; i++) {
            column += s.charAt(i) == '\t' ? 4 - column % 4 : 1;
        }
        return column;
    }

    /*
     * The end of a list marker at i ("-", "*", "+", or up to nine digits and "." or ")", then a space
     * or a tab), or -1.
     */
    private static int marker(String s, int i, int to) {
        char c = s.charAt(i);
        int end;
        if (c == '-' || c == '*' || c == '+') {
            end = i + 1;
        } else {
            end = i;
            while (end < to && end - i < 9 && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                end++;
            }
            if (end == i || end >= to || (s.charAt(end) != '.' && s.charAt(end) != ')')) {
                return -1;
            }
            end++;
        }
        return end < to && (s.charAt(end) == ' ' || s.charAt(end) == '\t') ? end : -1;
    }

    /** Whether the line is a thematic break: one of '-', '*', '_' three times or more, and white space. */
    private static boolean thematicBreak(String s, int from, int to) {
        char mark = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                continue;
            }
            if ((c != '-' && c != '*' && c != '_') || (mark != 0 && c != mark)) {
                return false;
            }
            mark = c;
            count++;
        }
        return count >= 3;
    }
}
