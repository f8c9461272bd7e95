package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.rules.SeededDevelopmentSetTest.Case;

/**
 * The second held-out batch for the content rules (issue 12): seeded defects
 * ({@code seeded/defects-heldout-2.txt}) and correct answers ({@code seeded/correct-heldout-2/}) written
 * before looking at how the rules read them, in more styles than the development set (footnote sources,
 * bylines, emojis, nested lists, blockquotes, bold pseudo-headings, the project's own markers). None of it
 * is model output; the numbers of the correct statements are results of the bundled evidence base or the
 * words of a result's quote.
 *
 * <p>Counted as {@link SeededDevelopmentSetTest} counts: a defect is caught by an ERROR of a fitting rule in
 * the sentence (or table row) that holds the seeded text. The misses left are listed with the reason; the
 * test fails if another slips through or a listed one is caught.
 */
class SeededHeldOutSetTest {
    private static final String DEFECTS = "defects-heldout-2.txt";
    private static final String CORRECT_DIR = "correct-heldout-2/";

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of(
            "significance/prespecified-threshold-missed",
            "KEYNOTE-240's P = .0238 is below 0.05 and its interval excludes 1, yet the trial missed its prespecified"
                    + " threshold; the evidence base says so only in the result's free-text note, which no rule reads (a"
                    + " structured 'not significant per the trial's criteria' field would let the wording rule see it)");

    /** Errors the rules raise today on a correct answer: the file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static final List<String> CORRECT = List.of(
            "h01-after-sorafenib-footnotes-perplexity.md",
            "h02-first-line-emoji-copilot.md",
            "h03-first-line-table-blockquote-claude.md",
            "h04-lung-liver-mets-bold-gemini.md",
            "h05-pembrolizumab-nested-gpt.md",
            "h06-local-therapies-claude.md",
            "h07-stomach-cancer-markers.md");

    @ParameterizedTest
    @ValueSource(strings = {"perplexity", "copilot"})
    void each_new_skeleton_with_a_plain_passage_raises_no_error(String style) {
        var answer = SeededDevelopmentSetTest.answerOf(
                new Case("plain/x", style, Set.of(), "", "Treatment choices depend on how well the liver works [1]."));
        assertThat(SeededDevelopmentSetTest.errors(answer)).isEmpty();
        assertThat(answer.sources()).hasSize(16);
    }

    @Test
    void the_batch_has_forty_defects_or_more_with_their_seeded_text_in_what_the_rules_read() {
        List<Case> cases = SeededDevelopmentSetTest.cases(DEFECTS);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases.stream().map(Case::id).distinct()).hasSameSizeAs(cases);
        for (Case c : cases) {
            assertThat(TextUnit.of(SeededDevelopmentSetTest.answerOf(c)))
                    .as(c.id() + ": the seeded text is in what the rules read")
                    .anySatisfy(u -> assertThat(u.text()).contains(c.seeded()));
        }
    }

    @Test
    void every_seeded_defect_is_caught_at_its_sentence_but_the_known_misses() {
        SeededDevelopmentSetTest.assertCaughtButTheKnownMisses(
                "held-out batch 2", SeededDevelopmentSetTest.cases(DEFECTS), KNOWN_MISSES);
    }

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        EvidenceBase kb = EvidenceBase.bundled();
        List<String> all = new ArrayList<>();
        for (String name : CORRECT) {
            String markdown = SeededDevelopmentSetTest.resource(CORRECT_DIR + name);
            var answer = MarkdownAnswers.read(markdown, kb);
            assertThat(answer.sources()).as(name).isNotEmpty();
            SeededDevelopmentSetTest.errors(answer).stream()
                    .map(f -> name + ": " + f.quote().orElse("") + " | " + f)
                    .forEach(all::add);
        }
        all.forEach(e -> System.out.println("  false error in " + e));
        System.out.println("held-out correct answers: " + CORRECT.size() + ", false errors: " + all.size());
        assertThat(all)
                .as("false errors on correct answers")
                .allMatch(e -> KNOWN_FALSE_ERRORS.keySet().stream().anyMatch(k -> e.startsWith(k + " | ")));
        assertThat(KNOWN_FALSE_ERRORS.keySet())
                .as("known false errors no longer raised: take them off the list")
                .allMatch(k -> all.stream().anyMatch(e -> e.startsWith(k + " | ")));
    }
}
