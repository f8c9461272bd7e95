package org.oncodex.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/*
 * The text a browser shows of raw HTML, read with jsoup, a real HTML parser: text inside <div>, <p> or
 * <details> as a browser shows it; comments, scripts and templates are not shown, so not read.
 *
 * A browser shows more than the text between tags, and all of it reached patients unread (issue 16):
 * an attribute's words (a tooltip's title, an image's alternative text, a field's value or
 * placeholder, an option's label), a frame's srcdoc (a whole document: read to a few levels, then as
 * its raw text), the strings a style sheet puts on the page (content: "..."), and text whose direction
 * <bdo> or a style overrides, shown reversed. The override is kept as the Unicode control characters
 * (U+202E or U+202D ... U+202C) around the text, which the rules put in the order it is shown in.
 */
/** The text a browser shows of an HTML fragment. */
final class HtmlText {
    private static final Set<String> BREAKS =
            Set.of("br", "summary", "details", "td", "th", "tr", "li", "dt", "dd", "caption", "figcaption", "hr");
    /** Inputs whose value is not shown as it is. */
    private static final Set<String> UNSHOWN_VALUES =
            Set.of("hidden", "password", "checkbox", "radio", "file", "image");

    static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    static final char LEFT_TO_RIGHT_OVERRIDE = '\u202D';
    static final char POP_DIRECTION = '\u202C';

    /** How many frames inside frames are read as documents; deeper ones are read as their raw text. */
    private static final int FRAME_DEPTH = 3;

    private HtmlText() {}

    /** The text a browser shows of {@code fragment}, white space collapsed. */
    static String of(String fragment) {
        return of(fragment, 0);
    }

    private static String of(String fragment, int frames) {
        if (fragment.indexOf('<') < 0 && fragment.indexOf('&') < 0) {
            return oneLine(fragment);
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(org.jsoup.nodes.Node node, int depth) {
                        if (node instanceof TextNode t) {
                            text.append(t.text());
                        } else if (node instanceof Element e) {
                            boundary(e, text);
                            text.append(attributes(e, frames));
                            if (e.normalName().equals("style")) {
                                text.append(' ').append(styleStrings(e.data())).append(' ');
                            }
                            char override = override(e);
                            if (override != 0) {
                                text.append(override);
                            }
                        }
                    }

                    @Override
                    public void tail(org.jsoup.nodes.Node node, int depth) {
                        if (node instanceof Element e) {
                            if (override(e) != 0) {
                                text.append(POP_DIRECTION);
                            }
                            boundary(e, text);
                        }
                    }
                },
                Jsoup.parseBodyFragment(fragment).body());
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** What a block of HTML is shown as, as Markdown would write it. */
    enum Kind {
        HEADING,
        PARAGRAPH,
        ITEM,
        /** A table's row, its cells apart: {@link Shown#cells()}. */
        ROW
    }

    /**
     * One block a browser shows of an HTML fragment: a heading (its level), a paragraph, or an item of
     * the list {@code list} (numbered {@code number} when the list is ordered). Its lines are split at
     * {@code <br>}; {@code bold} is the bold text it starts with, or empty. A row's {@code list} is its
     * table.
     */
    record Shown(
            Kind kind,
            int level,
            List<String> lines,
            String bold,
            @Nullable Element list,
            boolean ordered,
            int number) {
        /** The cells of a row. */
        List<String> cells() {
            return java.util.Arrays.stream(String.join(" ", lines).split(" ?\\| ?", -1))
                    .map(String::strip)
                    .toList();
        }
    }

    private static final Set<String> CELLS = Set.of("td", "th");

    /**
     * The blocks a browser shows of {@code fragment}, in order: headings ({@code <h1>}–{@code <h6>}), list
     * items ({@code <li>}), and paragraphs of the text of every other block ({@code <p>}, {@code <div>}, a
     * table's row, ...), with the same text {@link #of(String)} reads. Text a block holds after a block
     * nested in it is a paragraph of its own. One iterative walk: linear in the fragment, at any nesting.
     */
    static List<Shown> blocks(String fragment) {
        Blocks walk = new Blocks();
        NodeTraversor.traverse(walk, Jsoup.parseBodyFragment(fragment).body());
        walk.flush(null);
        return walk.out;
    }

