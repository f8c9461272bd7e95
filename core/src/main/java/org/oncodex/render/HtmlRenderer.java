package org.oncodex.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.answer.Block;
import org.oncodex.answer.BulletList;
import org.oncodex.answer.Callout;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.Emphasis;
import org.oncodex.answer.EvidenceTable;
import org.oncodex.answer.Inline;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.Paragraph;
import org.oncodex.answer.RelatedQuestion;
import org.oncodex.answer.Section;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.Term;
import org.oncodex.answer.Text;
import org.oncodex.disclaimers.Placement;
import org.oncodex.disclaimers.RenderedDisclaimer;
import org.oncodex.model.evidence.TrialResult;

/**
 * Writes an answer as an HTML fragment of semantic elements: an {@code <article>} with a {@code
 * <header>} (title, meta line, header disclaimers), one {@code <section>} per part, and a {@code
 * <footer>}. Disclaimers stand in {@code <aside class="oncodex-disclaimer">} elements that carry
 * their id, version, kind and language as {@code data-} attributes.
 *
 * <p>Safe to embed: every text and attribute value is escaped, so markup in a model's text is shown
 * as text; the only links are the sources' own http, https or DOI addresses. Thread-safe.
 */
public final class HtmlRenderer {
    private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

    /** Creates a renderer. */
    public HtmlRenderer() {}

