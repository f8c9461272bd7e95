package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.answer.QuestionsToAsk;

/*
 * Questions a model runs inside one paragraph, each opened by a number or a letter: "You might ask your oncologist:
 * (1) Has my cancer grown? (2) Which side effects should I call about? (3) How would we know it is working?", "ask:
 * 1) ...? 2) ...?", "(a) ...? (b) ...?". The run counts as questions only when every item ends in a question mark,
 * there are two or more, and they are numbered in order from one (or lettered from a), so a sentence that cites
 * "(1)" or lists options stays content.
 */
/** A paragraph's numbered or lettered run of questions, and the lead-in before it. */
final class EnumeratedQuestions {
    /** An item's opener: "(1)", "1)", "1.", "(a)", "a)" after the start, a colon or a space. */
    private static final Pattern OPENER = Pattern.compile("(?:^|(?<=[\\s:：]))\\(?([1-9]|[a-h])[.)]\\s+");

    private EnumeratedQuestions() {}

    /** The questions of a run that is the whole of {@code text}; empty unless it is one, as described above. */
    static Optional<List<String>> of(String text) {
        String t = text.strip();
        Matcher m = OPENER.matcher(t);
        List<int[]> items = new ArrayList<>(); // {opener start, item start}
        char expected = 0;
        while (m.find()) {
            char c = m.group(1).charAt(0);
            if (items.isEmpty()) {
                if (m.start() != 0 || (c != '1' && c != 'a')) {
                    return Optional.empty();
                }
            } else if (c != expected) {
                continue; // "(2)" inside an item that is not the next one: the item's own words
            } else if (!QuestionsToAsk.isQuestion(t.substring(items.get(items.size() - 1)[1], m.start()))) {
                continue; // an opener in the middle of an item ("a) ..." after "take"): the item goes on
            }
            items.add(new int[] {m.start(), m.end()});
            expected = (char) (c + 1);
        }
        if (items.size() < 2) {
            return Optional.empty();
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int end = i + 1 < items.size() ? items.get(i + 1)[0] : t.length();
            String q = t.substring(items.get(i)[1], end).strip();
            if (!QuestionsToAsk.isQuestion(q)) {
                return Optional.empty();
            }
            questions.add(q);
        }
        return Optional.of(questions);
    }

    /** A lead-in that names the questions before a colon, and the run of questions after it. */
    record Run(Optional<String> before, String leadIn, List<String> questions) {
        /** The reader's note on taking the run as the questions to ask. */
        String note(int line) {
            return "line " + line + ": the numbered questions after \"" + leadIn
                    + "\" are read as the questions to ask";
        }
    }

    /**
     * A paragraph whose last sentence before a colon is a lead-in to the questions ("... next appointment. You might
     * ask your oncologist: (1) ...? (2) ...?"), followed by such a run: the words before the lead-in, the lead-in and
     * the questions; empty otherwise.
     */
    static Optional<Run> afterLeadIn(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<List<String>> run = of(text.substring(colon + 1));
        if (run.isEmpty()) {
            return Optional.empty();
        }
        String head = text.substring(0, colon);
        int sentence = Math.max(Math.max(head.lastIndexOf(". "), head.lastIndexOf("! ")), head.lastIndexOf("? "));
        String leadIn = head.substring(sentence + 1).strip();
        if (leadIn.isEmpty() || leadIn.split("\\s+").length > 12 || Headings.of(leadIn) != Headings.Part.QUESTIONS) {
            return Optional.empty();
        }
        String before = head.substring(0, sentence + 1).strip();
        return Optional.of(new Run(Optional.of(before).filter(b -> !b.isEmpty()), leadIn, run.get()));
    }
}
