package org.oncodex.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.ApprovalState;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.TreatmentOption;
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
        TrialResult imbrave150 = kb.result("imbrave150-os").orElseThrow(); // HCC, overall survival
        TreatmentOption inTrials = kb.treatmentOptions(liver).stream()
                .filter(o -> o.availability() == TreatmentOption.Availability.IN_CLINICAL_TRIALS)
                .findFirst()
                .orElseThrow(); // NCI: electroporation therapy, tested in clinical trials

        Answer answer = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does immunotherapy work for liver cancer?")
                .cancerType(liver)
                .aiGenerated("Example AI")
                .evidence(kb) // finds the treatments in the text and looks up their approval
                .section(
                        "What a large trial found",
                        s -> s.paragraph("People with HCC, a kind of liver cancer, got atezolizumab + "
                                        + "bevacizumab or sorafenib. With the immunotherapy mix:")
                                .statistic(imbrave150)) // written from the cited result, never retyped
                .section(
                        "What is being tested",
                        s -> s.paragraph("Electroporation therapy is being tested in clinical trials.")
                                .cite(inTrials.citation()))
                // the base holds no approval statement for it, only NCI's "in clinical trials": declaring
                // it investigational is your call, and brings the investigational-therapy disclaimer
                .mentions("electroporation therapy", ApprovalState.INVESTIGATIONAL)
                .questionsToAsk(
                        "Could I join a clinical trial?",
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
