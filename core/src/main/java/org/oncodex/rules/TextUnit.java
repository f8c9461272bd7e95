package org.oncodex.rules;

import java.util.ArrayList;
import java.util.List;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.answer.Block;
import org.oncodex.answer.BulletList;
import org.oncodex.answer.Callout;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.Inline;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.Paragraph;
import org.oncodex.answer.RelatedQuestion;
import org.oncodex.answer.Section;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.Term;
import org.oncodex.model.evidence.Citation;

/**
 * A piece of an answer's prose that rules read: a section heading, a paragraph, a list item, a
 * callout, a question, the takeaway. Its text is what a reader sees; the spans of statistics written from typed results
 * are kept, so rules can tell the model's own words from text the library generated.
 */
public final class TextUnit {
    final Location location;
    final String text;
    /** [start, end) pairs of typed statistics' text. */
    final List<int[]> statistics;
    /** Where citation markers and statistics stand (their end offsets): a cited context. */
    final List<Integer> citations;

    final List<Statistic> typed;

    /** A citation marker: where it stands (its end offset) and the source it cites. */
    record Marker(int at, Citation citation) {}

    /** The citation markers, in order. */
    final List<Marker> markers;

    private TextUnit(
            Location location,
            String text,
            List<int[]> statistics,
            List<Integer> citations,
            List<Statistic> typed,
            List<Marker> markers) {
        this.location = location;
        this.text = text;
        this.statistics = statistics;
        this.citations = citations;
        this.typed = typed;
        this.markers = markers;
    }

    /** Where the unit stands in the answer; {@link Location#span(int, int)} points into its text. */
    public Location location() {
        return location;
    }

    /** The unit's text as a reader sees it. */
    public String text() {
        return text;
    }

    /** Whether {@code [start, end)} overlaps text the library wrote from a typed statistic. */
    public boolean inStatistic(int start, int end) {
        for (int[] s : statistics) {
            if (start < s[1] && end > s[0]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a citation marker or a typed statistic stands within {@code [start, end]}. */
    public boolean cited(int start, int end) {
        return citations.stream().anyMatch(c -> c >= start && c <= end);
    }

    /**
     * Every prose unit of an answer, in document order, each section's heading before its blocks;
     * tables are not prose. Header and footer
     * disclaimers are units too (what a reader sees is checked, whatever it claims to be); inline ones
     * are the library's wording, or stay in the content of a written answer.
     */
    public static List<TextUnit> of(Answer answer) {
        List<TextUnit> units = new ArrayList<>();
        units.add(plain(Location.of(Location.Part.QUESTION), answer.question()));
        for (int i = 0; i < answer.disclaimers().size(); i++) {
            AnswerDisclaimer d = answer.disclaimers().get(i);
            boolean repeated = i > 0
                    && answer.disclaimers()
                            .get(i - 1)
                            .disclaimer()
                            .text()
                            .equals(d.disclaimer().text());
            if (d.afterSection().isEmpty() && !repeated) {
                units.add(plain(
                        Location.builder()
                                .part(Location.Part.DISCLAIMERS)
                                .itemIndex(i)
                                .build(),
                        d.disclaimer().text()));
            }
        }
        for (int s = 0; s < answer.sections().size(); s++) {
            Section section = answer.sections().get(s);
            Location.Builder at = Location.builder()
                    .part(Location.Part.SECTION)
                    .sectionIndex(s)
                    .sectionHeading(section.heading());
            // a heading is shown, larger than the text under it: a claim there is checked like any other
            units.add(plain(at.build(), section.heading()));
            for (int b = 0; b < section.blocks().size(); b++) {
                Block block = section.blocks().get(b);
                Location blockAt =
                        Location.builder().from(at.build()).blockIndex(b).build();
                if (block instanceof Paragraph p) {
                    units.add(of(blockAt, p.inlines()));
                } else if (block instanceof Callout c) {
                    units.add(of(blockAt, c.inlines()));
                } else if (block instanceof BulletList l) {
                    items(units, blockAt, l.items());
                } else if (block instanceof NumberedList l) {
                    items(units, blockAt, l.items());
                }
            }
        }
        List<String> questions = answer.questionsToAsk().questions();
        for (int i = 0; i < questions.size(); i++) {
            units.add(plain(
                    Location.builder()
                            .part(Location.Part.QUESTIONS_TO_ASK)
                            .itemIndex(i)
                            .build(),
                    questions.get(i)));
        }
        answer.keyTakeaway().ifPresent(k -> units.add(plain(Location.of(Location.Part.KEY_TAKEAWAY), k)));
        for (int i = 0; i < answer.relatedQuestions().size(); i++) {
            RelatedQuestion rq = answer.relatedQuestions().get(i);
            units.add(plain(
                    Location.builder()
                            .part(Location.Part.RELATED_QUESTIONS)
                            .itemIndex(i)
                            .build(),
                    rq.question() + rq.snippet().map(s -> " " + s).orElse("")));
        }
        return units;
    }

    private static void items(List<TextUnit> units, Location at, List<Paragraph> items) {
        for (int i = 0; i < items.size(); i++) {
            units.add(of(
                    Location.builder().from(at).itemIndex(i).build(),
                    items.get(i).inlines()));
        }
    }

    private static TextUnit plain(Location at, String text) {
        return new TextUnit(at, text, List.of(), List.of(), List.of(), List.of());
    }

    /** Joins inlines as the renderers do: a space before a run that starts with a letter or digit. */
    private static TextUnit of(Location at, List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        List<int[]> statistics = new ArrayList<>();
        List<Integer> citations = new ArrayList<>();
        List<Statistic> typed = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (Inline inline : inlines) {
            String shown = inline instanceof Term t ? t.term() + " (" + t.definition() + ")" : inline.plainText();
            if (text.length() > 0
                    && !shown.isEmpty()
                    && !Character.isWhitespace(text.charAt(text.length() - 1))
                    && Character.isLetterOrDigit(shown.charAt(0))) {
                text.append(' ');
            }
            int start = text.length();
            text.append(shown);
            if (inline instanceof Statistic s) {
                statistics.add(new int[] {start, text.length()});
                typed.add(s);
                citations.add(text.length());
            } else if (inline instanceof CitationMarker c) {
                citations.add(text.length());
                markers.add(new Marker(text.length(), c.citation()));
            }
        }
        return new TextUnit(at, text.toString(), statistics, citations, typed, markers);
    }
}