    /** The walk behind {@link #blocks(String)}: text gathers until a block opens or closes. */
    private static final class Blocks implements NodeVisitor {
        /** The blocks open around the text being read, innermost first, and whether each gave a block yet. */
        private final Deque<Element> open = new ArrayDeque<>();

        private final IdentityHashMap<Element, Boolean> given = new IdentityHashMap<>();
        /** How many items each list has shown so far, and the number of each item. */
        private final IdentityHashMap<Element, Integer> counted = new IdentityHashMap<>();

        private final IdentityHashMap<Element, Integer> numbers = new IdentityHashMap<>();
        private final List<Shown> out = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private @Nullable Element boldOpen;
        private String bold = "";
        private boolean boldAllowed = true;
        /** Whether the text of the line being read shows anything but white space. */
        private boolean inked;
        /** How many cells of the row being read have opened. */
        private int cells;

        private void add(String words) {
            text.append(words);
            inked |= !words.isBlank();
        }

        @Override
        public void head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    boldAllowed &= boldOpen != null;
                }
                add(t.text());
                return;
            }
            if (!(node instanceof Element e) || e.normalName().equals("body")) {
                return;
            }
            if (block(e)) {
                flush(open.peek());
                open.push(e);
                Element list = e.parent();
                if (e.normalName().equals("li") && list != null) {
                    numbers.put(e, start(list) + counted.merge(list, 1, Integer::sum) - 1);
                }
            } else if (e.normalName().equals("br")) {
                line();
            } else if (BREAKS.contains(e.normalName())) {
                text.append(CELLS.contains(e.normalName()) && cells++ > 0 ? " | " : " ");
            } else if ((e.normalName().equals("strong") || e.normalName().equals("b"))
                    && boldOpen == null
                    && boldAllowed
                    && lines.isEmpty()
                    && !inked) {
                boldOpen = e;
            }
            String words = attributes(e, 0);
            if (!words.isBlank()) {
                boldAllowed = false;
            }
            add(words);
            if (e.normalName().equals("style")) {
                add(" " + styleStrings(e.data()) + " ");
            }
            char override = override(e);
            if (override != 0) {
                text.append(override);
            }
        }

        @Override
        public void tail(org.jsoup.nodes.Node node, int depth) {
            if (!(node instanceof Element e) || e.normalName().equals("body")) {
                return;
            }
            if (override(e) != 0) {
                text.append(POP_DIRECTION);
            }
            if (e.equals(boldOpen)) { // jsoup's nodes are equal only to themselves
                boldOpen = null;
                bold = lines.isEmpty() ? text.toString().strip().replaceAll("\\s+", " ") : "";
                boldAllowed = false;
            }
            if (block(e) && e.equals(open.peek())) {
                flush(e);
                open.pop();
            } else if (BREAKS.contains(e.normalName())) {
                text.append(' ');
            }
        }

        /** Blocks a browser shows apart; a table's cells are shown in its row. */
        private static boolean block(Element e) {
            String name = e.normalName();
            return (!e.tag().isInline() || name.equals("li"))
                    && !CELLS.contains(name)
                    && !name.equals("br")
                    && !name.equals("hr");
        }

        private void line() {
            String l = text.toString().strip().replaceAll("\\s+", " ");
            if (!l.isEmpty()) {
                lines.add(l);
            }
            text.setLength(0);
            inked = false;
        }

        /** The text read so far as a block of {@code in} (a paragraph when it is none or gave its block). */
        void flush(@Nullable Element in) {
            line();
            if (!lines.isEmpty()) {
                Kind kind = Kind.PARAGRAPH;
                int level = 0;
                if (in != null && given.put(in, Boolean.TRUE) == null) {
                    String name = in.normalName();
                    if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                        kind = Kind.HEADING;
                        level = name.charAt(1) - '0';
                    } else if (name.equals("li")) {
                        kind = Kind.ITEM;
                    } else if (name.equals("tr")) {
                        kind = Kind.ROW;
                    }
                }
                if (kind == Kind.ITEM && in != null) {
                    Element list = in.parent();
                    boolean ordered = list != null && list.normalName().equals("ol");
                    out.add(new Shown(
                            kind, level, List.copyOf(lines), bold, list, ordered, numbers.getOrDefault(in, 1)));
                } else if (kind == Kind.ROW && in != null) {
                    out.add(new Shown(kind, level, List.copyOf(lines), bold, table(in), false, 0));
                } else {
                    out.add(new Shown(kind, level, List.copyOf(lines), bold, null, false, 0));
                }
            }
            lines.clear();
            cells = 0;
            bold = "";
            boldOpen = null;
            boldAllowed = true;
        }

        /** The table a row stands in: its parent, or the parent of its {@code <tbody>} or {@code <thead>}. */
        private static @Nullable Element table(Element row) {
            Element up = row.parent();
            return up != null && !up.normalName().equals("table") ? up.parent() : up;
        }

        private static int start(Element list) {
            if (!list.hasAttr("start")) {
                return 1;
            }
            try {
                return Integer.parseInt(list.attr("start").strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /**
     * The words of an element's attributes a browser shows: a tooltip's title, an image's alternative
     * text, a field's value or placeholder, an option's label, a frame's srcdoc; each with a space on
     * either side, or nothing.
     */
    static String attributes(Element e, int frames) {
        StringBuilder out = new StringBuilder();
        String name = e.normalName();
        shown(e, "title", out);
        if (name.equals("img") || name.equals("area") || (name.equals("input") && type(e).equals("image"))) {
            shown(e, "alt", out);
        }
        if (name.equals("input") || name.equals("textarea")) {
            shown(e, "placeholder", out);
        }
        if (name.equals("input") && !UNSHOWN_VALUES.contains(type(e))) {
            shown(e, "value", out);
        }
        if (name.equals("option") || name.equals("optgroup")) {
            shown(e, "label", out);
        }
        if (name.equals("iframe") && e.hasAttr("srcdoc")) {
            String document = e.attr("srcdoc");
            out.append(' ')
                    .append(frames < FRAME_DEPTH ? of(document, frames + 1) : oneLine(document))
                    .append(' ');
        }
        return out.toString();
    }

    private static void shown(Element e, String attribute, StringBuilder out) {
        if (e.hasAttr(attribute) && !e.attr(attribute).isBlank()) {
            out.append(' ').append(e.attr(attribute)).append(' ');
        }
    }

    private static String type(Element e) {
        return e.attr("type").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The direction an element forces on its text, as the control character that forces it: {@code
     * <bdo dir="rtl">} or a style with {@code unicode-bidi: bidi-override; direction: rtl}; 0 for none.
     */
    static char override(Element e) {
        String direction;
        if (e.normalName().equals("bdo")) {
            direction = e.attr("dir");
        } else {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (!style.contains("bidi-override") && !style.contains("isolate-override")) {
                return 0;
            }
            direction = style.contains("direction:rtl") ? "rtl" : style.contains("direction:ltr") ? "ltr" : "";
        }
        direction = direction.strip().toLowerCase(Locale.ROOT);
        return direction.equals("rtl") ? RIGHT_TO_LEFT_OVERRIDE : direction.equals("ltr") ? LEFT_TO_RIGHT_OVERRIDE : 0;
    }

    /**
     * The quoted strings a style sheet shows with {@code content: "..."}, separated by spaces. One pass:
     * an unclosed string ends the sheet, as it does for a browser.
     */
    static String styleStrings(String css) {
        StringBuilder out = new StringBuilder();
        int i = css.indexOf("content");
        while (i >= 0) {
            int at = i + "content".length();
            while (at < css.length() && (css.charAt(at) == ' ' || css.charAt(at) == '\t' || css.charAt(at) == '\n')) {
                at++;
            }
            if (at < css.length() && css.charAt(at) == ':') {
                at++;
                while (at < css.length() && Character.isWhitespace(css.charAt(at))) {
                    at++;
                }
                if (at < css.length() && (css.charAt(at) == '"' || css.charAt(at) == '\'')) {
                    int close = css.indexOf(css.charAt(at), at + 1);
                    if (close < 0) {
                        return out.append(css, at + 1, css.length()).toString();
                    }
                    out.append(' ').append(css, at + 1, close);
                    at = close + 1;
                }
            }
            i = css.indexOf("content", at);
        }
        return out.toString();
    }

    /**
     * A space where a browser breaks the line (a block, a cell, a summary, a line break), and nowhere
     * else: "cu<b>r</b>es" shows as one word, and must be read as one.
     */
    private static void boundary(Element e, StringBuilder text) {
        if (!e.tag().isInline() || BREAKS.contains(e.normalName())) {
            text.append(' ');
        }
    }

    static String oneLine(String text) {
        return text.strip().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
