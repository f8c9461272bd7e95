package org.oncodex.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.rules.Finding;
import org.oncodex.rules.RuleSet;
import org.oncodex.rules.Severity;

/**
 * What a renderer shows, the rules see: a sentence a rule flags in a plain paragraph is flagged as
 * well inside any block construct that displays it (issue 16, item 1: these passed with exit 0).
 */
class MarkdownBlocksPropertyTest {
    private static final RuleSet RULES = RuleSet.standard(ReferenceAnswers.KB);

    /** Sentences the standard rules flag as errors in a plain paragraph. */
    private static final List<String> FLAGGED = List.of(
            "This treatment cures everyone.",
            "CAR-T cell therapy is FDA-approved for liver cancer.",
            "Immunotherapy has no side effects and always works.",
            "The hazard ratio was 0.41 (95% CI 0.30-0.55).");

    /** Block constructs a Markdown renderer displays; %s is the sentence. */
    private static final List<String> WRAPPERS = List.of(
            "<div>%s</div>",
            "<div>\n%s\n</div>",
            "<p>%s</p>",
            "<details><summary>More</summary>%s</details>",
            "<details>\n<summary>More</summary>\n\n%s\n\n</details>",
            "<div><div><span>%s</span></div></div>",
            "<table><tr><td>%s</td></tr></table>",
            "```\n%s\n```",
            "~~~text\n%s\n~~~",
            "    %s",
            "> ```\n> %s\n> ```",
            "> <div>%s</div>",
            "- ```\n  %s\n  ```",
            "- <div>%s</div>",
            "Note: <span title=\"x\">%s</span>",
            "| note |\n| --- |\n| <b>%s</b> |",
            "| note |\n| --- |\n| %s |",
            "<details><summary>%s</summary>More.</details>",
            "<blockquote>%s</blockquote>",
            "<ul><li>%s</li></ul>",
            "<h2>%s</h2>",
            "<pre>%s</pre>",
            "![%s](chart.png)",
            "<img src=\"chart.png\" alt=\"%s\">",
            "[%s](https://example.org)",
            "[%s][ref]\n\n[ref]: https://example.org",
            "See <https://example.org>. %s",
            "*%s*",
            "**%s**",
            "`%s`",
            "1. %s",
            "- %s",
            "## %s\n\nPlain words.",
            "### %s\n\nPlain words.",
            "Plain words.\n\n%s\n---\n\nMore plain words.",
            "%s\n===\n\nPlain words.",
            // footnotes: commonmark's footnotes extension and GitHub show a definition's text under the answer
            "Plain words.[^1]\n\n[^1]: %s",
            "Plain words.[^1]\n\n[^1]: Smith J, et al. N Engl J Med. 2020. %s",
            "Plain words.[^note]\n\n[^note]:\n    Smith J. Journal. 2020.\n\n    %s",
            "Plain words.[^1]\n\n> [^1]: %s",
            "Plain words.[^1]\n\n- Item.\n\n  [^1]: %s",
            "Plain words.\n\n## Sources\n\n- %s",
            "Plain words.\n\n## Sources\n\n1. Smith J, et al. Journal. 2020. %s",
            "Plain words.\n\n## References\n\n[1] Smith J. Journal. 2020. %s",
            // the parts an answer keeps apart: what their headings and lines show beyond the part's own
            "Plain words.\n\n## Questions to ask your care team\n\n- Is it right for me? %s\n- Is it safe?",
            "Plain words.\n\n## Questions to ask your care team\n\n- \"Is it right for me?\" %s",
            "Plain words.\n\n## Questions to ask your care team\n\n- Is it right for me?\n  - %s",
            "Plain words.\n\n## Questions to ask your care team\n\nIs it right for me? %s\nIs it safe?",
            "Plain words.\n\n## Questions to ask your care team\n\n- Is it right for me?\n- %s",
            "Plain words.\n\n## Questions to ask your care team: %s\n\n- Is it right for me?",
            "Plain words.\n\n## Sources: %s\n\n- Smith J. Journal. 2020.",
            "Plain words.\n\n**Sources — %s**\n\n- Smith J. Journal. 2020.",
            "Plain words.\n\n## Key takeaway — %s\n\nPlain words again.",
            "Plain words.\n\n## Related questions: %s\n\n- Is it safe?",
            // what a browser shows of a tag's attributes, a frame's document and a style sheet's strings
            "<abbr title=\"%s\">HCC</abbr> is a liver cancer.",
            "<div><abbr title=\"%s\">HCC</abbr></div>",
            "<img src=\"chart.png\" title=\"%s\">",
            "![chart](chart.png \"%s\")",
            "See [the chart](https://example.org \"%s\").",
            "See [the chart][c].\n\n[c]: https://example.org \"%s\"",
            "<input value=\"%s\">",
            "<input type=\"submit\" value=\"%s\">",
            "<input placeholder=\"%s\">",
            "<textarea placeholder=\"%s\"></textarea>",
            "<select><option label=\"%s\">x</option></select>",
            "<select><optgroup label=\"%s\"><option>x</option></optgroup></select>",
            "<iframe srcdoc=\"<p>%s</p>\"></iframe>",
            "<style>.note::after { content: \"%s\" }</style>\n\n<p class=\"note\">Note.</p>",
            // an answer written in HTML is read with its structure (issue 12): the text stays checked
            "<h3>%s</h3>\n\n<p>Plain words.</p>",
            "<ol start=\"3\"><li>%s</li></ol>",
            "<ul><li>Plain words.<ul><li>%s</li></ul>More plain words.</li></ul>",
            "<div><h2>Plain words</h2><p>%s</p></div>",
            "<p><strong>Note:</strong> %s</p>",
            "<p>Plain words.<br>%s</p>",
            "<h2>Sources</h2>\n<ol><li>Smith J, et al. Journal. 2020. %s</li></ol>",
            "<h2>Sources</h2>\n<ol><li>Smith J, et al. Journal. 2020.</li></ol>\n<p>%s</p>",
            "<p><b>Sources:</b></p><ol><li>%s</li></ol>",
            "<h2>Questions to ask your doctor</h2>\n<ul><li>Is it right for me? %s</li></ul>",
            "<h2>Key takeaway</h2><p>%s</p>");

