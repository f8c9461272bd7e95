package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's module examples run and show what the README says. */
class ModuleExamplesTest {

    interface Main {
        void run() throws Exception;
    }

    static String output(Main main) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_evidence_example_finds_the_nci_options_the_keytruda_statement_and_mentions() throws Exception {
        assertThat(output(() -> EvidenceExample.main(new String[0])))
                .contains("5 options for localized liver cancer")
                .contains("Keytruda for HCC: APPROVED, ACCELERATED, no approval date in the base, REGULATORY_DOCUMENT: "
                        + "FDA Approval Summary: Nivolumab Plus Ipilimumab")
                .contains("CAR-T for liver cancer: UNKNOWN")
                .contains("knowledge base 2026.11.2, released 2026-11-30")
                .contains("6 results for NSCLC with liver metastases, overall survival")
                .contains("sorafenib -> sorafenib")
                .contains("CAR-T -> car-t-cell-therapy")
                .contains("HCC -> hepatocellular-carcinoma");
    }

    @Test
    void the_answer_example_renders_a_complete_answer_with_its_disclaimers() throws Exception {
        assertThat(output(() -> AnswerExample.main(new String[0])))
                .contains("# Does immunotherapy work for liver cancer?")
                // the author's declaration (NCI lists it only in clinical trials) brings the disclaimer
                .contains("> electroporation therapy is not approved to treat liver cancer.")
                .contains("About 42% lower risk of death at any given time, compared with sorafenib.")
                .contains("## Questions to ask your care team")
                .contains("[^1]:")
                .contains("Liver Cancer Treatment")
                .contains("characters of HTML");
    }

    @Test
    void the_rules_example_finds_the_false_approval_and_the_promise() throws Exception {
        String out = output(() -> RulesExample.main(new String[0]));
        assertThat(out)
                .contains("ERROR ONC-APPROVAL-CONTRADICTED")
                .contains(
                        "says Pembrolizumab is not approved for hepatocellular carcinoma; the evidence base says it is")
                .contains("ERROR ONC-OVERPROMISE")
                .contains("ERROR ONC-NUMBER-UNGROUNDED")
                .contains("ERROR ONC-QUESTIONS-TO-ASK")
                .doesNotContain("ONC-APPROVAL-UNSUPPORTED")
                .contains("publish: false");
    }
}
