package org.oncodex.answer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/**
 * Builds the blocks of one section. Inline methods ({@link #text}, {@link #statistic}, {@link
 * #cite}, ...) append to the current paragraph, starting one if needed; {@link #paragraph(String)}
 * starts a new one; block methods (lists, callouts, tables) close it.
 *
 * <pre>{@code
 * s -> s.paragraph("In patients with liver metastases, the combination lowered the risk of death:")
 *       .statistic(keynote189)
 *       .bullets("Checkpoint inhibitors", "Cancer vaccines")
 * }</pre>
 */
public final class SectionBuilder {
    private final List<Block> blocks = new ArrayList<>();
    private final List<Inline> paragraph = new ArrayList<>();

    SectionBuilder() {}

    /** Starts a new paragraph with plain text. */
    public SectionBuilder paragraph(String text) {
        closeParagraph();
        return text(text);
    }

    /** Adds a paragraph of these inlines. */
    public SectionBuilder paragraph(Inline... inlines) {
        closeParagraph();
        paragraph.addAll(Arrays.asList(inlines));
        closeParagraph();
        return this;
    }

    /** Appends plain text to the current paragraph. */
    public SectionBuilder text(String text) {
        paragraph.add(Text.of(text));
        return this;
    }

    /** Appends italic text. */
    public SectionBuilder emphasis(String text) {
        paragraph.add(Emphasis.of(text));
        return this;
    }

    /** Appends bold text. */
    public SectionBuilder strong(String text) {
        paragraph.add(Emphasis.strong(text));
        return this;
    }

    /** Appends a term with its plain-language definition. */
    public SectionBuilder term(String term, String definition) {
        paragraph.add(Term.of(term, definition));
        return this;
    }

    /** Appends a statistic from {@code result}, in plain language; its citation joins the sources. */
    public SectionBuilder statistic(TrialResult result) {
        paragraph.add(Statistic.of(result));
        return this;
    }

    /** Appends a statistic from {@code result} in {@code style}; its citation joins the sources. */
    public SectionBuilder statistic(TrialResult result, StatisticStyle style) {
        paragraph.add(Statistic.of(result, style));
        return this;
    }

    /** Appends a citation marker; the citation joins the sources. */
    public SectionBuilder cite(Citation citation) {
        paragraph.add(CitationMarker.of(citation));
        return this;
    }

    /** Adds a bulleted list of plain-text items. */
    public SectionBuilder bullets(String... items) {
        checkArgument(items.length > 0, "a list needs at least one item");
        closeParagraph();
        blocks.add(BulletList.of(items));
        return this;
    }

    /** Adds a numbered list of plain-text items. */
    public SectionBuilder numbered(String... items) {
        checkArgument(items.length > 0, "a list needs at least one item");
        closeParagraph();
        blocks.add(NumberedList.of(items));
        return this;
    }

    /** Adds a callout of plain text. */
    public SectionBuilder callout(Callout.Kind kind, String text) {
        closeParagraph();
        blocks.add(Callout.of(kind, text));
        return this;
    }

    /** Adds a table of trial results in Vancouver style. */
    public SectionBuilder evidenceTable(List<TrialResult> results) {
        closeParagraph();
        blocks.add(EvidenceTable.of(results));
        return this;
    }

    /** Adds a table of trial results with a caption and a style. */
    public SectionBuilder evidenceTable(String caption, List<TrialResult> results, StatisticStyle style) {
        closeParagraph();
        blocks.add(EvidenceTable.of(caption, results, style));
        return this;
    }

    /** Adds any block. */
    public SectionBuilder block(Block block) {
        closeParagraph();
        blocks.add(block);
        return this;
    }

    List<Block> blocks() {
        closeParagraph();
        return List.copyOf(blocks);
    }

    private void closeParagraph() {
        if (!paragraph.isEmpty()) {
            blocks.add(Paragraph.of(List.copyOf(paragraph)));
            paragraph.clear();
        }
    }
}
