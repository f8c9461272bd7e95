package org.oncodex.lint;

import java.util.BitSet;
import java.util.List;

/*
 * commonmark nests images in images (a link in a link is not allowed, an image in an image is), and
 * each image it closes merges the text nodes of everything inside it again: '![' x 6,666, 'x' and
 * '](u)' x 6,666 (40 KB) took 3.5 s to read against 0.3 s at 20 KB, and 1 MB of it did not finish in
 * 20 minutes (issue 16's scaling audit). No answer needs an image inside more than a few others, so an
 * image opener '![' more than MAX_DEPTH images deep is read, before parsing, as the link bracket '['
 * with a zero-width space for its '!': the text keeps its length (source spans and line numbers stay
 * true), the alternative text is still read, and the reader notes the line as unreadable, so
 * ONC-UNREADABLE rejects the answer. Brackets are counted within a paragraph (a blank line ends it),
 * a backslash escapes the next character; one pass, no recursion.
 */
final class ImageNesting {
    static final int MAX_DEPTH = MarkdownAnswers.MAX_IMAGE_DEPTH;

    private ImageNesting() {}

    /** {@code markdown} with image openers nested too deep made link brackets; a note per such line goes to {@code notes}. */
    static String capped(String markdown, List<String> notes) {
        char[] out = null;
        int n = markdown.length();
        BitSet images = new BitSet(); // whether each open bracket, bottom first, opened an image
        int open = 0;
        int depth = 0; // open image brackets
        int line = 1;
        int lastNoted = 0;
        boolean blank = true; // whether the line so far is only white space
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                if (blank) {
                    open = 0;
                    depth = 0;
                }
                line++;
                blank = true;
                continue;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                blank = false;
            }
            if (c == '\\') {
                i++;
            } else if (c == '!' && i + 1 < n && markdown.charAt(i + 1) == '[') {
                boolean image = depth < MAX_DEPTH;
                if (!image) {
                    if (out == null) {
                        out = markdown.toCharArray();
                    }
                    out[i] = '\u200B';
                    if (lastNoted != line) {
                        notes.add("line " + line + ": an image inside more than " + MAX_DEPTH
                                + " others is read as a link; its text is checked as it stands");
                        lastNoted = line;
                    }
                }
                images.set(open++, image);
                depth += image ? 1 : 0;
                i++;
            } else if (c == '[') {
                images.clear(open++);
            } else if (c == ']' && open > 0) {
                depth -= images.get(--open) ? 1 : 0;
            }
        }
        return out == null ? markdown : new String(out);
    }
}
