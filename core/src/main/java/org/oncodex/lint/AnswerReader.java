package org.oncodex.lint;

import com.google.common.base.Splitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.jspecify.annotations.Nullable;
import org.oncodex.answer.Answer;
import org.oncodex.answer.Block;
import org.oncodex.answer.Callout;
import org.oncodex.answer.Inline;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.Provenance;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.answer.RelatedQuestion;
import org.oncodex.answer.Section;
import org.oncodex.answer.internal.ReaderNotes;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.lint.Headings.Part;
import org.oncodex.model.CancerType;
import org.oncodex.model.evidence.Citation;

/** One reading of one Markdown answer; see {@link MarkdownAnswers} for the shapes it reads. */
final class AnswerReader {
    private final String markdown;
    private final ReadOptions options;
    private @Nullable String question;
    private @Nullable CancerType cancerType;
    private @Nullable LocalDate date;
    private @Nullable Provenance provenance;
    private final List<Section> sections = new ArrayList<>();
    private @Nullable String heading;
    private int headingLevel;
    private final List<Block> blocks = new ArrayList<>();
    private @Nullable String questionsHeading;
    private final List<String> questions = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private @Nullable String takeaway;
    private final List<RelatedQuestion> related = new ArrayList<>();
    private final SourceList sources = new SourceList();
    private QuestionLists.@Nullable Lone lone; // a paragraph of first-person questions outside the questions part
    private final Disclaimers disclaimers;
    /** How many disclaimers were read when the part being read opened. */
    private int disclaimersAtOpen;

    private boolean footer;
    private boolean bylineRead;
    private Part part = Part.CONTENT;
    private int line;

    /** The runs of the answer's paragraphs, with their citations of the sources read so far. */
    private final InlineRuns runs;

    AnswerReader(String markdown, ReadOptions options) {
        this(markdown, options, Map.of());
    }

    private AnswerReader(String markdown, ReadOptions options, Map<String, Citation> numbered) {
        this.markdown = markdown;
        this.options = options;
        this.runs = new InlineRuns(numbered, sources);
        this.disclaimers = new Disclaimers(options.catalog(), options.locale(), options.localeGiven());
    }

    /** The answer; a first reading finds the numbered sources that bracketed numbers in the text cite. */
    Answer read() {
        String text = markdown.length() > options.maxChars() ? markdown.substring(0, options.maxChars()) : markdown;
        List<String> runs = new ArrayList<>();
        text = DelimiterRuns.capped(text, runs);
        text = Indentation.capped(text, runs);
        text = ImageNesting.capped(text, runs);
        AnswerReader first = new AnswerReader(text, options, Map.of());
        first.traverse();
        AnswerReader reader = new AnswerReader(text, options, first.sources.labels());
        if (text.length() < markdown.length()) {
            reader.unreadable.add("the answer is " + markdown.length() + " characters long, above the limit of "
                    + options.maxChars() + " (ReadOptions.maxChars); only the first " + options.maxChars()
                    + " were read");
        }
        reader.unreadable.addAll(runs);
        reader.traverse();
        return reader.build();
    }