    private static String answer(String block) {
        return "# Is this treatment right for me?\n\n## What the studies show\n\n" + block + "\n";
    }

    /** The errors a sentence adds to an answer of plain words: what its wrappings must still raise. */
    private static Set<String> raisedBy(String sentence) {
        return RAISED.computeIfAbsent(sentence, s -> {
            Set<String> raised = new java.util.HashSet<>(errors(answer(s)));
            raised.removeAll(errors(answer("Nothing here but plain words.")));
            return Set.copyOf(raised);
        });
    }

    private static final java.util.Map<String, Set<String>> RAISED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> errors(String markdown) {
        return RULES.check(MarkdownAnswers.read(markdown, ReferenceAnswers.KB)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    @Test
    void the_sentences_are_flagged_in_plain_markdown() {
        Set<String> unflagged = errors(answer("Nothing here but plain words."));
        for (String sentence : FLAGGED) {
            assertThat(errors(answer(sentence))).as(sentence).isNotEqualTo(unflagged);
            assertThat(raisedBy(sentence)).as(sentence).isNotEmpty();
        }
    }

    @Test
    void a_flagged_sentence_is_still_flagged_inside_any_block_construct() {
        // enough examples that each pair of sentence and wrapper is all but sure to be drawn
        qt().withExamples(1_500)
                .forAll(arbitrary().pick(FLAGGED), arbitrary().pick(WRAPPERS))
                .checkAssert((sentence, wrapper) -> assertThat(errors(answer(String.format(wrapper, sentence))))
                        .as("%s wrapped as %s", sentence, wrapper)
                        .containsAll(raisedBy(sentence)));
    }

    /** Inline markup a browser shows as part of the word it stands in; %s is the piece it holds. */
    private static final List<String> INLINE =
            List.of("**%s**", "*%s*", "`%s`", "<b>%s</b>", "<span>%s</span>", "%s<b></b>", "[%s](https://example.org)");

    @Test
    void a_word_split_by_inline_markup_is_read_as_the_one_word_a_browser_shows() {
        qt().withExamples(200)
                .forAll(
                        arbitrary().pick(FLAGGED),
                        integers().between(0, 1_000),
                        integers().between(1, 3),
                        arbitrary().pick(INLINE))
                .checkAssert((sentence, at, length, markup) -> {
                    // a piece of a word, between two letters or digits of it: "cu" + "r" + "es"
                    List<Integer> inside = new java.util.ArrayList<>();
                    for (int i = 1; i + length < sentence.length(); i++) {
                        if (Character.isLetterOrDigit(sentence.charAt(i - 1))
                                && sentence.substring(i, i + length + 1).chars().allMatch(Character::isLetterOrDigit)) {
                            inside.add(i);
                        }
                    }
                    int start = inside.get(at % inside.size());
                    String split = sentence.substring(0, start)
                            + String.format(markup, sentence.substring(start, start + length))
                            + sentence.substring(start + length);
                    assertThat(errors(answer(split))).as(split).containsAll(raisedBy(sentence));
                });
    }

    /** A way to write a sentence that shows it unchanged; the number picks where. */
    record Disguise(String name, java.util.function.BiFunction<String, Integer, String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Where a letter or digit of a word stands, the {@code n}th of them (modulo their count). */
    private static int letterAt(String sentence, int n) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 1; i < sentence.length(); i++) {
            if (Character.isLetterOrDigit(sentence.charAt(i)) && Character.isLetterOrDigit(sentence.charAt(i - 1))) {
                at.add(i);
            }
        }
        return at.get(n % at.size());
    }

    private static Disguise inserted(String name, String invisible) {
        return new Disguise(name, (s, n) -> {
            int i = letterAt(s, n);
            return s.substring(0, i) + invisible + s.substring(i);
        });
    }

    private static Disguise replaced(String name, java.util.function.Function<Character, String> glyph) {
        return new Disguise(name, (s, n) -> {
            int i = letterAt(s, n);
            return s.substring(0, i) + glyph.apply(s.charAt(i)) + s.substring(i + 1);
        });
    }

    /**
     * Characters a browser shows as nothing, or as the letter they stand for or look like, and text
     * whose direction is overridden: written backwards, shown forwards.
     */
    private static final List<Disguise> DISGUISES = List.of(
            inserted("zero-width space", "\u200B"),
            inserted("zero-width non-joiner", "\u200C"),
            inserted("zero-width joiner", "\u200D"),
            inserted("word joiner", "\u2060"),
            inserted("soft hyphen", "\u00AD"),
            inserted("byte order mark", "\uFEFF"),
            inserted("left-to-right mark", "\u200E"),
            inserted("variation selector", "\uFE0F"),
            inserted("combining grapheme joiner", "\u034F"),
            inserted("tag space", "\uDB40\uDC20"),
            replaced("combining low line", c -> c + "\u0332"),
            replaced(
                    "fullwidth",
                    c -> c >= '!' && c <= '~' ? String.valueOf((char) (c - '!' + 0xFF01)) : String.valueOf(c)),
            replaced(
                    "mathematical bold",
                    c -> c >= 'a' && c <= 'z'
                            ? new String(Character.toChars(0x1D41A + c - 'a'))
                            : c >= 'A' && c <= 'Z'
                                    ? new String(Character.toChars(0x1D400 + c - 'A'))
                                    : c >= '0' && c <= '9'
                                            ? new String(Character.toChars(0x1D7CE + c - '0'))
                                            : String.valueOf(c)),
            replaced("Cyrillic look-alike", c -> {
                int at = "aceopxyABEHKMOPCTX".indexOf(c);
                return at < 0 ? String.valueOf(c) : String.valueOf("асеорхуАВЕНКМОРСТХ".charAt(at));
            }),
            new Disguise("right-to-left override", (s, n) -> "\u202E" + reversed(s) + "\u202C"),
            new Disguise("bdo", (s, n) -> "<bdo dir=\"rtl\">" + reversed(s) + "</bdo>"),
            new Disguise("inline bdo", (s, n) -> "Note: <bdo dir=\"rtl\">" + reversed(s) + "</bdo> More words."),
            new Disguise(
                    "style",
                    (s, n) -> "<p><span style=\"unicode-bidi: bidi-override; direction: rtl\">" + reversed(s)
                            + "</span></p>"));

    /** A sentence written backwards with its brackets mirrored: shown right to left, it reads as the sentence. */
    private static String reversed(String sentence) {
        StringBuilder mirrored = new StringBuilder(sentence).reverse();
        for (int i = 0; i < mirrored.length(); i++) {
            char c = mirrored.charAt(i);
            mirrored.setCharAt(i, c == '(' ? ')' : c == ')' ? '(' : c);
        }
        return mirrored.toString();
    }

    @Test
    void a_sentence_is_read_as_it_is_shown_whatever_characters_draw_it() {
        qt().withExamples(300)
                .forAll(
                        arbitrary().pick(FLAGGED),
                        integers().between(0, 1_000),
                        arbitrary().pick(DISGUISES))
                .checkAssert((sentence, at, disguise) -> {
                    String shown = disguise.apply().apply(sentence, at);
                    assertThat(errors(answer(shown)))
                            .as("%s as %s: %s", sentence, disguise, shown)
                            .containsAll(raisedBy(sentence));
                });
    }

    /** Bylines, the line under the title; %s is the sentence. */
    private static final List<String> BYLINES = List.of(
            "%s · May 18, 2026",
            "Liver cancer · May 18, 2026 · Navis AI · %s",
            "Written by %s · May 18, 2026",
            "Generated by AI (%s) · 2026-05-18",
            "Generated by AI, grounded in %s · 2026-05-18");

    @Test
    void a_claim_in_the_byline_is_checked_as_it_is_shown() {
        String plain = """
                # Is this treatment right for me?

                Navis AI · May 18, 2026

                ## What the studies show

                Nothing here but plain words.
                """;
        qt().withExamples(100)
                .forAll(arbitrary().pick(FLAGGED), arbitrary().pick(BYLINES))
                .checkAssert((sentence, byline) -> {
                    String signed = plain.replace("Navis AI · May 18, 2026", String.format(byline, sentence));
                    Set<String> raised = new java.util.HashSet<>(errors(signed));
                    raised.removeAll(errors(plain));
                    assertThat(raised).as(signed).containsAll(raisedBy(sentence));
                });
    }

    @Test
    void a_statement_as_the_answers_title_is_checked_as_a_question_is_not() {
        for (String sentence : FLAGGED) {
            String titled = "# " + sentence + "\n\n## What the studies show\n\nNothing here but plain words.\n";
            Set<String> plain = errors(
                    "# Is this right for me?\n\n## What the studies show\n\nNothing here but plain" + " words.\n");
            Set<String> raised = new java.util.HashSet<>(errors(titled));
            raised.removeAll(plain);
            assertThat(raised).as(sentence).containsAll(raisedBy(sentence));
        }
        assertThat(errors("# Is CAR-T cell therapy approved for liver cancer?\n\n## What the studies show\n\nPlain"
                        + " words.\n"))
                .doesNotContain("ONC-APPROVAL-UNSUPPORTED", "ONC-APPROVAL-CONTRADICTED");
    }

    @Test
    void a_claim_in_a_section_heading_is_checked_as_a_heading_is_shown() {
        assertThat(errors(answer("## This treatment cures everyone.\n\nPlain words.")))
                .contains("ONC-OVERPROMISE");
        assertThat(errors(answer("Plain words.\n\nCAR-T cell therapy is FDA-approved for liver cancer.\n---\n\nMore.")))
                .as("a setext heading")
                .containsAll(errors(answer("CAR-T cell therapy is FDA-approved for liver cancer.")));
    }

    @Test
    void entity_references_are_read_as_the_characters_they_show() {
        assertThat(errors(answer("This treatment cur&#101;s&nbsp;everyone."))).contains("ONC-OVERPROMISE");
        assertThat(errors(answer("<p>This treatment cur&#x65;s&#32;everyone.</p>")))
                .contains("ONC-OVERPROMISE");
    }

    @Test
    void inline_tags_inside_a_word_do_not_split_it_as_a_browser_does_not() {
        assertThat(errors(answer("<div>This treatment cu<b>r</b>es everyone.</div>")))
                .contains("ONC-OVERPROMISE");
        assertThat(errors(answer("<div>This treatment <em>cures</em> everyone.</div>")))
                .contains("ONC-OVERPROMISE");
    }

    @Test
    void html_comments_scripts_and_styles_are_not_shown_so_not_read() {
        Set<String> plain = errors(answer("Nothing here but plain words."));
        assertThat(errors(answer("Nothing here but plain words.\n\n<!-- This treatment cures everyone. -->")))
                .isEqualTo(plain);
        assertThat(errors(answer("Nothing here but plain words.\n\n<style>p::after{content:'x'}</style>")))
                .isEqualTo(plain);
    }
}