    /** The answer as an HTML fragment. */
    public String render(Answer answer) {
        Labels labels = Labels.of(answer);
        StringBuilder h = new StringBuilder(4096);
        h.append("<article class=\"oncodex-answer\" lang=\"")
                .append(attr(answer.locale().toLanguageTag()))
                .append("\">\n<header>\n<h1>")
                .append(text(answer.question()))
                .append("</h1>\n<p class=\"oncodex-meta\">")
                .append(text(Layout.meta(answer, labels)))
                .append("</p>\n");
        answer.disclaimers(Placement.HEADER).forEach(d -> disclaimer(h, d));
        h.append("</header>\n");
        for (int i = 0; i < answer.sections().size(); i++) {
            Section section = answer.sections().get(i);
            h.append("<section>\n<h2>").append(text(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                block(h, answer, labels, block);
            }
            answer.disclaimersAfter(i).forEach(d -> disclaimer(h, d));
            h.append("</section>\n");
        }
        h.append("<section class=\"oncodex-questions\">\n<h2>")
                .append(text(answer.questionsToAsk().heading()))
                .append("</h2>\n<ol>\n");
        answer.questionsToAsk()
                .questions()
                .forEach(q -> h.append("<li>").append(text(q)).append("</li>\n"));
        h.append("</ol>\n</section>\n");
        answer.keyTakeaway()
                .ifPresent(t -> h.append("<section class=\"oncodex-takeaway\">\n<h2>")
                        .append(text(labels.keyTakeaway()))
                        .append("</h2>\n<p>")
                        .append(text(t))
                        .append("</p>\n</section>\n"));
        if (!answer.sources().isEmpty()) {
            h.append("<section class=\"oncodex-sources\">\n<h2>")
                    .append(text(labels.sources()))
                    .append("</h2>\n<ol>\n");
            for (Source s : answer.sources()) {
                h.append("<li id=\"source-").append(s.number()).append("\">");
                String description = References.describe(s.citation());
                h.append(text(description));
                List<String> ids = References.identifiers(s.citation());
                String link = References.link(s.citation());
                if (!ids.isEmpty()) {
                    h.append(description.isEmpty() ? "" : " ");
                    if (link.isEmpty()) {
                        h.append(text(String.join(". ", ids)));
                    } else {
                        h.append("<a href=\"")
                                .append(attr(link))
                                .append("\">")
                                .append(text(String.join(". ", ids)))
                                .append("</a>");
                    }
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n</section>\n");
        }
        if (!answer.relatedQuestions().isEmpty()) {
            h.append("<section class=\"oncodex-related\">\n<h2>")
                    .append(text(labels.relatedQuestions()))
                    .append("</h2>\n<ul>\n");
            for (RelatedQuestion rq : answer.relatedQuestions()) {
                h.append("<li>").append(text(rq.question()));
                rq.snippet()
                        .ifPresent(s -> h.append(" — <span class=\"oncodex-snippet\">")
                                .append(text(s))
                                .append("</span>"));
                h.append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        List<AnswerDisclaimer> footer = answer.disclaimers(Placement.FOOTER);
        if (!footer.isEmpty()) {
            h.append("<footer>\n");
            footer.forEach(d -> disclaimer(h, d));
            h.append("</footer>\n");
        }
        return h.append("</article>\n").toString();
    }

    private void block(StringBuilder h, Answer answer, Labels labels, Block block) {
        if (block instanceof Paragraph p) {
            h.append("<p>");
            inlines(h, answer, p.inlines());
            h.append("</p>\n");
        } else if (block instanceof BulletList l) {
            list(h, answer, "ul", l.items());
        } else if (block instanceof NumberedList l) {
            list(h, answer, "ol", l.items());
        } else if (block instanceof Callout c) {
            h.append("<aside class=\"oncodex-callout oncodex-callout-")
                    .append(c.kind().name().toLowerCase(Locale.ROOT))
                    .append("\" role=\"note\"><p><strong>")
                    .append(text(labels.callout(c.kind())))
                    .append(":</strong> ");
            inlines(h, answer, c.inlines());
            h.append("</p></aside>\n");
        } else if (block instanceof EvidenceTable t) {
            table(h, answer, labels, t);
        }
    }

    private void list(StringBuilder h, Answer answer, String tag, List<Paragraph> items) {
        h.append('<').append(tag).append(">\n");
        for (Paragraph item : items) {
            h.append("<li>");
            inlines(h, answer, item.inlines());
            h.append("</li>\n");
        }
        h.append("</").append(tag).append(">\n");
    }

    private void table(StringBuilder h, Answer answer, Labels labels, EvidenceTable t) {
        h.append("<table class=\"oncodex-evidence\">\n");
        t.caption().ifPresent(c -> h.append("<caption>").append(text(c)).append("</caption>\n"));
        h.append("<thead><tr>");
        for (String name : labels.tableHeader()) {
            h.append("<th scope=\"col\">").append(text(name)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (TrialResult r : t.results()) {
            h.append("<tr data-result-id=\"").append(attr(r.id())).append("\">");
            for (String cell : Layout.cells(r)) {
                h.append("<td>").append(text(cell)).append("</td>");
            }
            h.append("<td>").append(text(Statistic.of(r, t.style()).text()));
            Layout.sourceNumber(answer, r).ifPresent(n -> marker(h, n));
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private void inlines(StringBuilder h, Answer answer, List<Inline> inlines) {
        char last = ' ';
        for (Inline inline : inlines) {
            String shown = Layout.shown(inline);
            if (Layout.needsSpace(last, shown)) {
                h.append(' ');
            }
            if (!shown.isEmpty()) {
                last = shown.charAt(shown.length() - 1);
            }
            if (inline instanceof Text t) {
                h.append(text(t.value()));
            } else if (inline instanceof Emphasis e) {
                String tag = e.strong() ? "strong" : "em";
                h.append('<')
                        .append(tag)
                        .append('>')
                        .append(text(e.value()))
                        .append("</")
                        .append(tag)
                        .append('>');
            } else if (inline instanceof Term term) {
                h.append("<dfn title=\"")
                        .append(attr(term.definition()))
                        .append("\">")
                        .append(text(term.term()))
                        .append("</dfn>");
            } else if (inline instanceof Statistic s) {
                h.append("<span class=\"oncodex-statistic\" data-result-id=\"")
                        .append(attr(s.result().id()))
                        .append("\">")
                        .append(text(s.text()))
                        .append("</span>");
            }
            if (inline instanceof Statistic || inline instanceof CitationMarker) {
                Optional<Integer> number = Layout.sourceNumber(answer, inline);
                if (number.isPresent()) {
                    marker(h, number.get());
                    last = ']';
                }
            }
        }
    }

    private static void marker(StringBuilder h, int number) {
        h.append("<sup class=\"oncodex-cite\"><a href=\"#source-")
                .append(number)
                .append("\">")
                .append(number)
                .append("</a></sup>");
    }

    private static void disclaimer(StringBuilder h, AnswerDisclaimer placed) {
        RenderedDisclaimer d = placed.disclaimer();
        h.append("<aside class=\"oncodex-disclaimer\" data-disclaimer-id=\"")
                .append(attr(d.id()))
                .append("\" data-disclaimer-version=\"")
                .append(d.version())
                .append("\" data-disclaimer-kind=\"")
                .append(attr(d.kind().name()))
                .append("\" lang=\"")
                .append(attr(d.locale().toLanguageTag()))
                .append("\"><p>")
                .append(text(d.text()))
                .append("</p></aside>\n");
    }

    private static String text(String s) {
        return ESCAPE.escape(s);
    }

    private static String attr(String s) {
        return ESCAPE.escape(s);
    }
}
