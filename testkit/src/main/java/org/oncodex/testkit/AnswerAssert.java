package org.oncodex.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerDisclaimer;
import org.oncodex.answer.Answers;
import org.oncodex.answer.Block;
import org.oncodex.answer.Emphasis;
import org.oncodex.answer.EvidenceTable;
import org.oncodex.answer.Inline;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.answer.Section;
import org.oncodex.answer.Source;
import org.oncodex.answer.Statistic;
import org.oncodex.answer.Term;
import org.oncodex.answer.Text;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.Placement;
import org.oncodex.model.evidence.Citation;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;

/*
 * Each assertion checks one thing and, when it fails, names the answer by its question and lists
 * what the answer does have (its disclaimers and where they stand, its questions, its sources, the
 * results it states, the stray markup and where it is), so that a failing test explains itself
 * without a debugger.
 *
 * Messages are built here and handed to AssertJ with every '%' doubled, because AssertJ formats the
 * message and answers contain percentages ("50%"). AssertJ still prefixes a description given with
 * as(...).
 *
 * Assertions that need the content rules (passes(RuleSet)) join this class when the rules exist,
 * in the same shape: check, then fail listing every finding.
 */
/**
 * AssertJ assertions on an {@link Answer}: its disclaimers, questions to ask, sources, the trial
 * results it states, and text free of stray markup.
 *
 * <pre>{@code
 * AnswerAssert.assertThat(answer)
 *         .hasDisclaimerAt(DisclaimerKind.NOT_MEDICAL_ADVICE, Placement.HEADER)
 *         .hasNoDisclaimer(DisclaimerKind.OFF_LABEL_USE)
 *         .hasQuestionsToAsk()
 *         .citesResult("keynote-189-os-liver-metastases")
 *         .hasNoStrayMarkup();
 * }</pre>
 *
 * <p>A failing assertion says what it expected and lists what the answer has instead, such as
 * every disclaimer with its placement. Every assertion fails on a null answer.
 */
public final class AnswerAssert extends AbstractAssert<AnswerAssert, Answer> {

    private AnswerAssert(@Nullable Answer actual) {
        super(actual, AnswerAssert.class);
    }

    /** Starts assertions on {@code actual}. */
    public static AnswerAssert assertThat(@Nullable Answer actual) {
        return new AnswerAssert(actual);
    }

    /** Verifies that the answer carries a disclaimer of {@code kind}, at any placement. */
    public AnswerAssert hasDisclaimer(DisclaimerKind kind) {
        isNotNull();
        if (!actual.hasDisclaimer(kind)) {
            fail(expecting() + "to carry the " + kind + " disclaimer, but it has none.\n" + disclaimerList());
        }
        return this;
    }

    /** Verifies that the answer carries no disclaimer of {@code kind}. */
    public AnswerAssert hasNoDisclaimer(DisclaimerKind kind) {
        isNotNull();
        if (actual.hasDisclaimer(kind)) {
            fail(expecting() + "to carry no " + kind + " disclaimer, but it has:\n" + lines(ofKind(kind)));
        }
        return this;
    }

    /** Verifies that the answer carries a disclaimer of {@code kind} at {@code placement}. */
    public AnswerAssert hasDisclaimerAt(DisclaimerKind kind, Placement placement) {
        isNotNull();
        if (actual.disclaimers(placement).stream().noneMatch(d -> d.disclaimer().kind() == kind)) {
            List<AnswerDisclaimer> elsewhere = ofKind(kind);
            String found = elsewhere.isEmpty()
                    ? "it has none"
                    : "it stands only at "
                            + elsewhere.stream()
                                    .map(d -> d.placement().toString())
                                    .distinct()
                                    .collect(Collectors.joining(" and "));
            fail(expecting() + "to carry the " + kind + " disclaimer at " + placement + ", but " + found + ".\n"
                    + disclaimerList());
        }
        return this;
    }

    /**
     * Verifies that the answer gives the care-team questions an answer needs: {@value
     * QuestionsToAsk#MIN_QUESTIONS} to {@value QuestionsToAsk#MAX_QUESTIONS} of them, each a question
     * ({@link QuestionsToAsk#isQuestion(String)}), under a heading that is not blank.
     */
    public AnswerAssert hasQuestionsToAsk() {
        isNotNull();
        QuestionsToAsk questions = actual.questionsToAsk();
        List<String> problems = new ArrayList<>();
        int n = questions.questions().size();
        if (n < QuestionsToAsk.MIN_QUESTIONS || n > QuestionsToAsk.MAX_QUESTIONS) {
            problems.add("it gives " + n + (n == 1 ? " question" : " questions"));
        }
        for (String question : questions.questions()) {
            if (!QuestionsToAsk.isQuestion(question)) {
                problems.add(quote(question) + " is not a question (no question mark at the end)");
            }
        }
        if (questions.heading().isBlank()) {
            problems.add("the heading is blank");
        }
        if (!problems.isEmpty()) {
            fail(expecting() + "to give " + QuestionsToAsk.MIN_QUESTIONS + " to " + QuestionsToAsk.MAX_QUESTIONS
                    + " questions to ask the care team, each ending with a question mark, but:\n"
                    + bullets(problems) + questionList());
        }
        return this;
    }

