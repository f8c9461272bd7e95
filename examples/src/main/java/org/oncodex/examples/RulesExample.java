package org.oncodex.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.rules.Finding;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;
import org.oncodex.rules.Severity;

/**
 * The README's content-rules example, verbatim between the tags: check a model-written Markdown
 * answer against the standard rules and print what they find.
 */
public final class RulesExample {
    private RulesExample() {}

    /** Checks the answer and prints the report. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String modelOutput = """
                # Is Keytruda approved for liver cancer?

                Pembrolizumab is not approved for HCC, and it has no side effects.

                In one trial immunotherapy helped (HR 0.71, 95% CI 0.52-0.97).
                """;
        // tag::rules[]
        EvidenceBase kb = EvidenceBase.bundled();
        RuleSet rules = RuleSet.standard(kb) // or clinicianFacing(kb), or fromJson(config, kb)
                .regrade("ONC-READABILITY", Severity.INFO);

        Answer answer = MarkdownAnswers.read(modelOutput, kb); // free text in; typed answers work too
        Report report = rules.check(answer);
        for (Finding finding : report.findings()) {
            // ERROR ONC-APPROVAL-CONTRADICTED at ...: "Pembrolizumab is not approved for HCC, ..." says
            // Pembrolizumab is not approved for hepatocellular carcinoma; the evidence base says it is
            // (FDA Approval Summary: ...) (state the approval status as the cited source does)
            out.println(finding);
        }
        boolean publish = report.passed(); // false: no error may remain
        String sarif = report.toSarif("answers/car-t.md", modelOutput); // for code scanning in CI
        // end::rules[]
        out.println("publish: " + publish);
        out.println(report.counts());
        out.println("SARIF: " + sarif.length() + " characters");
    }
}
