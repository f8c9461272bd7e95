package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.answer.RelatedQuestion;

/** The questions to ask as models write them: numbered or bulleted, quoted, with a note after them. */
final class QuestionLines {
    /**
     * A bullet, a number or a keycap emoji ("1️⃣") before a line, and a task list's box ("[ ]") or an FAQ's "Q:"
     * after it.
     */
    static final Pattern BULLET = Pattern.compile("^\\s*(?:(?:[-*•]|\\d{1,2}[.)])\\s+|" + Headings.KEYCAP_DIGIT
            + "\\s*)?(?:\\[[ xX]\\]\\s+)?(?:Q\\s*:\\s*)?");

    private static final Pattern QUOTED = Pattern.compile("^[\"“'‘](.+?)[\"”'’](.*)$");

    private QuestionLines() {}

    /**
     * The question in a line of the questions to ask: without its bullet or number and its quotes,
     * and without a note after it ({@code "Am I eligible?" (Check ClinicalTrials.gov)}); empty if the
     * line asks nothing.
     */
    static Optional<String> question(String line) {
        return read(line).map(Asked::question);
    }

    /** The question in a line and the note after it (empty when there is none), or empty if the line is blank. */
    static Optional<Asked> read(String line) {
        String t = BULLET.matcher(line.strip()).replaceFirst("").strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher quoted = QUOTED.matcher(t);
        if (quoted.matches() && QuestionsToAsk.isQuestion(quoted.group(1))) {
            return Optional.of(
                    new Asked(quoted.group(1).strip(), quoted.group(2).strip()));
        }
        if (QuestionsToAsk.isQuestion(t)) {
            return Optional.of(new Asked(t, ""));
        }
        int mark = Math.max(t.lastIndexOf('?'), t.lastIndexOf('？'));
        if (mark > 0) {
            String asked = t.substring(0, mark + 1).strip();
            return Optional.of(new Asked(
                    asked.replaceFirst("^[\"“'‘]", "").strip(),
                    t.substring(mark + 1).strip()));
        }
        return Optional.of(new Asked(t, ""));
    }

    /**
     * The questions of a table whose body rows each start with one ("| Question | Why it matters |"), each with
     * the row's other cells as its note; empty when a row asks nothing or there is no body row.
     */
    static Optional<List<Asked>> ofTable(List<List<String>> rows) {
        List<List<String>> body = rows.subList(Math.min(1, rows.size()), rows.size());
        if (body.isEmpty() || !body.stream().allMatch(r -> !r.isEmpty() && QuestionsToAsk.isQuestion(r.get(0)))) {
            return Optional.empty();
        }
        List<Asked> out = new ArrayList<>();
        for (List<String> r : body) {
            out.add(new Asked(r.get(0), String.join(" ", r.subList(1, r.size())).strip()));
        }
        return Optional.of(out);
    }

    /**
     * The questions a paragraph of the questions' part asks: one a line when every line asks one; one with the lines
     * after it as its note when only the first line asks ("**1. How long would treatment last?**" then a line of
     * why); the paragraph's one question; or empty when it asks none.
     */
    static Optional<List<Asked>> ofParagraph(String text, List<String> lines) {
        if (lines.size() > 1) {
            List<Boolean> asks = lines.stream().map(QuestionLines::asks).toList();
            if (!asks.contains(false)) {
                return Optional.of(
                        lines.stream().map(l -> read(l).orElseThrow()).toList());
            }
            if (asks.get(0) && !asks.subList(1, asks.size()).contains(true)) {
                String note = String.join(" ", lines.subList(1, lines.size())).strip();
                return Optional.of(List.of(new Asked(question(lines.get(0)).orElseThrow(), note)));
            }
        }
        // "(1) Has it grown? (2) Which side effects should I call about?" run inside one paragraph
        Optional<List<String>> run = EnumeratedQuestions.of(text);
        if (run.isPresent()) {
            return Optional.of(run.get().stream().map(r -> new Asked(r, "")).toList());
        }
        Optional<Asked> q = read(text);
        return q.isPresent() && QuestionsToAsk.isQuestion(text) ? Optional.of(List.of(q.get())) : Optional.empty();
    }

    /** Whether a line asks a question, with or without a note after it. */
    static boolean asks(String line) {
        return question(line).filter(QuestionsToAsk::isQuestion).isPresent();
    }

    /** A question to ask and what the line says after it: shown, so read as content. */
    record Asked(String question, String note) {}

    /** A related question as listed: "Is it safe? — what the trials say about side effects" is the question and its note. */
    static RelatedQuestion related(String text) {
        int dash = text.indexOf(" — ");
        return dash > 0
                ? RelatedQuestion.of(
                        text.substring(0, dash).strip(),
                        text.substring(dash + 3).strip())
                : RelatedQuestion.of(text.strip());
    }
}
