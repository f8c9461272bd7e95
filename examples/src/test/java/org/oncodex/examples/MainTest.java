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
import org.oncodex.evidence.EvidenceBase;
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
    void without_arguments_it_prints_the_immunotherapy_answer_and_a_clean_report() throws Exception {
        Run run = run();
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("# What is immunotherapy and does it work for liver cancer?")
                .contains("- atezolizumab + bevacizumab")
                .contains("About 82% higher risk of death")
                .contains("## Questions to ask your care team")
                .contains("---- content rules ----")
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
    void the_car_t_answer_states_the_approval_status_from_the_evidence_base() throws Exception {
        Run run = run("--question", "car-t");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("CAR-T cell therapy is not approved by the FDA for liver cancer.")
                .contains("CAR T-cell therapy is not approved to treat liver cancer.");
        AnswerAssert.assertThat(new PatientAnswers(KB, LocalDate.of(2026, 5, 18)).carTForLiverCancer())
                .hasDisclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY)
                .hasDisclaimer(DisclaimerKind.CLINICAL_TRIALS);
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
