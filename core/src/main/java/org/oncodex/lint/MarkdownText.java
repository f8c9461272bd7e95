package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/*
 * What a renderer shows of a node, as one line of text for the rules. Raw HTML is read as a browser
 * shows it (HtmlText; inline tags one paragraph at a time, InlineHtml). Code blocks are shown
 * verbatim, so their text is read too; a link's or an image's title is shown as its tooltip.
 *
 * The walk over the tree is iterative: Markdown nests as deep as its author likes (a list nested
 * 8,000 deep is 8,000 levels of nodes), and a recursive walk would end in a StackOverflowError.
 */
final class MarkdownText {
    private MarkdownText() {}

    /** The text of a node and its descendants, line breaks as spaces, footnote references as [^n]. */
    static String of(Node node) {
        return of(node, ' ');
    }

    /**
     * The text of a node and its descendants, as {@link #of(Node)}, with {@code blockBreak} between
     * its blocks: a line break keeps the items of a nested list apart as sentences.
     */
    static String of(Node node, char blockBreak) {
        StringBuilder sb = new StringBuilder();
        InlineHtml tags = new InlineHtml();
        walk(
                node,
                n -> {
                    if (n != node
                            && n instanceof Block
                            && sb.length() > 0
                            && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
                        sb.append(tags.end()).append(blockBreak);
                    }
                    return !leaf(n, sb, tags);
                },
                n -> title(n, sb));
        return sb.append(tags.end()).toString();
    }

    /** The footnote definitions in a document, at any depth, in document order. */
    static List<FootnoteDefinition> footnotes(Node document) {
        List<FootnoteDefinition> found = new ArrayList<>();
        walk(
                document,
                n -> {
                    if (n instanceof FootnoteDefinition d) {
                        found.add(d);
                    }
                    // a definition holds blocks, never another definition; inlines hold no blocks
                    return n instanceof Block && !(n instanceof FootnoteDefinition);
                },
                n -> {});
        return found;
    }

    /**
     * Visits {@code root} and its descendants in document order, into the children of those {@code
     * visit} returns true for, and calls {@code leave} on each node visited once its children are done.
     */
    private static void walk(Node root, Predicate<Node> visit, Consumer<Node> leave) {
        Node n = root;
        while (true) {
            Node child = visit.test(n) ? n.getFirstChild() : null;
            if (child != null) {
                n = child;
                continue;
            }
            leave.accept(n);
            while (n != root && n.getNext() == null) {
                n = n.getParent();
                leave.accept(n);
            }
            if (n == root) {
                return;
            }
            n = n.getNext();
        }
    }

    /** After a link's or an image's text, its title: a browser shows it as the tooltip. */
    private static void title(Node n, StringBuilder sb) {
        String title = n instanceof Link link ? link.getTitle() : n instanceof Image image ? image.getTitle() : null;
        if (title != null && !title.isBlank()) {
            sb.append(' ').append(title).append(' ');
        }
    }

    /** Appends what a leaf shows and returns true; false for a node whose children carry its text. */
    private static boolean leaf(Node n, StringBuilder sb, InlineHtml tags) {
        if (n instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (n instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            sb.append(' ');
        } else if (n instanceof FootnoteReference ref) {
            sb.append("[^").append(ref.getLabel()).append(']');
        } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock) {
            sb.append(block(n));
        } else if (n instanceof HtmlInline html) {
            sb.append(tags.shown(html.getLiteral()));
        } else {
            return false;
        }
        return true;
    }

    /**
     * The lines of a block as shown, split at its line breaks, with each link's address after the
     * link's text unless the text shows it: what a list of sources gives a reader to follow.
     */
    static List<String> lines(Node node) {
        List<String> lines = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        InlineHtml tags = new InlineHtml();
        Node n = node;
        while (true) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                lines.add(sb.toString().strip());
                sb.setLength(0);
            }
            if (n != node && n instanceof Block && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            Node child = n instanceof SoftLineBreak || n instanceof HardLineBreak || leaf(n, sb, tags)
                    ? null
                    : n.getFirstChild();
            if (child != null) {
                n = child;
                continue;
            }
            while (n != node && n.getNext() == null) {
                n = n.getParent();
                address(n, sb);
            }
            if (n == node) {
                lines.add(sb.toString().strip());
                return lines.stream().filter(l -> !l.isEmpty()).toList();
            }
            address(n, sb);
            n = n.getNext();
        }
    }

    /** After a link's text, its title and its address, unless the text shows the address already. */
    private static void address(Node n, StringBuilder sb) {
        title(n, sb);
        if (n instanceof Link link && !link.getDestination().isBlank() && sb.indexOf(link.getDestination()) < 0) {
            sb.append(" ").append(link.getDestination());
        }
    }

    /** The text a block of code or raw HTML shows, on one line; empty for other blocks. */
    static String block(Node n) {
        if (n instanceof FencedCodeBlock code) {
            return oneLine(code.getLiteral());
        }
        if (n instanceof IndentedCodeBlock code) {
            return oneLine(code.getLiteral());
        }
        if (n instanceof HtmlBlock html) {
            return html(html.getLiteral());
        }
        return "";
    }

    /** The text a browser shows of an HTML fragment, white space collapsed. */
    static String html(String fragment) {
        return HtmlText.of(fragment);
    }

    private static String oneLine(String text) {
        return HtmlText.oneLine(text);
    }

    /** The node's first line in the Markdown, from 1; 0 when the parser kept no position. */
    static int line(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                SourceSpan span = at.getSourceSpans().get(0);
                return span.getLineIndex() + 1;
            }
        }
        return 0;
    }

    /** The bold text a paragraph starts with, if it starts with bold text. */
    static Optional<String> strongLead(org.commonmark.node.Paragraph p) {
        Node first = p.getFirstChild();
        if (first instanceof org.commonmark.node.StrongEmphasis
                || (first instanceof org.commonmark.node.Emphasis
                        && first.getFirstChild() instanceof org.commonmark.node.StrongEmphasis)) {
            String t = of(first).strip();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        return Optional.empty();
    }

    /** The number an ordered list starts at: 1 unless its first marker says otherwise. */
    static int startOf(org.commonmark.node.OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }
}
