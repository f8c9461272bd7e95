package org.oncodex.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.CancerType;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.render.HtmlRenderer;
import org.oncodex.render.MarkdownRenderer;
import org.oncodex.render.OncodexJson;

/** The README's answer example, verbatim between the tags: build an answer and render it. */
public final class AnswerExample {
    private AnswerExample() {}

    /**
     * Builds the answer and prints it as Markdown.
     *
     * @throws Exception never, for this answer
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tag::answers[]
        EvidenceBase kb = EvidenceBase.bundled();
        CancerType liver = kb.vocabulary().cancerType("liver cancer").orElseThrow();
        TrialResult liverMets = kb.result("pan-cancer-meta-analysis-os").orElseThrow();

        Answer answer = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does CAR-T cell therapy work for liver cancer?")
                .cancerType(liver)
                .aiGenerated("Example AI")
                .evidence(kb) // finds CAR-T in the text: not approved for liver cancer, so a disclaimer
                .section(
                        "Where it stands",
                        s -> s.paragraph("CAR-T cell therapy is not approved for liver cancer.")
                                .cite(kb.citation("answer-car-t-liver-cancer").orElseThrow()))
                .section(
                        "Why the liver is hard",
                        s -> s.paragraph("With cancer in the liver, immunotherapy tends to " + "work less well:")
                                .statistic(liverMets)) // written from the cited result, never retyped
                .questionsToAsk(
                        "Are there CAR-T clinical trials I could join?",
                        "Which treatments are approved for my liver cancer?",
                        "How would we watch for side effects?")
                .build(); // IncompleteAnswerException names every missing part at once

        String markdown = new MarkdownRenderer().render(answer);
        String html = new HtmlRenderer().render(answer); // escaped: safe to embed
        String json = OncodexJson.mapper().writeValueAsString(answer); // and back, equal
        // end::answers[]
        out.println(markdown);
        out.println(html.length() + " characters of HTML, " + json.length() + " of JSON");
    }
}
