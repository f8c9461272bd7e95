package org.oncodex.lint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/*
 * Inline HTML in a paragraph comes one tag at a time (commonmark gives "<bdo dir=rtl>", the text, then
 * "</bdo>" as three nodes), so what a tag does to the text after it is known only by remembering the
 * tags still open: a direction override runs from its opening tag to the matching closing one. This
 * keeps the open elements of one paragraph on a stack. A closing tag with no element of its name open
 * is ignored, as a browser ignores it, without searching the stack: a count per name says whether
 * there is one, so each element is pushed and popped once and the work stays linear.
 */
/** The inline HTML tags of one paragraph, read in order: the text each shows, and the overrides it opens and closes. */
final class InlineHtml {
    private final Deque<String> names = new ArrayDeque<>();
    private final Deque<Character> overrides = new ArrayDeque<>();
    private final Map<String, Integer> open = new HashMap<>();

    /** What a tag (or comment) of the paragraph shows, given the tags before it. */
    String shown(String literal) {
        String t = literal.strip();
        if (t.startsWith("</")) {
            return close(name(t, 2));
        }
        if (t.length() < 2 || !Character.isLetter(t.charAt(1))) {
            return HtmlText.of(literal); // a comment, a declaration, a processing instruction
        }
        Element e = Jsoup.parseBodyFragment(literal).body().firstElementChild();
        if (e == null) {
            return HtmlText.of(literal);
        }
        String shown = HtmlText.attributes(e, 0);
        if (e.tag().isSelfClosing() || e.tag().isEmpty()) {
            return shown;
        }
        char override = HtmlText.override(e);
        names.push(e.normalName());
        overrides.push(override);
        open.merge(e.normalName(), 1, Integer::sum);
        return override == 0 ? shown : shown + override;
    }

    /** What closing the paragraph shows: the end of each override still open. */
    String end() {
        StringBuilder out = new StringBuilder();
        for (char override : overrides) {
            if (override != 0) {
                out.append(HtmlText.POP_DIRECTION);
            }
        }
        names.clear();
        overrides.clear();
        open.clear();
        return out.toString();
    }

    private String close(String name) {
        if (open.getOrDefault(name, 0) == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        while (!names.isEmpty()) {
            String top = names.pop();
            char override = overrides.pop();
            open.merge(top, -1, Integer::sum);
            if (override != 0) {
                out.append(HtmlText.POP_DIRECTION);
            }
            if (top.equals(name)) {
                break;
            }
        }
        return out.toString();
    }

    private static String name(String tag, int from) {
        int end = from;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
            end++;
        }
        return tag.substring(from, end).toLowerCase(Locale.ROOT);
    }
}