    private void traverse() {
        Node doc;
        try {
            doc = MarkdownAnswers.parser().parse(markdown);
        } catch (StackOverflowError e) {
            // commonmark matches some constructs (an HTML tag's attributes) with recursive regular expressions
            unreadable.add("the Markdown nests deeper than its parser can follow (such as an HTML tag with"
                    + " thousands of attributes); its text is checked as one paragraph");
            doc = new Document();
            HtmlBlock whole = new HtmlBlock();
            whole.setLiteral(markdown);
            doc.appendChild(whole);
        }
        // footnote definitions first: the text's references point at them wherever they stand, in a
        // block quote or a list item as well
        for (FootnoteDefinition d : MarkdownText.footnotes(doc)) {
            SourceItems.citation(String.join(" ", MarkdownText.lines(d)))
                    .ifPresent(c -> sources.define(d.getLabel(), c));
        }
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            line = MarkdownText.line(n);
            node(n, 1);
        }
        closeSection(0);
        if (questions.isEmpty() && lone != null) {
            questions.addAll(lone.questions());
            notes.add(lone.note());
        }
        if (sources.isEmpty()) {
            LinkedSources.read(doc, sources, notes);
        }
    }

    private Answer build() {
        if (question == null && options.question().isEmpty()) {
            notes.add(ReaderNotes.NO_QUESTION);
        }
        Answer.Builder b = Answer.unchecked()
                .question(options.question().orElse(question == null ? "" : question))
                .audience(options.audience())
                .date(date == null ? LocalDate.EPOCH : date)
                .locale(options.locale())
                .provenance(provenance())
                .disclaimers(disclaimers.found())
                .sections(sections)
                .questionsToAsk(
                        questionsHeading == null
                                ? QuestionsToAsk.of(questions)
                                : QuestionsToAsk.of(questionsHeading, questions))
                .sources(sources.numbered())
                .relatedQuestions(related)
                .unreadable(unreadable)
                .readerNotes(notes);
        CancerType topic = cancerType != null
                ? cancerType
                : Byline.cancerTypeAskedAbout(options.question().orElse(question), options.evidence());
        if (topic != null) {
            b.cancerType(topic);
        }
        if (takeaway != null) {
            b.keyTakeaway(takeaway);
        }
        return b.build();
    }

    private Provenance provenance() {
        @Nullable Provenance given = options.provenance().orElse(provenance); // the caller's, else the byline's
        if (given != null) {
            return given;
        }
        boolean ai = disclaimers.found().stream().anyMatch(d -> d.disclaimer().kind() == DisclaimerKind.AI_GENERATED);
        return ai ? Provenance.aiGenerated("unnamed AI system") : Provenance.humanWritten("unknown author");
    }

    /** Reads a top-level block, or one in block quotes nested {@code depth} deep. */
    private void node(Node n, int depth) {
        if (n instanceof FootnoteDefinition) {
            return;
        }
        if (n instanceof HtmlBlock html) {
            disclaimers.marker(html.getLiteral());
            if (HtmlBlocks.hasUnclosedComment(html.getLiteral())) {
                unreadable.add("line " + MarkdownText.line(html) + ": an HTML comment (\"<!--\") is never closed:"
                        + " a browser hides everything after it, other renderers show it; close it with \"-->\"");
            }
            // read as the Markdown that shows the same: its headings, lists and paragraphs
            for (Node shown : HtmlBlocks.of(html.getLiteral())) {
                node(shown, depth);
            }
            return;
        }
        if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            shown(MarkdownText.block(n));
            return;
        }
        if (n instanceof Heading h) {
            heading(h);
            return;
        }
        if (n instanceof ThematicBreak) {
            thematicBreak();
            return;
        }
        if (n instanceof Paragraph p) {
            paragraph(p);
            return;
        }
        if (n instanceof BlockQuote q && depth > MarkdownAnswers.MAX_QUOTE_DEPTH) {
            unreadable.add("line " + MarkdownText.line(q) + ": block quotes nested deeper than "
                    + MarkdownAnswers.MAX_QUOTE_DEPTH + "; their text is checked as one paragraph");
            String text = MarkdownText.of(q);
            if (!text.isBlank()) {
                blocks.add(org.oncodex.answer.Paragraph.of(text));
            }
            return;
        }
        if (n instanceof BlockQuote q) {
            quote(q, depth);
            return;
        }
        if (n instanceof ListBlock list) {
            list(list);
            return;
        }
        if (n instanceof TableBlock table) {
            table(table);
            return;
        }
        String text = MarkdownText.of(n);
        if (!text.isBlank()) {
            blocks.add(org.oncodex.answer.Paragraph.of(text));
        }
    }

    /** A block of code or raw HTML, read as a paragraph of the text a renderer shows of it. */
    private void shown(String text) {
        if (!text.isBlank()) {
            paragraph(text, List.of(org.oncodex.answer.Text.of(text)), List.of(text));
        }
    }

    /** The marker line of a GitHub alert: "[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]". */
    private static final java.util.regex.Pattern GITHUB_ALERT = java.util.regex.Pattern.compile(
            "\\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);

    private void quote(BlockQuote q, int depth) {
        for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p) {
                String text = MarkdownText.of(p);
                // a GitHub alert ("> [!IMPORTANT]"): its marker is shown as a title, its text as a note
                java.util.regex.Matcher alert = GITHUB_ALERT.matcher(text);
                boolean isAlert = alert.lookingAt();
                if (isAlert) {
                    text = text.substring(alert.end()).strip();
                }
                Optional<Headings.Lead> lead = Headings.lead(text);
                String said = lead.filter(l -> l.part() == Part.DISCLAIMER)
                        .map(Headings.Lead::rest)
                        .orElse(text);
                if (recognise(said) == Disclaimers.Reading.DISCLAIMER) {
                    continue;
                }
                if (part == Part.CONTENT || part == Part.DISCLAIMER || (isAlert && part == Part.QUESTIONS)) {
                    blocks.add(Callout.of(Callout.Kind.NOTE, runs.of(p)));
                } else {
                    paragraph(p);
                }
            } else {
                node(c, depth + 1);
            }
        }
    }

    private void heading(Heading h) {
        String text = MarkdownText.of(h).strip();
        if (h.getLevel() == 1 && question == null && sections.isEmpty() && blocks.isEmpty()) {
            question = text;
            return;
        }
        if (question == null && sections.isEmpty() && blocks.isEmpty() && text.endsWith("?")) {
            question = text;
            notes.add("line " + line + ": the first heading, a question, is taken as the answer's question");
            return;
        }
        open(Headings.of(text), Headings.clean(text), h.getLevel());
    }

    /** Starts a part of the answer under {@code text}, a heading at {@code level} (0 for a bold line). */
    private void open(Part next, String text, int level) {
        closeSection(level == 0 ? Integer.MAX_VALUE : level); // a bold line under a heading is its child (batch 13)
        disclaimersAtOpen = disclaimers.count();
        footer = false;
        part = next;
        heading = text;
        headingLevel = level;
        if (next == Part.QUESTIONS) {
            questionsHeading = text;
            questions.clear();
        }
        // a sources, takeaway or related heading's words after its name are shown ("## Sources — it cures"): content
        Optional<Headings.Named> named = Headings.named(text);
        if (next != Part.QUESTIONS && next != Part.CONTENT && named.isPresent()) {
            heading = named.get().name();
            blocks.add(org.oncodex.answer.Paragraph.of(named.get().rest()));
            notes.add("line " + line + ": the words of the heading \"" + text + "\" after \""
                    + named.get().name() + "\" are read as content");
        }
    }

    private void thematicBreak() {
        footer = true;
        if (part != Part.CONTENT) {
            closeSection(0);
            part = Part.CONTENT;
            heading = null;
        }
    }

    private void paragraph(Paragraph p) {
        String text = MarkdownText.of(p);
        if (!bylineRead && question != null && sections.isEmpty() && heading == null && blocks.isEmpty()) {
            bylineRead = true;
            Optional<Byline.Read> byline = Byline.of(text);
            if (byline.isPresent()) {
                byline(byline.get());
                return;
            }
        }
        if (question == null && sections.isEmpty() && heading == null && blocks.isEmpty()) {
            String bold = MarkdownText.strongLead(p).map(Headings::clean).orElse("");
            if (bold.endsWith("?") && bold.length() == Headings.clean(text).length()) {
                question = bold;
                notes.add("line " + line + ": the first line, a question in bold, is taken as the answer's question");
                return;
            }
        }
        Optional<String> bold = MarkdownText.strongLead(p);
        if (bold.isPresent()) {
            Part next = Headings.of(bold.get());
            String rest = text.substring(Math.min(
                            text.length(), text.indexOf(bold.get()) + bold.get().length()))
                    .replaceFirst("^[\\s:：.\\-–—]+", "");
            if (next != Part.CONTENT) {
                pseudoHeading(next, bold.get(), rest, p);
                return;
            }
            if (rest.isBlank() && part != Part.CONTENT && part != Part.DISCLAIMER) {
                open(Part.CONTENT, Headings.clean(bold.get()), 0);
                notes.add("line " + line + ": the bold line \"" + Headings.clean(bold.get()) + "\" is read as a section"
                        + " heading");
                return;
            }
        }
        List<String> lines = MarkdownText.lines(p);
        if (part != Part.SOURCES && SourceList.areBareSources(lines)) {
            // "[1] Llovet JM, et al. ... 2008." lines with no heading, at the end: the sources
            notes.add("line " + line + ": lines each starting \"[n]\" with a citation are read as the sources");
            open(Part.SOURCES, "Sources", 0);
            sourceLines(lines, runs.of(p));
            return;
        }
        Optional<EnumeratedQuestions.Run> run =
                part == Part.CONTENT && questions.isEmpty() ? EnumeratedQuestions.afterLeadIn(text) : Optional.empty();
        if (run.isPresent()) { // "... You might ask your oncologist: (1) ...? (2) ...?" in one paragraph
            run.get().before().map(org.oncodex.answer.Paragraph::of).ifPresent(blocks::add);
            notes.add(run.get().note(line));
            open(Part.QUESTIONS, run.get().leadIn(), 0);
            questions.addAll(run.get().questions());
            return;
        }
        Optional<Headings.Lead> lead = Headings.lead(text);
        if (lead.isPresent() && lead.get().part() != part) {
            Headings.Lead l = lead.get();
            pseudoHeading(l.part(), l.heading(), l.rest(), p);
            return;
        }
        paragraph(text, runs.of(p), lines);
    }

    /** A bold line, or a line that starts "Sources:", opening a part; what follows it is read in that part. */
    private void pseudoHeading(Part next, String lead, String rest, Paragraph p) {
        notes.add("line " + line + ": \"" + Headings.clean(lead) + "\" is read as the heading of the "
                + next.name().toLowerCase(java.util.Locale.ROOT) + " part");
        if (next == Part.DISCLAIMER && part == Part.CONTENT && !rest.isBlank()) {
            // "**Note:** ..." inside content: a disclaimer if it says one, content either way
            Part was = part;
            part = Part.DISCLAIMER;
            Disclaimers.Reading said = recognise(rest);
            part = was;
            if (said != Disclaimers.Reading.DISCLAIMER) {
                blocks.add(org.oncodex.answer.Paragraph.of(runs.of(p)));
            }
            return;
        }
        open(next, Headings.clean(lead), 0);
        if (!rest.isBlank()) {
            List<String> lines = MarkdownText.lines(p);
            List<String> restLines = new ArrayList<>();
            restLines.add(rest.split("\\R", 2)[0]);
            // the lines after the bold one, when the paragraph breaks after it
            if (lines.size() > 1) {
                restLines = new ArrayList<>(lines.subList(1, lines.size()));
                String first = lines.get(0);
                int colon = first.indexOf(':');
                if (colon >= 0
                        && colon + 1 < first.length()
                        && !first.substring(colon + 1).isBlank()) {
                    restLines.add(0, first.substring(colon + 1).strip());
                }
            } else if (lines.size() == 1 && SourceList.sameStart(lines.get(0), restLines.get(0))) {
                // one line: its shown form, links' addresses kept ("Learn more: 1. [site](url) 2. [site](url)")
                restLines.set(
                        0, lines.get(0).substring(lines.get(0).indexOf(':') + 1).strip());
            }
            paragraph(rest, List.of(org.oncodex.answer.Text.of(rest)), restLines);
        }
    }

    private void byline(Byline.Read read) {
        date = read.date();
        provenance = read.provenance();
        notes.addAll(read.notes());
        String topic = read.topic();
        if (topic != null && cancerType == null) {
            cancerType = Byline.cancerType(topic, options.evidence());
        }
    }

    /**
     * Where a disclaimer read here stands: in the header before the first section, in the footer after
     * a thematic break or the sources, inline within content, the takeaway or the questions (where the
     * paragraph stays what it is too).
     */
    private org.oncodex.disclaimers.Placement placement() {
        if (part == Part.TAKEAWAY || part == Part.QUESTIONS || part == Part.RELATED) {
            return org.oncodex.disclaimers.Placement.INLINE;
        }
        if (part == Part.CONTENT && !footer && (heading != null || !sections.isEmpty())) {
            return org.oncodex.disclaimers.Placement.INLINE;
        }
        boolean start = sections.isEmpty() && heading == null && part == Part.CONTENT;
        boolean headerNote = part == Part.DISCLAIMER && sections.isEmpty() && blocks.isEmpty();
        return start || headerNote
                ? org.oncodex.disclaimers.Placement.HEADER
                : org.oncodex.disclaimers.Placement.FOOTER;
    }

    private Disclaimers.Reading recognise(String text) {
        int section = Math.max(0, sections.size() - (blocks.isEmpty() && heading == null ? 1 : 0));
        return disclaimers.recognise(text, placement(), section, line, notes);
    }

    /** A paragraph's text, or a block's shown as one, placed by the part it stands in. */
    private void paragraph(String text, List<Inline> inlines, List<String> lines) {
        if (recognise(text) == Disclaimers.Reading.DISCLAIMER) {
            return;
        }
        switch (part) {
            case TAKEAWAY -> takeaway = takeaway == null ? text : takeaway + "\n" + text;
            case SOURCES -> sourceLines(lines, inlines);
            case QUESTIONS -> questionLines(text, lines, inlines);
            case RELATED -> related.add(QuestionLines.related(text));
            case CONTENT, DISCLAIMER -> blocks.add(org.oncodex.answer.Paragraph.of(inlines));
        }
        if (part == Part.CONTENT && lone == null) {
            lone = QuestionLists.lone(lines, line).orElse(null);
        }
    }

    /** Lines of a paragraph in the sources: each a source if it reads as one, else text after the sources. */
    private void sourceLines(List<String> given, List<Inline> inlines) {
        List<String> lines =
                given.stream().flatMap(l -> SourceList.entries(l).stream()).toList();
        boolean all = !lines.isEmpty();
        for (String l : lines) {
            all &= SourceList.looksLikeSource(l);
        }
        if (!all && lines.size() == 1 && lines.get(0).contains("; ")) {
            List<String> parts =
                    Splitter.on("; ").trimResults().omitEmptyStrings().splitToList(lines.get(0));
            parts.forEach(sources::add);
            return;
        }
        if (!all) {
            notes.add("line " + line + ": text after the sources that reads as no source is checked as content");
            closeSection(0);
            part = Part.CONTENT;
            footer = true;
            heading = null;
            blocks.add(org.oncodex.answer.Paragraph.of(inlines));
            return;
        }
        lines.forEach(sources::add);
    }

    private void questionLines(String text, List<String> lines, List<Inline> inlines) {
        Optional<List<QuestionLines.Asked>> asked = QuestionLines.ofParagraph(text, lines);
        if (asked.isPresent()) {
            asked.get().forEach(this::asked);
        } else {
            blocks.add(org.oncodex.answer.Paragraph.of(inlines));
        }
    }

    /** A question to ask; the note after it is shown too, so it is read as content of the questions' part. */
    private void asked(QuestionLines.Asked asked) {
        questions.add(asked.question());
        if (!asked.note().isBlank()) {
            blocks.add(org.oncodex.answer.Paragraph.of(asked.note()));
        }
    }

    private void list(ListBlock list) {
        String named = part == Part.CONTENT && questions.isEmpty() ? QuestionLists.named(heading, list) : null;
        boolean ledIn = named != null && !named.equals(heading); // then what follows the list is content again
        lone = lone == null && named == null && part == Part.CONTENT ? QuestionLists.lone(list, line) : lone;
        if (named != null) {
            part = Part.QUESTIONS;
            questionsHeading = named;
            notes.add(QuestionLists.note(line, named));
        }
        List<org.oncodex.answer.Paragraph> items = new ArrayList<>();
        int index = -1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            index++;
            String text = MarkdownText.of(item).strip();
            switch (part) {
                case QUESTIONS -> asked(QuestionLines.read(text).orElse(new QuestionLines.Asked(text, "")));
                case SOURCES -> {
                    String line = String.join(" ", MarkdownText.lines(item));
                    // an item of a numbered list is the source its number names: "[2]" in the text cites it
                    sources.add(
                            list instanceof OrderedList ordered && !SourceList.isNumbered(line)
                                    ? "[" + (MarkdownText.startOf(ordered) + index) + "] " + line
                                    : line);
                }
                case RELATED -> related.add(QuestionLines.related(text));
                case TAKEAWAY -> takeaway = takeaway == null ? text : takeaway + "\n" + text;
                case CONTENT, DISCLAIMER -> {
                    List<Inline> inlines = new ArrayList<>();
                    // the blocks of an item, a nested list's items among them, are read as sentences apart:
                    // "**Drug (trial)**" over "- 16.4 vs 13.8 months" is a label and a statement, not one sentence
                    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                        if (!inlines.isEmpty()) {
                            inlines.add(org.oncodex.answer.Text.of("\n"));
                        }
                        inlines.addAll(
                                c instanceof Paragraph p
                                        ? runs.of(p)
                                        : List.of(org.oncodex.answer.Text.of(MarkdownText.of(c, '\n'))));
                    }
                    if (!inlines.isEmpty()) {
                        items.add(org.oncodex.answer.Paragraph.of(inlines));
                    }
                }
            }
        }
        if (!items.isEmpty()) {
            blocks.add(list instanceof OrderedList ? NumberedList.of(items) : org.oncodex.answer.BulletList.of(items));
        }
        part = ledIn ? Part.CONTENT : part;
    }

    private void table(TableBlock table) {
        Optional<List<QuestionLines.Asked>> asked =
                part == Part.QUESTIONS ? QuestionLines.ofTable(Tables.cells(table)) : Optional.empty();
        if (asked.isPresent()) {
            notes.add("line " + line + ": the rows of a table under the questions are read as the questions");
            asked.get().forEach(this::asked);
        } else if (part == Part.SOURCES) {
            Tables.sourceLines(Tables.cells(table))
                    .forEach(sources::add); // "| 1 | Finn RS, et al. ... | https://... |"
        } else {
            Tables.rows(table).forEach(r -> blocks.add(org.oncodex.answer.Paragraph.of(r)));
        }
    }

    /**
     * Ends the section being read. A heading with nothing under it before a deeper heading is the
     * title of the subsections that follow, not an empty section: it is left out.
     */
    private void closeSection(int nextLevel) {
        boolean parentOfNext = blocks.isEmpty() && heading != null && headingLevel > 0 && nextLevel > headingLevel;
        // a "Disclaimer:" part whose words were all read as disclaimers is not an empty section
        boolean content = part == Part.CONTENT || (part == Part.DISCLAIMER && disclaimers.count() == disclaimersAtOpen);
        if (!blocks.isEmpty() || (heading != null && content && !parentOfNext)) {
            String name = heading != null ? heading : sections.isEmpty() ? "Introduction" : "After the answer";
            sections.add(Section.of(name, List.copyOf(blocks)));
        }
        blocks.clear();
        heading = null;
    }
}
