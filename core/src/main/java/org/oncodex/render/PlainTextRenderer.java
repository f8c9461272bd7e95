package org.oncodex.render;

import java.util.List;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.answer.Block;
import org.oncodex.answer.BulletList;
import org.oncodex.answer.Callout;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.EvidenceTable;
import org.oncodex.answer.Inline;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.Paragraph;
import org.oncodex.answer.RelatedQuestion;
import org.oncodex.answer.Section;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.Term;
import org.oncodex.disclaimers.Placement;
import org.oncodex.model.evidence.TrialResult;

/**
 * Writes an answer as plain text for channels without markup (SMS, e-mail text parts, speech):
 * headings in capitals-free lines followed by a blank line, lists with "- " and "1. ", citation
 * numbers in brackets, sources listed at the end. Thread-safe.
 */
public final class PlainTextRenderer {

    /** Creates a renderer. */
    public PlainTextRenderer() {}

    /** The answer as plain text. */
    public String render(Answer answer) {
        Labels labels = Labels.of(answer);
        StringBuilder t = new StringBuilder(2048);
        t.append(answer.question())
                .append('\n')
                .append(Layout.meta(answer, labels))
                .append("\n\n");
        answer.disclaimers(Placement.HEADER)
                .forEach(d -> t.append(d.disclaimer().text()).append("\n\n"));
        for (int i = 0; i < answer.sections().size(); i++) {
            Section section = answer.sections().get(i);
            t.append(section.heading()).append("\n\n");
            for (Block block : section.blocks()) {
                block(t, answer, labels, block);
            }
            for (AnswerDisclaimer d : answer.disclaimersAfter(i)) {
                t.append(d.disclaimer().text()).append("\n\n");
            }
        }
        t.append(answer.questionsToAsk().heading()).append("\n\n");
        List<String> questions = answer.questionsToAsk().questions();
        for (int i = 0; i < questions.size(); i++) {
            t.append(i + 1).append(". ").append(questions.get(i)).append('\n');
        }
        t.append('\n');
        answer.keyTakeaway()
                .ifPresent(k ->
                        t.append(labels.keyTakeaway()).append("\n\n").append(k).append("\n\n"));
        if (!answer.sources().isEmpty()) {
            t.append(labels.sources()).append("\n\n");
            for (Source s : answer.sources()) {
                t.append('[')
                        .append(s.number())
                        .append("] ")
                        .append(References.line(s.citation()))
                        .append('\n');
            }
            t.append('\n');
        }
        if (!answer.relatedQuestions().isEmpty()) {
            t.append(labels.relatedQuestions()).append("\n\n");
            for (RelatedQuestion rq : answer.relatedQuestions()) {
                t.append("- ").append(rq.question());
                rq.snippet().ifPresent(s -> t.append(" — ").append(s));
                t.append('\n');
            }
            t.append('\n');
        }
        answer.disclaimers(Placement.FOOTER)
                .forEach(d -> t.append(d.disclaimer().text()).append("\n\n"));
        return t.toString().stripTrailing() + "\n";
    }

    private void block(StringBuilder t, Answer answer, Labels labels, Block block) {
        if (block instanceof Paragraph p) {
            inlines(t, answer, p.inlines());
            t.append("\n\n");
        } else if (block instanceof BulletList l) {
            for (Paragraph item : l.items()) {
                t.append("- ");
                inlines(t, answer, item.inlines());
                t.append('\n');
            }
            t.append('\n');
        } else if (block instanceof NumberedList l) {
            for (int i = 0; i < l.items().size(); i++) {
                t.append(i + 1).append(". ");
                inlines(t, answer, l.items().get(i).inlines());
                t.append('\n');
            }
            t.append('\n');
        } else if (block instanceof Callout c) {
            t.append(labels.callout(c.kind())).append(": ");
            inlines(t, answer, c.inlines());
            t.append("\n\n");
        } else if (block instanceof EvidenceTable table) {
            table.caption().ifPresent(c -> t.append(c).append('\n'));
            for (TrialResult r : table.results()) {
                t.append("- ").append(String.join("; ", Layout.cells(r))).append(": ");
                t.append(Statistic.of(r, table.style()).text());
                Layout.sourceNumber(answer, r)
                        .ifPresent(n -> t.append(" [").append(n).append(']'));
                t.append('\n');
            }
            t.append('\n');
        }
    }

    private void inlines(StringBuilder t, Answer answer, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (t.length() > 0 && Layout.needsSpace(t.charAt(t.length() - 1), Layout.shown(inline))) {
                t.append(' ');
            }
            if (inline instanceof Term term) {
                t.append(term.term()).append(" (").append(term.definition()).append(')');
            } else {
                t.append(inline.plainText());
            }
            if (inline instanceof Statistic || inline instanceof CitationMarker) {
                Layout.sourceNumber(answer, inline)
                        .ifPresent(n -> t.append(" [").append(n).append(']'));
            }
        }
    }
}
