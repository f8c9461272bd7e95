package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.oncodex.lint.HtmlText.Kind;
import org.oncodex.lint.HtmlText.Shown;

/*
 * A raw HTML block read as the Markdown that would show the same (issue 12): models that answer in
 * HTML write <h2>Sources</h2>, <ol><li>...</li></ol> and <p>, and the reader must find their sections,
 * questions and sources as it does in Markdown. The blocks a browser shows (HtmlText.blocks) become
 * Markdown nodes: <h1>–<h6> headings, <li> items of a list (numbered as an <ol> numbers them), every
 * table's rows paragraphs with each number under its column's header (Tables), every
 * other block a paragraph, its <br> line breaks kept and a bold start kept bold. The text is the text
 * a browser shows, so nothing in the HTML hides from the rules.
 */
/** The Markdown blocks that show what a raw HTML block shows. */
final class HtmlBlocks {
    private HtmlBlocks() {}

    /**
     * Whether {@code fragment} opens a comment it never closes. A browser hides the rest of the page
     * after it, and a renderer that escapes HTML shows it, so what it holds is unread either way.
     */
    static boolean hasUnclosedComment(String fragment) {
        int from = 0;
        while (true) {
            int open = fragment.indexOf("<!--", from);
            if (open < 0) {
                return false;
            }
            // "<!-->" and "<!--->" end where they start, as HTML's parser has it
            if (fragment.startsWith(">", open + 4) || fragment.startsWith("->", open + 4)) {
                from = open + 4;
                continue;
            }
            int close = fragment.indexOf("-->", open + 4);
            if (close < 0) {
                return true;
            }
            from = close + 3;
        }
    }

    /** The headings, lists and paragraphs of {@code fragment}, in order; flat, whatever the HTML's nesting. */
    static List<Node> of(String fragment) {
        List<Shown> shown = HtmlText.blocks(fragment);
        List<Node> out = new ArrayList<>();
        int i = 0;
        while (i < shown.size()) {
            Shown s = shown.get(i);
            if (s.kind() == Kind.HEADING) {
                Heading h = new Heading();
                h.setLevel(s.level());
                h.appendChild(new Text(String.join(" ", s.lines())));
                out.add(h);
                i++;
            } else if (s.kind() == Kind.PARAGRAPH) {
                out.add(paragraph(s));
                i++;
            } else if (s.kind() == Kind.ROW) {
                // the rows of one table, each cell with a number read under its column's header
                List<List<String>> rows = new ArrayList<>();
                int j = i;
                while (j < shown.size()
                        && shown.get(j).kind() == Kind.ROW
                        && java.util.Objects.equals(shown.get(j).list(), s.list())) {
                    rows.add(shown.get(j).cells());
                    j++;
                }
                for (String row : Tables.lines(rows)) {
                    Paragraph p = new Paragraph();
                    p.appendChild(new Text(row));
                    out.add(p);
                }
                i = j;
            } else {
                // the items of one list that follow each other, as one list
                ListBlock list;
                if (s.ordered()) {
                    OrderedList ordered = new OrderedList();
                    ordered.setMarkerStartNumber(s.number());
                    list = ordered;
                } else {
                    list = new BulletList();
                }
                int j = i;
                while (j < shown.size()
                        && shown.get(j).kind() == Kind.ITEM
                        && java.util.Objects.equals(shown.get(j).list(), s.list())
                        && shown.get(j).number() == s.number() + (j - i)) {
                    ListItem item = new ListItem();
                    item.appendChild(paragraph(shown.get(j)));
                    list.appendChild(item);
                    j++;
                }
                out.add(list);
                i = j;
            }
        }
        return out;
    }

    private static Paragraph paragraph(Shown s) {
        Paragraph p = new Paragraph();
        List<String> lines = s.lines();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (k > 0) {
                p.appendChild(new SoftLineBreak());
            }
            if (k == 0 && !s.bold().isEmpty() && line.startsWith(s.bold())) {
                StrongEmphasis strong = new StrongEmphasis("**");
                strong.appendChild(new Text(s.bold()));
                p.appendChild(strong);
                line = line.substring(s.bold().length());
                if (line.isEmpty()) {
                    continue;
                }
            }
            p.appendChild(new Text(line));
        }
        return p;
    }
}