    /**
     * Verifies that the answer passes the rule set: no finding of severity error. The failure lists
     * every finding of the report, errors and the rest, with rule id, location and message.
     */
    public AnswerAssert passes(RuleSet rules) {
        isNotNull();
        Report report = rules.check(actual);
        if (!report.passed()) {
            fail(expecting() + "to pass " + rules.rules().size() + " content rules, but the report says:\n"
                    + report.toText());
        }
        return this;
    }

    /**
     * Verifies that the rule set finds what rule {@code ruleId} checks in the answer, at any
     * severity; the failure lists what the report found instead.
     */
    public AnswerAssert violates(RuleSet rules, String ruleId) {
        isNotNull();
        Report report = rules.check(actual);
        if (report.findings(ruleId).isEmpty()) {
            fail(expecting() + "to break rule " + ruleId + ", but the report says:\n" + report.toText());
        }
        return this;
    }

    /** Verifies that {@code question} is one of the answer's questions to ask the care team, word for word. */
    public AnswerAssert hasQuestionToAsk(String question) {
        isNotNull();
        if (!actual.questionsToAsk().questions().contains(question)) {
            fail(expecting() + "to give the question to ask " + quote(question) + ", but it does not.\n"
                    + questionList());
        }
        return this;
    }

    /** Verifies that the answer has a section headed {@code heading}, word for word. */
    public AnswerAssert hasSection(String heading) {
        isNotNull();
        if (actual.sections().stream().noneMatch(s -> s.heading().equals(heading))) {
            List<String> headings =
                    actual.sections().stream().map(s -> quote(s.heading())).toList();
            fail(expecting() + "to have a section headed " + quote(heading) + ", but "
                    + (headings.isEmpty() ? "it has no sections." : "its sections are:\n" + numbered(headings)));
        }
        return this;
    }

    /**
     * Verifies that the answer lists {@code citation} among its numbered sources. Two citations of the
     * same work (same DOI, else PMID, else URL) count as one, as {@link Answer#sourceNumber(Citation)}
     * counts them.
     */
    public AnswerAssert hasSource(Citation citation) {
        isNotNull();
        if (actual.sourceNumber(citation).isEmpty()) {
            fail(expecting() + "to list the source " + describe(citation) + ", but it does not.\n" + sourceList());
        }
        return this;
    }

    /**
     * Verifies that the answer states the trial result with id {@code resultId}: as a statistic in a
     * paragraph, list or callout, or as a row of an evidence table.
     */
    public AnswerAssert citesResult(String resultId) {
        isNotNull();
        List<StatedResult> stated = statedResults();
        if (stated.stream().noneMatch(s -> s.id().equals(resultId))) {
            String found = stated.isEmpty()
                    ? "it states no trial result."
                    : "the results it states are:\n"
                            + bullets(stated.stream()
                                            .map(s -> quote(s.id()) + " " + s.where())
                                            .toList())
                                    .stripTrailing();
            fail(expecting() + "to state the trial result " + quote(resultId) + ", but " + found);
        }
        return this;
    }

    /**
     * Verifies that no text of the answer holds HTML or Markdown markup: tags, character entities,
     * bold or italic markers, links, headings, code. Renderers escape text, so such markup (often left
     * by a language model) would reach the reader as literal characters. The texts checked are the
     * question, headings, paragraphs, list items, callouts, table captions, terms and their
     * definitions, the questions to ask, the key takeaway and the related questions; statistics and
     * disclaimers, which Oncodex writes itself, are not.
     */
    public AnswerAssert hasNoStrayMarkup() {
        isNotNull();
        List<String> found = new ArrayList<>();
        for (LocatedText text : texts(actual)) {
            for (String markup : StrayMarkup.find(text.text())) {
                found.add(text.where() + ": " + markup + " in " + quote(text.text()));
            }
        }
        if (!found.isEmpty()) {
            fail(expecting() + "to hold no HTML or Markdown markup in its text, but found:\n"
                    + bullets(found).stripTrailing());
        }
        return this;
    }

    private void fail(String message) {
        failWithMessage(message.replace("%", "%%"));
    }

    private String expecting() {
        return "\nExpecting the answer to " + quote(actual.question()) + "\n";
    }

    private List<AnswerDisclaimer> ofKind(DisclaimerKind kind) {
        return actual.disclaimers().stream()
                .filter(d -> d.disclaimer().kind() == kind)
                .toList();
    }

    private String disclaimerList() {
        return actual.disclaimers().isEmpty()
                ? "It has no disclaimers."
                : "Its disclaimers:\n" + lines(actual.disclaimers());
    }

