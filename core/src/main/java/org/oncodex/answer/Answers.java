package org.oncodex.answer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oncodex.disclaimers.AnswerFacts;
import org.oncodex.disclaimers.Channel;
import org.oncodex.evidence.EvidenceBase;

/** Reading an answer's parts: its inlines, its text, and the facts a disclaimer policy sees. */
public final class Answers {
    private Answers() {}

    /** The inlines of a block, list items' in order; none for an evidence table. */
    public static List<Inline> inlines(Block block) {
        if (block instanceof Paragraph p) {
            return p.inlines();
        }
        if (block instanceof Callout c) {
            return c.inlines();
        }
        if (block instanceof BulletList l) {
            return l.items().stream().flatMap(i -> i.inlines().stream()).toList();
        }
        if (block instanceof NumberedList l) {
            return l.items().stream().flatMap(i -> i.inlines().stream()).toList();
        }
        return List.of();
    }

    /**
     * The facts a disclaimer policy sees in an answer, found in its own text: whether AI wrote it,
     * clinical trials and off-label use mentioned in its statements (a question the reader is given to
     * ask the care team about trials sends them to the people who explain trials, so questions do
     * not count). Without an evidence base no
     * therapy is recognised; see {@link #facts(Answer, EvidenceBase)}.
     */
    public static AnswerFacts facts(Answer answer) {
        return find(answer, null);
    }

    /**
     * The facts a disclaimer policy sees in an answer, with the therapies its text names (by the
     * evidence base's vocabulary) and their approval for its cancer type. The answer's channel is
     * not recorded: the web is assumed.
     */
    public static AnswerFacts facts(Answer answer, EvidenceBase evidence) {
        return find(answer, evidence);
    }

    private static AnswerFacts find(Answer answer, @Nullable EvidenceBase evidence) {
        List<String> texts = new ArrayList<>();
        answer.sections().forEach(s -> texts.add(s.plainText()));
        answer.keyTakeaway().ifPresent(texts::add);
        List<String> asked = new ArrayList<>();
        asked.add(answer.question());
        asked.addAll(answer.questionsToAsk().questions());
        return FactFinder.find(texts, asked, List.of(), List.of(), answer.cancerType(), evidence)
                .facts(
                        answer.provenance().isAiGenerated(),
                        answer.audience(),
                        Channel.WEB,
                        answer.cancerType(),
                        false,
                        false,
                        false);
    }
}
