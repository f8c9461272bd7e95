package org.oncodex.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The web pages an answer links to, read as its sources when it lists none: a web-search answer that cites with
 * links named for the site ("([ascopubs.org](https://...))"), or Markdown reference links whose definitions
 * ("[1]: https://... \"title\"") a renderer hides. Each page once, in the order first linked, as a line of its
 * title (or the link's text) and its address.
 */
final class LinkedSources {
    /** More links than this are no list of sources, and the rest are not read: a bound on the answer's size. */
    static final int MAX = 50;

    private LinkedSources() {}

    /** The lines of the pages {@code doc} links to over http or https, each once. */
    static List<String> of(Node doc) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        // walked with a stack of its own: a recursive visitor overflows on quotes nested thousands deep
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(doc);
        while (!pending.isEmpty() && out.size() < MAX) {
            Node n = pending.pop();
            if (n instanceof Link link) {
                String to = link.getDestination().strip();
                String scheme = to.toLowerCase(Locale.ROOT);
                if ((scheme.startsWith("http://") || scheme.startsWith("https://")) && seen.add(to)) {
                    String title = link.getTitle() == null || link.getTitle().isBlank()
                            ? MarkdownText.of(link).strip()
                            : link.getTitle().strip();
                    out.add((title.isEmpty() ? "" : title + " ") + to);
                }
            }
            // children pushed last first, so they are taken in document order
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                pending.push(c);
            }
        }
        return out;
    }

    /** Adds the pages {@code doc} links to to {@code sources}, with a note of the reader's when there are any. */
    static void read(Node doc, SourceList sources, List<String> notes) {
        List<String> linked = of(doc);
        linked.forEach(sources::add);
        if (!linked.isEmpty()) {
            notes.add(note(linked.size()));
        }
    }

    /** The reader's note when the links are read as the sources. */
    static String note(int pages) {
        return "the answer lists no sources: the " + pages + " web page" + (pages == 1 ? "" : "s") + " it links to "
                + (pages == 1 ? "is" : "are") + " read as its sources";
    }
}