    private String lines(List<AnswerDisclaimer> disclaimers) {
        StringBuilder out = new StringBuilder();
        for (AnswerDisclaimer d : disclaimers) {
            out.append("  ").append(d.disclaimer().kind()).append(" at ").append(d.placement());
            if (d.afterSection().isPresent()) {
                int index = d.afterSection().getAsInt();
                out.append(" after section ").append(index + 1);
                if (index < actual.sections().size()) {
                    out.append(' ').append(quote(actual.sections().get(index).heading()));
                }
            }
            out.append(" (")
                    .append(d.disclaimer().id())
                    .append(" v")
                    .append(d.disclaimer().version())
                    .append(' ')
                    .append(d.disclaimer().locale().toLanguageTag())
                    .append(")\n");
        }
        return out.toString().stripTrailing();
    }

    private String questionList() {
        QuestionsToAsk questions = actual.questionsToAsk();
        if (questions.questions().isEmpty()) {
            return "It gives no questions, under the heading " + quote(questions.heading()) + ".";
        }
        return "Its questions, under the heading " + quote(questions.heading()) + ":\n"
                + numbered(
                        questions.questions().stream().map(AnswerAssert::quote).toList());
    }

    private String sourceList() {
        if (actual.sources().isEmpty()) {
            return "It lists no sources.";
        }
        StringBuilder out = new StringBuilder("Its sources:\n");
        for (Source source : actual.sources()) {
            out.append("  [")
                    .append(source.number())
                    .append("] ")
                    .append(describe(source.citation()))
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    private record StatedResult(String id, String where) {}

    /** The results the answer states, in order, each with where it stands. */
    private List<StatedResult> statedResults() {
        List<StatedResult> stated = new ArrayList<>();
        List<Section> sections = actual.sections();
        for (int i = 0; i < sections.size(); i++) {
            String where = "in section " + (i + 1) + " " + quote(sections.get(i).heading());
            for (Block block : sections.get(i).blocks()) {
                if (block instanceof EvidenceTable table) {
                    table.results().forEach(r -> stated.add(new StatedResult(r.id(), where + ", in a table")));
                }
                for (Inline inline : Answers.inlines(block)) {
                    if (inline instanceof Statistic statistic) {
                        stated.add(new StatedResult(statistic.result().id(), where));
                    }
                }
            }
        }
        return stated;
    }

    private record LocatedText(String where, String text) {}

    /** The texts a person or a model wrote, each with where it stands. */
    private static List<LocatedText> texts(Answer answer) {
        List<LocatedText> texts = new ArrayList<>();
        texts.add(new LocatedText("the question", answer.question()));
        List<Section> sections = answer.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            String where = "section " + (i + 1);
            texts.add(new LocatedText(where + " heading", section.heading()));
            for (int j = 0; j < section.blocks().size(); j++) {
                Block block = section.blocks().get(j);
                String blockWhere = where + ", block " + (j + 1);
                if (block instanceof EvidenceTable table) {
                    table.caption().ifPresent(c -> texts.add(new LocatedText(blockWhere + " caption", c)));
                }
                for (Inline inline : Answers.inlines(block)) {
                    if (inline instanceof Text t) {
                        texts.add(new LocatedText(blockWhere, t.value()));
                    } else if (inline instanceof Emphasis e) {
                        texts.add(new LocatedText(blockWhere, e.value()));
                    } else if (inline instanceof Term t) {
                        texts.add(new LocatedText(blockWhere + " term", t.term()));
                        texts.add(new LocatedText(blockWhere + " definition", t.definition()));
                    }
                }
            }
        }
        QuestionsToAsk questions = answer.questionsToAsk();
        texts.add(new LocatedText("the questions' heading", questions.heading()));
        for (int i = 0; i < questions.questions().size(); i++) {
            texts.add(new LocatedText(
                    "question to ask " + (i + 1), questions.questions().get(i)));
        }
        answer.keyTakeaway().ifPresent(k -> texts.add(new LocatedText("the key takeaway", k)));
        for (int i = 0; i < answer.relatedQuestions().size(); i++) {
            String where = "related question " + (i + 1);
            texts.add(new LocatedText(where, answer.relatedQuestions().get(i).question()));
            answer.relatedQuestions()
                    .get(i)
                    .snippet()
                    .ifPresent(s -> texts.add(new LocatedText(where + " preview", s)));
        }
        return texts;
    }

    /** A citation by what identifies it: DOI, PMID or URL, and its title. */
    private static String describe(Citation citation) {
        List<String> parts = new ArrayList<>();
        citation.doi().ifPresent(d -> parts.add("doi:" + d));
        citation.pmid().ifPresent(p -> parts.add("PMID " + p));
        citation.url().ifPresent(parts::add);
        citation.title().ifPresent(t -> parts.add(quote(t)));
        return String.join(" ", parts);
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String bullets(List<String> items) {
        return items.stream().map(i -> "  - " + i + "\n").collect(Collectors.joining());
    }

    private static String numbered(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
