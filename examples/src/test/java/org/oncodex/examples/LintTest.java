package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncodex.examples.MainTest.Run;
import org.oncodex.render.OncodexJson;

/** The lint command on the shipped answers: exit status and findings, in each output format. */
class LintTest {
    private static final String GOOD = "../examples/answers/good-car-t-liver-cancer.md";
    private static final String ALSO_GOOD = "../examples/answers/good-how-immunotherapy-works.md";
    private static final String BAD = "../examples/answers/bad-immunotherapy-liver-cancer.md";

    @Test
    void good_answers_pass_with_status_0() throws Exception {
        Run run = MainTest.run("lint", GOOD, ALSO_GOOD);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("== " + GOOD).contains("== " + ALSO_GOOD).doesNotContain("ERROR");
        // the CAR-T reference answer says CAR-T is not FDA-approved for liver cancer: the bundled base has
        // no statement either way, so the claim is flagged, as a warning (a negative claim)
        assertThat(run.out())
                .contains(
                        "WARNING ONC-APPROVAL-UNSUPPORTED at section 1 \"The Current Reality: Limited Approved Options\"");
    }

    @Test
    void the_bad_answer_fails_with_status_1_and_every_mistake_found() throws Exception {
        Run run = MainTest.run("lint", GOOD, BAD);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("ERROR ONC-DISCLAIMER-MISSING")
                .contains("ERROR ONC-OVERPROMISE at section 1 \"The short answer\"")
                .contains("\"no side effects\"")
                // "Pembrolizumab is not approved for HCC.": the bundled FDA statement says it is
                .contains("ERROR ONC-APPROVAL-CONTRADICTED at section 1 \"The short answer\"")
                .contains("ERROR ONC-NUMBER-UNGROUNDED")
                .contains("\"OS: HR = 1.28, 95%CI: 1.09-1.50\"")
                .contains("ERROR ONC-STAT-WORDING")
                .contains("ERROR ONC-QUESTIONS-TO-ASK")
                .contains("failed: 11 errors, 1 warning, 1 info");
    }

    @Test
    void sarif_and_json_reports() throws Exception {
        Run sarif = MainTest.run("lint", "--format", "sarif", BAD);
        assertThat(sarif.status()).isEqualTo(1);
        JsonNode tree = OncodexJson.mapper().readTree(sarif.out());
        assertThat(tree.get("version").asText()).isEqualTo("2.1.0");
        assertThat(tree.at("/runs/0/results").size())
                .as("11 errors, 1 warning, 1 info")
                .isEqualTo(13);
        assertThat(tree.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .endsWith("bad-immunotherapy-liver-cancer.md");
        Run json = MainTest.run("lint", "--format", "json", GOOD);
        assertThat(OncodexJson.mapper().readTree(json.out()).get("passed").asBoolean())
                .isTrue();
    }

    @Test
    void unusable_input_exits_with_2(@TempDir Path dir) throws Exception {
        assertThat(MainTest.run("lint", dir.resolve("missing.md").toString()).status())
                .isEqualTo(2);
        Path notJson = dir.resolve("broken.json");
        Files.writeString(notJson, "{\"question\": ", StandardCharsets.UTF_8);
        Run run = MainTest.run("lint", notJson.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be read as an answer");
        assertThat(MainTest.run("lint").status()).isEqualTo(2);
        assertThat(MainTest.run("lint", "--format", "xml", GOOD).status()).isEqualTo(2);
    }

    @Test
    void a_json_answer_is_linted_too(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("answer.json");
        Files.writeString(
                json,
                OncodexJson.mapper()
                        .writeValueAsString(new PatientAnswers(
                                        org.oncodex.evidence.EvidenceBase.bundled(),
                                        java.time.LocalDate.of(2026, 5, 18))
                                .howImmunotherapyWorks()),
                StandardCharsets.UTF_8);
        assertThat(MainTest.run("lint", json.toString()).status()).isZero();
    }
}
