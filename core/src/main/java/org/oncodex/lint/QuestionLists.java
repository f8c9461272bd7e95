package org.oncodex.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;
import org.oncodex.answer.QuestionsToAsk;

/**
 * The questions to ask under a heading that names the visit or the decision rather than the questions ({@code ##
 * Before your next appointment} over "- [ ] Is my liver function good enough?", {@code ## Before you decide}): read
 * as the questions only when every item of the list asks one, so a checklist of things to bring stays content.
 */
final class QuestionLists {
    private static final Pattern VISIT =
            Pattern.compile("\\b(?:appointments?|visits?|consultations?|check-?ups?|next\\s+steps)\\b"
                    // a heading that names the decision: "Before you decide", "Before deciding"
                    + "|\\bbefore\\s+(?:you\\s+)?(?:decid|choos|start)\\w*"
                    // a heading that names the conversation: "Talk to your care team", "Discuss with your doctor"
                    + "|\\b(?:talk|speak|discuss|conversations?|ask)\\w*\\b.{0,40}?\\b(?:care\\s+team|doctors?|oncologists?"
                    + "|nurses?|physicians?|medical\\s+team)\\b");

    private QuestionLists() {}

    /** Whether {@code list}, under {@code heading}, is the answer's questions to ask: two items or more, each a question. */
    static boolean onlyAsk(@Nullable String heading, ListBlock list) {
        if (heading == null
                || !VISIT.matcher(Headings.clean(heading).toLowerCase(Locale.ROOT))
                        .find()) {
            return false;
        }
        int items = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items++;
                String text = MarkdownText.of(item).strip();
                if (!QuestionLines.asks(text) || !QuestionsToAsk.isQuestion(text)) {
                    return false;
                }
            }
        }
        return items >= 2;
    }

    /**
     * What names {@code list} as the questions to ask: {@code heading} when it names the visit, else the line that
     * leads in to the list when that does; null when neither does or the list does not only ask.
     */
    static @Nullable String named(@Nullable String heading, ListBlock list) {
        if (onlyAsk(heading, list)) {
            return heading;
        }
        String lead = leadIn(list);
        return lead != null && onlyAsk(lead, list) ? lead : null;
    }

    /**
     * The paragraph just before {@code list} when it only leads in to it: a line of up to twenty words ending in a
     * colon ("If it helps, you could bring these to your appointment:"); else null. Such a line names the visit as a
     * heading would, so {@link #onlyAsk} reads the list under it the same way.
     */
    private static @Nullable String leadIn(ListBlock list) {
        if (!(list.getPrevious() instanceof org.commonmark.node.Paragraph p)) {
            return null;
        }
        String text = MarkdownText.of(p).strip();
        return text.endsWith(":") && !text.contains("\n") && text.split("\\s+").length <= 20 ? text : null;
    }

    /** The reader's note on such a list. */
    static String note(int line, @Nullable String heading) {
        return "line " + line + ": the list of questions under \"" + heading + "\" is read as the questions to ask";
    }

    /** A word by which the asker speaks of themselves: "my liver function", "should I", "for me". */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:I|my|me|we|our|us)\\b");

    /**
     * The questions of a paragraph outside any questions part when it is only questions the reader would ask: two
     * lines or more, each a question in the first person ("**Q: Is my AFP level high enough?**"); else empty. Taken
     * as the questions to ask only when the answer has no other, with a note.
     */
    static Optional<Lone> lone(List<String> lines, int line) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        List<String> asked = new ArrayList<>();
        for (String l : lines) {
            Optional<String> q = QuestionLines.question(l).filter(QuestionsToAsk::isQuestion);
            if (q.isEmpty() || !FIRST_PERSON.matcher(q.get()).find()) {
                return Optional.empty();
            }
            asked.add(q.get());
        }
        return Optional.of(new Lone(
                asked,
                "line " + line + ": the answer has no questions part; the paragraph of"
                        + " first-person questions is read as the questions to ask"));
    }

    /**
     * The questions of a list outside any questions part when every item is a question the reader would ask, as
     * {@link #lone(List, int)} reads a paragraph's lines ("### Step 3 — Talk it through" over "- How often would I
     * need scans?"); else null. Taken as the questions to ask only when the answer has no other, with a note.
     */
    static @Nullable Lone lone(ListBlock list, int line) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(MarkdownText.of(item).strip());
            }
        }
        return lone(items, line)
                .map(l -> new Lone(
                        l.questions(),
                        "line " + line + ": the answer has no questions part; the list of first-person questions is"
                                + " read as the questions to ask"))
                .orElse(null);
    }

    /** The questions of such a paragraph and the reader's note on taking them. */
    record Lone(List<String> questions, String note) {}
}
