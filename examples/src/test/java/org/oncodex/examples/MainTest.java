package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.evidence.ApprovalStatus;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.SourceType;
import org.oncodex.render.OncodexJson;
import org.oncodex.rules.RuleSet;
import org.oncodex.rules.Severity;
import org.oncodex.testkit.AnswerAssert;

/** The README's first command: the main job prints a complete, rule-clean answer in every format. */
class MainTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    record Run(int status, String out, String err) {}

    static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void without_arguments_it_prints_the_two_readme_answers_and_clean_reports() throws Exception {
        Run run = run();
        assertThat(run.status()).isZero();
        String immunotherapy =
                run.out().substring(0, run.out().indexOf("# Is Keytruda (pembrolizumab) approved for liver cancer?"));
        assertThat(immunotherapy)
                .startsWith("# What is immunotherapy and does it work for liver cancer?")
                .contains("- atezolizumab + bevacizumab")
                // IMbrave150, HR 0.58 (95% CI 0.42 to 0.79) against sorafenib, in patient wording
                .contains("About 42% lower risk of death at any given time, compared with sorafenib.")
                .contains("Atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma")
                .contains("## Questions to ask your care team")
                .contains("passed: 0 errors, 0 warnings");
        String keytruda = run.out().substring(immunotherapy.length());
        assertThat(keytruda)
                .contains("The FDA has given pembrolizumab accelerated approval for hepatocellular carcinoma (HCC)")
                // the bundled statement has no date: the answer says so instead of inventing one
                .contains("Our source does not give the date of this approval.")
                .contains("FDA Approval Summary: Nivolumab Plus Ipilimumab")
                .contains("passed: 0 errors, 0 warnings");
    }

    @ParameterizedTest
    @EnumSource(PatientAnswers.Question.class)
    void every_reference_question_is_answered_complete_and_clean(PatientAnswers.Question question) {
        Answer answer = new PatientAnswers(KB, LocalDate.of(2026, 5, 18)).answer(question);
        RuleSet rules = RuleSet.standard(KB);
        AnswerAssert.assertThat(answer).hasQuestionsToAsk().passes(rules);
        assertThat(rules.check(answer).count(Severity.WARNING))
                .as(rules.check(answer).toText())
                .isZero();
    }

    @Test
    void the_keytruda_answer_states_the_approval_its_source_and_the_missing_date() {
        ApprovalStatus status = KB.approvalStatus("Keytruda", "HCC");
        Answer answer = new PatientAnswers(KB, LocalDate.of(2026, 5, 18)).keytrudaForLiverCancer();
        assertThat(status.approvalDate()).as("the bundled statement's date").isEmpty();
        assertThat(answer.cancerType())
                .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("hepatocellular-carcinoma"));
        AnswerAssert.assertThat(answer)
                .hasSource(status.citation().orElseThrow())
                .hasNoDisclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY);
        assertThat(status.citation().flatMap(Citation::sourceType)).contains(SourceType.REGULATORY_DOCUMENT);
        // every approval claim in it is one the base backs: none unsupported, none contradicted
        assertThat(RuleSet.standard(KB).check(answer).findings())
                .filteredOn(f -> f.ruleId().startsWith("ONC-APPROVAL"))
                .isEmpty();
    }

    @Test
    void the_car_t_answer_makes_no_approval_claim_the_base_cannot_back() throws Exception {
        assertThat(KB.approvalStatus("CAR-T", "liver cancer").verdict()).isEqualTo(ApprovalStatus.Verdict.UNKNOWN);
        Run run = run("--question", "car-t");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("Our evidence has no statement from the FDA about CAR-T cell therapy for liver cancer.")
                .doesNotContain("not approved");
        Answer answer = new PatientAnswers(KB, LocalDate.of(2026, 5, 18)).carTForLiverCancer();
        // UNKNOWN triggers nothing: the investigational disclaimer would itself claim "not approved"
        AnswerAssert.assertThat(answer)
                .hasNoDisclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY)
                .hasDisclaimer(DisclaimerKind.CLINICAL_TRIALS);
        assertThat(RuleSet.standard(KB).check(answer).findings())
                .filteredOn(f -> f.ruleId().startsWith("ONC-APPROVAL"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html", "text", "json"})
    void every_format_renders(String format) throws Exception {
        Run run = run("answer", "--question", "how-it-works", "--format", format);
        assertThat(run.status()).isZero();
        String rendered = run.out().substring(0, run.out().indexOf("---- content rules ----"));
        switch (format) {
            case "html" -> assertThat(rendered).startsWith("<article class=\"oncodex-answer\"");
            case "json" -> {
                JsonNode json = OncodexJson.mapper().readTree(rendered);
                assertThat(json.get("question").asText()).isEqualTo("How does immunotherapy work for cancer?");
                assertThat(OncodexJson.mapper().treeToValue(json, Answer.class).question())
                        .isEqualTo("How does immunotherapy work for cancer?");
            }
            case "text" -> assertThat(rendered).startsWith("How does immunotherapy work for cancer?\n");
            default -> assertThat(rendered).startsWith("# How does immunotherapy work for cancer?");
        }
    }

    @Test
    void unknown_options_exit_with_2_and_say_why() throws Exception {
        assertThat(run("--question", "nope").status()).isEqualTo(2);
        assertThat(run("--question", "nope").err()).contains("unknown question \"nope\"");
        assertThat(run("--format", "pdf").err()).contains("unknown format \"pdf\"");
        assertThat(run("frobnicate").status()).isEqualTo(2);
        assertThat(run("serve", "--port", "http").status()).isEqualTo(2);
        assertThat(run("serve", "--port", "70000").err()).contains("--port \"70000\"");
    }
}
