package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.answer.BulletList;
import org.oncodex.answer.Callout;
import org.oncodex.answer.CitationMarker;
import org.oncodex.answer.Inline;
import org.oncodex.answer.NumberedList;
import org.oncodex.answer.Paragraph;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.answer.Section;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.Term;
import org.oncodex.answer.Text;
import org.oncodex.disclaimers.Disclaimer;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.Placement;
import org.oncodex.disclaimers.RenderedDisclaimer;
import org.oncodex.model.CancerType;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The prose units of an answer ({@link TextUnit#of(Answer)}): every part a reader sees, in document order,
 * with its location; the spans of typed statistics and citation markers within a unit. Every text here was
 * written for the test; the statistics are results of the reference evidence base, shown as the library
 * writes them.
 */
class TextUnitMutationTest {
    private static final TrialResult KEYNOTE_189 =
            ReferenceAnswers.KB.result("keynote-189-os-liver-mets").orElseThrow();

    private static RenderedDisclaimer disclaimer(String id, Placement placement, String text) {
        return Disclaimer.builder()
                .id(id)
                .kind(DisclaimerKind.NOT_MEDICAL_ADVICE)
                .version(1)
                .locale(Locale.ENGLISH)
                .placement(placement)
                .text(text)
                .build()
                .render(Map.of());
    }

    /** Every part of an answer, each with words of its own, written for this test. */
    private static Answer everyPart() {
        Answer base = RuleTestAnswers.builder()
                .section("What the trials found", s -> s.paragraph("Plain words."))
                .keyTakeaway("Ask your team.")
                .relatedQuestion("Is it safe?", "Most people manage.")
                .relatedQuestion("Is it free?")
                .build();
        Section first = Section.of(
                "What the trials found",
                List.of(
                        Paragraph.of(List.of(
                                Text.of("Some had"), Term.of("TACE", "a liver treatment"), Text.of(", others not."))),
                        Callout.of(Callout.Kind.NOTE, "A note."),
                        BulletList.of("First bullet.", "Second bullet."),
                        NumberedList.of("First step.", "Second step.", "Third step.")));
        Section second = Section.of("Side effects", List.of(Paragraph.of("Tiredness is common.")));
        List<AnswerDisclaimer> disclaimers = List.of(
                AnswerDisclaimer.of(disclaimer("top", Placement.HEADER, "Not advice.")),
                // the same words again: shown once, read once
                AnswerDisclaimer.of(disclaimer("again", Placement.HEADER, "Not advice.")),
                AnswerDisclaimer.of(disclaimer("other", Placement.FOOTER, "Ask a doctor.")),
                // inline: read after the content, unless a unit of the content has its words
                AnswerDisclaimer.inline(disclaimer("inline", Placement.INLINE, "Trials change."), 0),
                AnswerDisclaimer.inline(disclaimer("content", Placement.INLINE, "Tiredness is common."), 1));
        List<Source> sources = List.of(
                Source.of(
                        1,
                        Citation.builder()
                                .authors(List.of("Ann A", "Bob B"))
                                .title("A title")
                                .journal("A journal")
                                .publisher("A publisher")
                                .volume("12")
                                .issue("3")
                                .pages("45-67")
                                .doi("10.1000/xyz")
                                .build()),
                Source.of(2, Citation.builder().url("https://example.org/a").build()),
                Source.of(3, Citation.builder().title("Only a title").build()));
        return Answer.unchecked()
                .from(base)
                .cancerType(CancerType.of("hcc", "Liver cancer"))
                .sections(List.of(first, second))
                .disclaimers(disclaimers)
                .sources(sources)
                .build();
    }

    private static List<String> described(List<TextUnit> units) {
        return units.stream().map(u -> u.location() + " | " + u.text()).toList();
    }

    @Test
    void every_part_a_reader_sees_is_a_unit_in_document_order() {
        assertThat(described(TextUnit.of(everyPart())))
                .containsExactly(
                        "question | Does immunotherapy work when cancer has spread to the liver?",
                        "byline | Liver cancer\nA. Writer",
                        "disclaimers, item 1 | Not advice.",
                        "disclaimers, item 3 | Ask a doctor.",
                        "section 1 \"What the trials found\" | What the trials found",
                        "section 1 \"What the trials found\", block 1 | Some had TACE (a liver treatment), others not.",
                        "section 1 \"What the trials found\", block 2 | A note.",
                        "section 1 \"What the trials found\", block 3, item 1 | First bullet.",
                        "section 1 \"What the trials found\", block 3, item 2 | Second bullet.",
                        "section 1 \"What the trials found\", block 4, item 1 | First step.",
                        "section 1 \"What the trials found\", block 4, item 2 | Second step.",
                        "section 1 \"What the trials found\", block 4, item 3 | Third step.",
                        "section 2 \"Side effects\" | Side effects",
                        "section 2 \"Side effects\", block 1 | Tiredness is common.",
                        "disclaimers, item 4 | Trials change.",
                        "questions to ask | Questions to ask your care team",
                        "questions to ask, item 1 | Is this right for me?",
                        "questions to ask, item 2 | What are the side effects?",
                        "questions to ask, item 3 | How long is treatment?",
                        "key takeaway | Ask your team.",
                        "related questions, item 1 | Is it safe? Most people manage.",
                        "related questions, item 2 | Is it free?",
                        "sources, item 1 | Ann A, Bob B\nA title\nA journal\nA publisher\n12\n3\n45-67",
                        "sources, item 3 | Only a title");
    }

    @Test
    void an_answer_by_an_ai_system_names_it_and_its_grounding_in_the_byline() {
        Answer ai = Answer.unchecked()
                .from(everyPart())
                .provenance(org.oncodex.answer.Provenance.aiGenerated("A model", "the reviewed sources"))
                .build();
        assertThat(described(TextUnit.of(ai))).contains("byline | Liver cancer\nA model\nthe reviewed sources");
        Answer noType = Answer.unchecked()
                .from(everyPart())
                .cancerType(java.util.Optional.empty())
                .build();
        assertThat(described(TextUnit.of(noType))).contains("byline | A. Writer");
    }

    @Test
    void a_source_title_the_evidence_base_cites_is_blanked_only_among_the_sources() {
        Citation known = ReferenceAnswers.KB.citations().values().stream()
                .filter(c -> c.title().isPresent() && c.authors().isEmpty())
                .findFirst()
                .orElseThrow();
        String title = known.title().orElseThrow();
        Answer answer = Answer.unchecked()
                .from(everyPart())
                .keyTakeaway(title)
                .sources(List.of(Source.of(1, Citation.builder().title(title).build())))
                .build();
        List<TextUnit> units = TextUnit.of(answer, ReferenceAnswers.KB);
        TextUnit source = units.get(units.size() - 1);
        assertThat(source.location().part()).isEqualTo(Location.Part.SOURCES);
        assertThat(source.text()).as("the cited title, blanked").isBlank().hasSize(title.length());
        assertThat(units)
                .filteredOn(u -> u.location().part() == Location.Part.KEY_TAKEAWAY)
                .singleElement()
                .satisfies(u -> assertThat(u.text()).isEqualTo(title));
    }

    @Test
    void runs_are_joined_as_the_renderers_show_them() {
        String statistic = Statistic.of(KEYNOTE_189).plainText();
        TextUnit unit = TextUnit.of(Answer.unchecked()
                        .from(everyPart())
                        .sections(List.of(Section.of(
                                "H",
                                List.of(Paragraph.of(List.of(
                                        Text.of("Survival was"),
                                        Statistic.of(KEYNOTE_189),
                                        CitationMarker.of(RuleTestAnswers.WJCO),
                                        Text.of("; a "),
                                        Text.of("b"),
                                        Text.of("."),
                                        CitationMarker.of(RuleTestAnswers.WJCO)))))))
                        .build())
                .stream()
                .filter(u -> u.location().blockIndex().isPresent())
                .findFirst()
                .orElseThrow();
        String expected = "Survival was " + statistic + "; a b.";
        assertThat(unit.text()).isEqualTo(expected);
        int statStart = "Survival was ".length();
        int statEnd = statStart + statistic.length();
        assertThat(unit.statistics).singleElement().satisfies(s -> assertThat(s).containsExactly(statStart, statEnd));
        assertThat(unit.typed)
                .singleElement()
                .satisfies(s -> assertThat(s.result()).isEqualTo(KEYNOTE_189));
        // a statistic counts as cited where it ends; markers where they stand
        assertThat(unit.citations).containsExactly(statEnd, statEnd, expected.length());
        assertThat(unit.markers).extracting(TextUnit.Marker::at).containsExactly(statEnd, expected.length());
        assertThat(unit.inStatistic(0, statStart)).isFalse();
        assertThat(unit.inStatistic(statStart, statStart + 1)).isTrue();
        assertThat(unit.inStatistic(statEnd - 1, statEnd)).isTrue();
        assertThat(unit.inStatistic(statEnd, expected.length())).isFalse();
        assertThat(unit.cited(0, statEnd - 1)).isFalse();
        assertThat(unit.cited(0, statEnd)).isTrue();
        assertThat(unit.cited(statEnd + 1, expected.length() - 1)).isFalse();
        assertThat(unit.cited(statEnd + 1, expected.length())).isTrue();
    }

    private static final List<String> WORDS = List.of("Survival", "was", " ", "longer", ".", "; ", "and", "3");

    private static Gen<List<Inline>> paragraphs() {
        Gen<Inline> inline = Generate.pick(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
                .map(i -> i < 8
                        ? (Inline) Text.of(WORDS.get(i))
                        : i == 8 ? Statistic.of(KEYNOTE_189) : CitationMarker.of(RuleTestAnswers.WJCO));
        return lists().of(inline).ofSizeBetween(1, 12);
    }

    private static TextUnit unitOf(List<Inline> inlines) {
        Answer answer = Answer.unchecked()
                .from(everyPart())
                .sections(List.of(Section.of("H", List.of(Paragraph.of(inlines)))))
                .build();
        return TextUnit.of(answer).stream()
                .filter(u -> u.location().blockIndex().isPresent())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_span_is_in_a_statistic_exactly_when_it_overlaps_a_statistics_text() {
        String statistic = Statistic.of(KEYNOTE_189).plainText();
        qt().withExamples(200).forAll(paragraphs()).checkAssert(inlines -> {
            TextUnit unit = unitOf(inlines);
            List<int[]> spans = new ArrayList<>();
            for (int[] s : unit.statistics) {
                assertThat(unit.text().substring(s[0], s[1])).isEqualTo(statistic);
                spans.add(s);
            }
            assertThat(spans).hasSize((int)
                    inlines.stream().filter(i -> i instanceof Statistic).count());
            for (int start = 0; start <= unit.text().length(); start++) {
                for (int end = start; end <= unit.text().length(); end++) {
                    int from = start;
                    int to = end;
                    boolean overlaps = spans.stream().anyMatch(s -> s[0] < to && s[1] > from);
                    assertThat(unit.inStatistic(from, to))
                            .as("[%d, %d) of \"%s\"", from, to, unit.text())
                            .isEqualTo(overlaps);
                }
            }
        });
    }

    @Test
    void a_span_is_cited_exactly_when_a_marker_or_statistic_ends_within_it() {
        qt().withExamples(200).forAll(paragraphs()).checkAssert(inlines -> {
            TextUnit unit = unitOf(inlines);
            long cites = inlines.stream()
                    .filter(i -> i instanceof Statistic || i instanceof CitationMarker)
                    .count();
            assertThat(unit.citations).hasSize((int) cites);
            for (int start = 0; start <= unit.text().length() + 1; start++) {
                int at = TextUnit.firstAtOrAfter(unit.citations, start);
                int from = start;
                assertThat(at)
                        .as("first citation at or after %d in %s", from, unit.citations)
                        .isEqualTo((int)
                                unit.citations.stream().filter(c -> c < from).count());
                for (int end = start; end <= unit.text().length() + 1; end++) {
                    int to = end;
                    assertThat(unit.cited(from, to))
                            .as("[%d, %d] of %s", from, to, unit.citations)
                            .isEqualTo(unit.citations.stream().anyMatch(c -> c >= from && c <= to));
                }
            }
        });
    }
}
