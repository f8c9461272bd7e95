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
import org.oncodex.evidence.EvidenceBase;
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

    /**
     * The unit's text as a reader sees it: without the characters a browser shows as nothing (zero-width
     * spaces, soft hyphens, joiners), compatibility forms as what they stand for (fullwidth and
     * mathematical letters), look-alike Cyrillic, Greek and Armenian letters in a word that mixes scripts
     * as the Latin ones, a line with a directional override in the order it is shown in.
     */
    public String text() {
        return text;
    }

    /** Whether {@code [start, end)} overlaps text the library wrote from a typed statistic. */
    public boolean inStatistic(int start, int end) {
        // the spans stand in order and apart: the first that ends after start is the only one to test
        // (a scan of them all per call was quadratic in a paragraph of statements and statistics)
        int lo = 0;
        int hi = statistics.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (statistics.get(mid)[1] > start) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        for (int i = lo; i < statistics.size() && statistics.get(i)[0] < end; i++) {
            if (statistics.get(i)[1] > start) {
                return true;
            }
        }
        return false;
    }

    /** Whether a citation marker or a typed statistic stands within {@code [start, end]}. */
    public boolean cited(int start, int end) {
        int at = firstAtOrAfter(citations, start);
        return at < citations.size() && citations.get(at) <= end;
    }

    /** The index of the first offset at or after {@code at} in a list of offsets in order (its size if none). */
    static int firstAtOrAfter(List<Integer> offsets, int at) {
        int lo = 0;
        int hi = offsets.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets.get(mid) >= at) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Every prose unit of an answer, in document order (the question, the byline's cancer type, author
     * and grounding, ...), each section's heading before its blocks, the
     * sources last (each one's authors, title, journal and publisher as shown, without identifiers);
     * tables are not prose. Disclaimers are units too (what a reader sees is checked, whatever it claims
     * to be); an inline one after the content, unless a unit of the content has its words already (a
     * written answer's inline disclaimer stays content).
     */
    public static List<TextUnit> of(Answer answer) {
        List<TextUnit> units = new ArrayList<>();
        units.add(plain(Location.of(Location.Part.QUESTION), answer.question()));
        // the byline is shown under the title: a cancer type, an author or a system named in free words
        List<String> byline = new ArrayList<>();
        answer.cancerType().ifPresent(c -> byline.add(c.name()));
        answer.provenance().name().ifPresent(byline::add);
        answer.provenance().groundedIn().ifPresent(byline::add);
        if (!byline.isEmpty()) {
            units.add(plain(Location.of(Location.Part.BYLINE), String.join("\n", byline)));
        }
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
        // an inline disclaimer is shown where it stands: read unless its words are a unit of the content
        // already (a written answer's disclaimer stays content too)
        java.util.Set<String> content = new java.util.HashSet<>();
        units.stream()
                .filter(u -> u.location.part() == Location.Part.SECTION)
                .forEach(u -> content.add(u.text.strip()));
        for (int i = 0; i < answer.disclaimers().size(); i++) {
            AnswerDisclaimer d = answer.disclaimers().get(i);
            String shown = Glyphs.shown(d.disclaimer().text());
            if (d.afterSection().isPresent() && content.add(shown.strip())) {
                units.add(plain(
                        Location.builder()
                                .part(Location.Part.DISCLAIMERS)
                                .itemIndex(i)
                                .build(),
                        shown));
            }
        }
        // the heading over the questions is shown as the answer wrote it
        units.add(plain(
                Location.of(Location.Part.QUESTIONS_TO_ASK),
                answer.questionsToAsk().heading()));
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
        // the sources are shown too, a footnote's words under the text: a claim written as a source is a claim
        for (int i = 0; i < answer.sources().size(); i++) {
            String shown = shown(answer.sources().get(i).citation());
            if (!shown.isEmpty()) {
                units.add(plain(
                        Location.builder()
                                .part(Location.Part.SOURCES)
                                .itemIndex(i)
                                .build(),
                        shown));
            }
        }
        return units;
    }

    /**
     * The units of {@link #of(Answer)}, with the sentences of each source that are a title, journal,
     * publisher or author the evidence base cites blanked: a real source's title is not the answer's
     * claim, what is written around it is.
     */
    static List<TextUnit> of(Answer answer, EvidenceBase evidence) {
        List<TextUnit> units = of(answer);
        KnownTitles titles = KnownTitles.of(evidence);
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            if (u.location.part() == Location.Part.SOURCES) {
                units.set(
                        i,
                        new TextUnit(u.location, titles.blank(u.text), u.statistics, u.citations, u.typed, u.markers));
            }
        }
        return units;
    }

    /** The words of a citation a reader sees, each field on a line of its own; identifiers and dates left out. */
    private static String shown(Citation c) {
        List<String> fields = new ArrayList<>();
        if (!c.authors().isEmpty()) {
            fields.add(String.join(", ", c.authors()));
        }
        c.title().ifPresent(fields::add);
        c.journal().ifPresent(fields::add);
        c.publisher().ifPresent(fields::add);
        c.volume().ifPresent(fields::add);
        c.issue().ifPresent(fields::add);
        c.pages().ifPresent(fields::add);
        return String.join("\n", fields);
    }

    private static void items(List<TextUnit> units, Location at, List<Paragraph> items) {
        for (int i = 0; i < items.size(); i++) {
            units.add(of(
                    Location.builder().from(at).itemIndex(i).build(),
                    items.get(i).inlines()));
        }
    }

    private static TextUnit plain(Location at, String text) {
        return new TextUnit(at, Glyphs.shown(text), List.of(), List.of(), List.of(), List.of());
    }

    /** Joins inlines as the renderers do: a space before a run that starts with a letter or digit. */
    private static TextUnit of(Location at, List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        List<int[]> statistics = new ArrayList<>();
        List<Integer> citations = new ArrayList<>();
        List<Statistic> typed = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (Inline inline : inlines) {
            // the library writes a statistic's text; any other run is read as it is shown
            String shown = inline instanceof Statistic
                    ? inline.plainText()
                    : Glyphs.shown(
                            inline instanceof Term t ? t.term() + " (" + t.definition() + ")" : inline.plainText());
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
