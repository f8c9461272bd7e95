package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;

/**
 * The development set for the content rules (issue 12): passages written for these tests in the
 * manners of three model families, each seeded with one defect ({@code seeded/defects.txt}) and set
 * into that family's skeleton, and whole correct answers ({@code seeded/correct/}). None of it is
 * model output; the numbers of the correct statements are results of the bundled evidence base.
 *
 * <p>A defect is caught when an ERROR from a rule that fits it stands in the sentence (or table
 * row) that holds the seeded text. The defects the rules do not catch yet are listed with the reason
 * in {@link #KNOWN_MISSES}: the test fails if another one slips through (the catch rate may not
 * drop) and if a listed one is caught (the list must be kept true).
 */
class SeededDevelopmentSetTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final RuleSet RULES = RuleSet.standard(KB);

    /** Defects the rules miss today, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    private static final List<String> CORRECT = List.of(
            "01-first-line-gpt.md",
            "02-second-line-claude.md",
            "03-liver-metastases-gemini.md",
            "04-after-surgery-gpt.md",
            "05-nivolumab-ipilimumab-claude.md",
            "06-sorafenib-history-gemini.md",
            "07-gastric-gpt.md",
            "08-colorectal-liver-claude.md",
            "09-pembrolizumab-gemini.md",
            "10-first-line-table-gpt.md",
            "11-pancreas-and-vocabulary-claude.md",
            "12-respectively-nejm-claude.md",
            "13-approvals-gemini.md",
            "14-plain-words-gpt.md",
            "15-second-line-table-claude.md",
            "16-liver-mets-lung-gemini.md");

    /** One seeded defect: its kind and name, the skeleton's style, the rules that fit, the seeded text. */
    record Case(String id, String style, Set<String> rules, String seeded, String passage) {
        String kind() {
            return id.substring(0, id.indexOf('/'));
        }
    }

    static String resource(String name) {
        try (InputStream in = SeededDevelopmentSetTest.class.getResourceAsStream("seeded/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> cases() {
        return cases("defects.txt");
    }

    /** The cases of a defects file in the format of {@code seeded/defects.txt}. */
    static List<Case> cases(String file) {
        List<Case> cases = new ArrayList<>();
        List<String> blocks = Splitter.on("\n=== ").splitToList(resource(file));
        for (String block : blocks.subList(1, blocks.size())) {
            int eol = block.indexOf('\n');
            String[] head = block.substring(0, eol).split("\\s*\\|\\s*", 4);
            assertThat(head).as(block).hasSize(4);
            cases.add(new Case(
                    head[0].strip(),
                    head[1],
                    new TreeSet<>(Splitter.on(',').splitToList(head[2])),
                    head[3].strip(),
                    block.substring(eol + 1).strip()));
        }
        return cases;
    }

    static Answer answerOf(Case c) {
        String template = resource("template-" + c.style() + ".md");
        assertThat(template).contains("\n{{passage}}\n");
        return MarkdownAnswers.read(template.replace("\n{{passage}}\n", "\n" + c.passage() + "\n"), KB);
    }

    static List<Finding> errors(Answer answer) {
        return RULES.check(answer).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    }

    /** The finding of a fitting rule in the sentence that holds the seeded text, if any. */
    static Optional<Finding> catching(Case c, Answer answer, List<Finding> errors) {
        for (TextUnit unit : TextUnit.of(answer)) {
            int at = unit.text().indexOf(c.seeded());
            if (at < 0) {
                continue;
            }
            int[] sentence = Sentences.of(unit.text()).stream()
                    .filter(s -> at >= s[0] && at < s[1])
                    .findFirst()
                    .orElse(new int[] {0, unit.text().length()});
            for (Finding f : errors) {
                Location l = f.location();
                Location u = unit.location();
                boolean sameUnit = l.part() == u.part()
                        && l.sectionIndex().equals(u.sectionIndex())
                        && l.blockIndex().equals(u.blockIndex())
                        && l.itemIndex().equals(u.itemIndex());
                boolean inSentence = l.start().isEmpty()
                        || (l.start().getAsInt() < sentence[1]
                                && l.end().orElse(l.start().getAsInt()) > sentence[0]);
                if (sameUnit && inSentence && c.rules().contains(f.ruleId())) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void the_development_set_covers_every_kind_of_defect_with_its_seeded_text_in_the_answer() {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(90);
        assertThat(cases.stream().map(Case::kind).distinct()).containsExactlyInAnyOrderElementsOf(KINDS);
        assertEachSeededTextIsRead(cases, SeededDevelopmentSetTest::answerOf);
    }

    /** The kinds of defect the issue names, each the prefix of a case's id. */
    static final List<String> KINDS =
            List.of("misattributed", "altered", "significance", "direction", "people", "approval", "words", "median");

    /** Asserts that the ids are distinct and each case's seeded text is in its passage and in what the rules read. */
    static void assertEachSeededTextIsRead(List<Case> cases, Function<Case, Answer> answerOf) {
        assertThat(cases.stream().map(Case::id).distinct()).hasSameSizeAs(cases);
        for (Case c : cases) {
            assertThat(c.passage()).as(c.id()).contains(c.seeded());
            assertThat(TextUnit.of(answerOf.apply(c)))
                    .as(c.id() + ": the seeded text is in what the rules read")
                    .anySatisfy(u -> assertThat(u.text()).contains(c.seeded()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt", "claude", "gemini"})
    void each_skeleton_with_a_plain_passage_raises_no_error(String style) {
        Answer answer = answerOf(
                new Case("plain/x", style, Set.of(), "", "Treatment choices depend on how well the liver works [1]."));
        assertThat(errors(answer)).isEmpty();
        assertThat(answer.sources()).hasSize(16);
    }

    @Test
    void every_seeded_defect_is_caught_at_its_sentence_but_the_known_misses() {
        assertCaughtButTheKnownMisses("seeded development set", cases(), KNOWN_MISSES);
    }

    /**
     * Counts the cases caught, prints the tally by kind and the misses, and asserts that the misses
     * are exactly {@code knownMisses}: no other slips through, and each listed one still does.
     */
    static void assertCaughtButTheKnownMisses(String set, List<Case> cases, Map<String, String> knownMisses) {
        assertCaughtButTheKnownMisses(set, cases, knownMisses, SeededDevelopmentSetTest::answerOf, c -> RULES);
    }

    /** As above, with each case read and checked the way {@code answerOf} and {@code rulesOf} say. */
    static void assertCaughtButTheKnownMisses(
            String set,
            List<Case> cases,
            Map<String, String> knownMisses,
            Function<Case, Answer> answerOf,
            Function<Case, RuleSet> rulesOf) {
        Map<String, String> missed = new TreeMap<>();
        Map<String, int[]> byKind = new TreeMap<>();
        for (Case c : cases) {
            Answer answer = answerOf.apply(c);
            List<Finding> errors = rulesOf.apply(c).check(answer).findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .toList();
            boolean caught = catching(c, answer, errors).isPresent();
            int[] tally = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
            tally[1]++;
            if (caught) {
                tally[0]++;
            } else {
                missed.put(c.id(), errors.toString());
            }
        }
        int caught = cases.size() - missed.size();
        StringBuilder summary = new StringBuilder(set + ": caught " + caught + " of " + cases.size());
        byKind.forEach((k, t) -> summary.append("; ")
                .append(k)
                .append(' ')
                .append(t[0])
                .append('/')
                .append(t[1]));
        System.out.println(summary);
        missed.forEach((id, errors) -> System.out.println("  missed " + id + ": " + errors));
        assertThat(missed.keySet())
                .as("defects missed that are not known misses (the catch rate may not drop)")
                .isSubsetOf(knownMisses.keySet());
        assertThat(knownMisses.keySet())
                .as("known misses now caught: take them off the list")
                .isSubsetOf(missed.keySet());
    }

    static List<String> correctAnswers() {
        return CORRECT;
    }

    /** Errors the rules raise today on a correct answer: the answer's file and the quoted text, with why. */
    private static final Map<String, String> KNOWN_FALSE_ERRORS = Map.of();

    private static List<String> falseErrors(String name) {
        return errors(MarkdownAnswers.read(resource("correct/" + name), KB)).stream()
                .map(f -> name + ": " + f.quote().orElse("") + " | " + f)
                .toList();
    }

    private static boolean known(String error) {
        return KNOWN_FALSE_ERRORS.keySet().stream().anyMatch(k -> error.startsWith(k + " | "));
    }

    @ParameterizedTest
    @MethodSource("correctAnswers")
    void a_correct_answer_written_naturally_raises_no_error_but_the_known_ones(String name) {
        assertThat(falseErrors(name)).as(name).allMatch(SeededDevelopmentSetTest::known);
        assertThat(MarkdownAnswers.read(resource("correct/" + name), KB).sources())
                .as(name)
                .isNotEmpty();
    }

    @Test
    void the_correct_answers_raise_only_the_known_false_errors() {
        List<String> all = new ArrayList<>();
        CORRECT.forEach(name -> all.addAll(falseErrors(name)));
        all.forEach(e -> System.out.println("  false error in " + e));
        System.out.println("correct answers: " + CORRECT.size() + ", false errors: " + all.size());
        assertThat(CORRECT).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all).as("false errors on correct answers").allMatch(SeededDevelopmentSetTest::known);
        assertThat(KNOWN_FALSE_ERRORS.keySet())
                .as("known false errors no longer raised: take them off the list")
                .allMatch(k -> all.stream().anyMatch(e -> e.startsWith(k + " | ")));
    }
}
