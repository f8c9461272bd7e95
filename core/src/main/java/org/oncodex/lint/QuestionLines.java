package org.oncodex.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.QuestionsToAsk;

/** The questions to ask as models write them: numbered or bulleted, quoted, with a note after them. */
final class QuestionLines {
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}[.)])\\s+");
    private static final Pattern QUOTED = Pattern.compile("^[\"“'‘](.+?)[\"”'’](.*)$");

    private QuestionLines() {}

    /**
     * The question in a line of the questions to ask: without its bullet or number and its quotes,
     * and without a note after it ({@code "Am I eligible?" (Check ClinicalTrials.gov)}); empty if the
     * line asks nothing.
     */
    static Optional<String> question(String line) {
        String t = BULLET.matcher(line.strip()).replaceFirst("").strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher quoted = QUOTED.matcher(t);
        if (quoted.matches() && QuestionsToAsk.isQuestion(quoted.group(1))) {
            return Optional.of(quoted.group(1).strip());
        }
        if (QuestionsToAsk.isQuestion(t)) {
            return Optional.of(t);
        }
        int mark = Math.max(t.lastIndexOf('?'), t.lastIndexOf('？'));
        if (mark > 0) {
            String asked = t.substring(0, mark + 1).strip();
            return Optional.of(asked.replaceFirst("^[\"“'‘]", "").strip());
        }
        return Optional.of(t);
    }
}
