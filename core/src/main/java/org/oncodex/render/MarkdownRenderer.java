package org.oncodex.render;

import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.answer.Block;
import org.oncodex.answer.Callout;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.EvidenceTable;
import org.oncodex.answer.Inline;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.RelatedQuestion;
import org.oncodex.answer.Section;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.Term;
import org.oncodex.disclaimers.Placement;
import org.oncodex.model.evidence.TrialResult;

/**
 * Writes an answer as CommonMark: the question as title, a line with the cancer type, date and
 * authorship, header disclaimers as a block quote, the sections, the questions to ask as a
 * numbered list, the key takeaway, sources as footnotes that the text's citation markers point to,
 * related questions, and footer disclaimers after a rule.
 *
 * <p>The document is built as a commonmark-java tree and written by its Markdown renderer, which
 * escapes text: markup in a model's text is shown, never interpreted. Thread-safe.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(FootnotesExtension.create(), TablesExtension.create());
    private final org.commonmark.renderer.markdown.MarkdownRenderer renderer =
            org.commonmark.renderer.markdown.MarkdownRenderer.builder()
                    .extensions(EXTENSIONS)
                    .build();

    /** Creates a renderer. */
    public MarkdownRenderer() {}

    /** The answer as Markdown. */
    public String render(Answer answer) {
        Labels labels = Labels.of(answer);
        Document doc = new Document();
        doc.appendChild(heading(1, answer.question()));
        Paragraph meta = new Paragraph();
        Emphasis metaText = new Emphasis();
        metaText.appendChild(new Text(Layout.meta(answer, labels)));
        meta.appendChild(metaText);
        doc.appendChild(meta);
        List<AnswerDisclaimer> header = answer.disclaimers(Placement.HEADER);
        if (!header.isEmpty()) {
            doc.appendChild(quote(header));
        }
        for (int i = 0; i < answer.sections().size(); i++) {
            Section section = answer.sections().get(i);
            doc.appendChild(heading(2, section.heading()));
            for (Block block : section.blocks()) {
                append(doc, answer, labels, block);
            }
            List<AnswerDisclaimer> inline = answer.disclaimersAfter(i);
            if (!inline.isEmpty()) {
                doc.appendChild(quote(inline));
            }
        }
        doc.appendChild(heading(2, answer.questionsToAsk().heading()));
        OrderedList questions = new OrderedList();
        questions.setTight(true);
        questions.setMarkerStartNumber(1);
        questions.setMarkerDelimiter(".");
        answer.questionsToAsk().questions().forEach(q -> questions.appendChild(item(paragraph(new Text(q)))));
        doc.appendChild(questions);
        answer.keyTakeaway().ifPresent(t -> {
            doc.appendChild(heading(2, labels.keyTakeaway()));
            doc.appendChild(paragraph(new Text(t)));
        });
        if (!answer.sources().isEmpty()) {
            doc.appendChild(heading(2, labels.sources()));
            for (Source source : answer.sources()) {
                FootnoteDefinition definition = new FootnoteDefinition(Integer.toString(source.number()));
                definition.appendChild(paragraph(new Text(References.line(source.citation()))));
                doc.appendChild(definition);
            }
        }
        if (!answer.relatedQuestions().isEmpty()) {
            doc.appendChild(heading(2, labels.relatedQuestions()));
            BulletList related = new BulletList();
            related.setMarker("-");
            related.setTight(true);
            for (RelatedQuestion rq : answer.relatedQuestions()) {
                Paragraph p = paragraph(new Text(rq.question()));
                rq.snippet().ifPresent(s -> {
                    p.appendChild(new Text(" — "));
                    Emphasis e = new Emphasis();
                    e.appendChild(new Text(s));
                    p.appendChild(e);
                });
                related.appendChild(item(p));
            }
            doc.appendChild(related);
        }
        List<AnswerDisclaimer> footer = answer.disclaimers(Placement.FOOTER);
        if (!footer.isEmpty()) {
            doc.appendChild(new ThematicBreak());
            footer.forEach(
                    d -> doc.appendChild(paragraph(new Text(d.disclaimer().text()))));
        }
        return renderer.render(doc);
    }

    private void append(Node parent, Answer answer, Labels labels, Block block) {
        if (block instanceof EvidenceTable t) {
            t.caption().ifPresent(c -> {
                Emphasis e = new Emphasis();
                e.appendChild(new Text(c));
                parent.appendChild(paragraph(e));
            });
            parent.appendChild(table(answer, labels, t));
        } else {
            parent.appendChild(block(answer, labels, block));
        }
    }

    private Node block(Answer answer, Labels labels, Block block) {
        if (block instanceof org.oncodex.answer.Paragraph p) {
            return inlines(answer, new Paragraph(), p.inlines());
        }
        if (block instanceof org.oncodex.answer.BulletList l) {
            BulletList list = new BulletList();
            list.setMarker("-");
            list.setTight(true);
            l.items().forEach(i -> list.appendChild(item(inlines(answer, new Paragraph(), i.inlines()))));
            return list;
        }
        if (block instanceof NumberedList l) {
            OrderedList list = new OrderedList();
            list.setTight(true);
            list.setMarkerStartNumber(1);
            list.setMarkerDelimiter(".");
            l.items().forEach(i -> list.appendChild(item(inlines(answer, new Paragraph(), i.inlines()))));
            return list;
        }
        if (block instanceof Callout c) {
            BlockQuote quote = new BlockQuote();
            Paragraph p = new Paragraph();
            StrongEmphasis label = new StrongEmphasis();
            label.appendChild(new Text(labels.callout(c.kind()) + ":"));
            p.appendChild(label);
            p.appendChild(new Text(" "));
            quote.appendChild(inlines(answer, p, c.inlines()));
            return quote;
        }
        throw new IllegalStateException("tables are appended by append(): " + block);
    }

    private TableBlock table(Answer answer, Labels labels, EvidenceTable t) {
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        TableRow headRow = new TableRow();
        for (String name : labels.tableHeader()) {
            headRow.appendChild(cell(new Text(name), true));
        }
        head.appendChild(headRow);
        table.appendChild(head);
        TableBody body = new TableBody();
        for (TrialResult r : t.results()) {
            TableRow row = new TableRow();
            for (String value : Layout.cells(r)) {
                row.appendChild(cell(new Text(value), false));
            }
            TableCell result = cell(new Text(Statistic.of(r, t.style()).text()), false);
            Layout.sourceNumber(answer, r)
                    .ifPresent(n -> result.appendChild(new FootnoteReference(Integer.toString(n))));
            row.appendChild(result);
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }

    private Paragraph inlines(Answer answer, Paragraph into, List<Inline> inlines) {
        char last = ' ';
        for (Inline inline : inlines) {
            String shown = Layout.shown(inline);
            if (Layout.needsSpace(last, shown)) {
                into.appendChild(new Text(" "));
            }
            if (!shown.isEmpty()) {
                last = inline instanceof Term ? ')' : shown.charAt(shown.length() - 1);
            }
            if (inline instanceof org.oncodex.answer.Text t) {
                into.appendChild(new Text(t.value()));
            } else if (inline instanceof org.oncodex.answer.Emphasis e) {
                Node node = e.strong() ? new StrongEmphasis() : new Emphasis();
                node.appendChild(new Text(e.value()));
                into.appendChild(node);
            } else if (inline instanceof Term term) {
                Emphasis e = new Emphasis();
                e.appendChild(new Text(term.term()));
                into.appendChild(e);
                into.appendChild(new Text(" (" + term.definition() + ")"));
            } else if (inline instanceof Statistic s) {
                into.appendChild(new Text(s.text()));
            }
            if (inline instanceof Statistic || inline instanceof CitationMarker) {
                Optional<Integer> number = Layout.sourceNumber(answer, inline);
                if (number.isPresent()) {
                    into.appendChild(new FootnoteReference(Integer.toString(number.get())));
                    last = ']';
                }
            }
        }
        return into;
    }

    private static BlockQuote quote(List<AnswerDisclaimer> disclaimers) {
        BlockQuote quote = new BlockQuote();
        disclaimers.forEach(
                d -> quote.appendChild(paragraph(new Text(d.disclaimer().text()))));
        return quote;
    }

    private static Heading heading(int level, String text) {
        Heading h = new Heading();
        h.setLevel(level);
        h.appendChild(new Text(text));
        return h;
    }

    private static Paragraph paragraph(Node child) {
        Paragraph p = new Paragraph();
        p.appendChild(child);
        return p;
    }

    private static ListItem item(org.commonmark.node.Block child) {
        ListItem item = new ListItem();
        item.appendChild(child);
        return item;
    }

    private static TableCell cell(Node child, boolean header) {
        TableCell cell = new TableCell();
        cell.setHeader(header);
        cell.appendChild(child);
        return cell;
    }
}
