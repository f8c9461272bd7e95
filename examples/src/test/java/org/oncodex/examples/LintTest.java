package org.oncodex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                .contains("failed: 10 errors, 2 warnings, 1 info");
    }

    @Test
    void sarif_and_json_reports() throws Exception {
        Run sarif = MainTest.run("lint", "--format", "sarif", BAD);
        assertThat(sarif.status()).isEqualTo(1);
        JsonNode tree = OncodexJson.mapper().readTree(sarif.out());
        assertThat(tree.get("version").asText()).isEqualTo("2.1.0");
        assertThat(tree.at("/runs/0/results").size())
                .as("10 errors, 2 warnings, 1 info")
                .isEqualTo(13);
        assertThat(tree.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .endsWith("bad-immunotherapy-liver-cancer.md");
        Run json = MainTest.run("lint", "--format", "json", GOOD);
        assertThat(OncodexJson.mapper()
                        .readTree(json.out())
                        .at("/0/report/passed")
                        .asBoolean())
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

    @Test
    void several_files_make_one_json_document_with_each_file_named() throws Exception {
        Run run = MainTest.run("lint", "--format", "json", GOOD, BAD, "missing.md");
        assertThat(run.status()).as("a file cannot be used").isEqualTo(2);
        JsonNode files = OncodexJson.mapper().readTree(run.out());
        assertThat(files.isArray()).isTrue();
        assertThat(files.size()).isEqualTo(3);
        assertThat(files.at("/0/file").asText()).isEqualTo(GOOD);
        assertThat(files.at("/0/report/passed").asBoolean()).isTrue();
        assertThat(files.at("/1/file").asText()).isEqualTo(BAD);
        assertThat(files.at("/1/report/counts/ERROR").asInt()).isEqualTo(10);
        assertThat(files.at("/2/file").asText()).isEqualTo("missing.md");
        assertThat(files.at("/2/error").asText()).isEqualTo("no such file");
    }

    @Test
    void several_files_make_one_sarif_log_with_each_file_an_artifact() throws Exception {
        Run run = MainTest.run("lint", "--format", "sarif", GOOD, BAD);
        assertThat(run.status()).isEqualTo(1);
        JsonNode tree = OncodexJson.mapper().readTree(run.out());
        assertThat(tree.get("runs").size()).isEqualTo(1);
        JsonNode artifacts = tree.at("/runs/0/artifacts");
        assertThat(artifacts.size()).isEqualTo(2);
        assertThat(artifacts.at("/1/location/uri").asText()).isEqualTo(BAD);
        int bad = 0;
        for (JsonNode r : tree.at("/runs/0/results")) {
            JsonNode artifact = r.at("/locations/0/physicalLocation/artifactLocation");
            if (artifact.get("index").asInt() == 1) {
                assertThat(artifact.get("uri").asText()).isEqualTo(BAD);
                bad++;
            }
        }
        assertThat(bad).as("the bad answer's 10 errors, 2 warnings, 1 info").isEqualTo(13);
        assertThat(tree.at("/runs/0/invocations/0/executionSuccessful").asBoolean())
                .isTrue();
    }

    @Test
    void a_file_that_cannot_be_used_does_not_drop_the_others_reports(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("missing.md").toString();
        Run text = MainTest.run("lint", GOOD, missing, BAD);
        assertThat(text.status()).isEqualTo(2);
        assertThat(text.out())
                .contains("== " + GOOD)
                .contains("== " + BAD)
                .contains("failed: 10 errors, 2 warnings, 1 info");
        assertThat(text.err())
                .isEqualTo(missing + ": cannot be read as an answer: no such file" + System.lineSeparator());
        Run sarif = MainTest.run("lint", "--format", "sarif", missing, BAD);
        assertThat(sarif.status()).isEqualTo(2);
        JsonNode tree = OncodexJson.mapper().readTree(sarif.out());
        assertThat(tree.at("/runs/0/artifacts").size()).isEqualTo(2);
        assertThat(tree.at("/runs/0/results").size()).isEqualTo(13);
        assertThat(tree.at("/runs/0/invocations/0/executionSuccessful").asBoolean())
                .isFalse();
        assertThat(tree.at("/runs/0/invocations/0/toolExecutionNotifications/0/message/text")
                        .asText())
                .endsWith("missing.md: cannot be read as an answer: no such file");
    }

    @Test
    void a_file_over_the_size_limit_is_not_read(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.md");
        Files.copy(Path.of(GOOD), good);
        long size = Files.size(good);
        Run limited = MainTest.run("lint", "--max-bytes", Long.toString(size - 1), good.toString(), BAD);
        assertThat(limited.status()).isEqualTo(2);
        assertThat(limited.err())
                .isEqualTo(good + ": cannot be read as an answer: is " + size + " bytes, larger than the limit of "
                        + (size - 1) + " bytes (raise it with --max-bytes)" + System.lineSeparator());
        assertThat(limited.out()).contains("== " + BAD).doesNotContain("== " + good);
        assertThat(MainTest.run("lint", "--max-bytes", Long.toString(size), good.toString())
                        .status())
                .as("at the limit, the file is read and passes")
                .isZero();
        // the default limit, 16 MiB: a sparse 17 MiB file is refused by its size, before it is read
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(17L * 1024 * 1024);
        }
        Run run = MainTest.run("lint", huge.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is 17825792 bytes, larger than the limit of 16777216 bytes");
    }

    @Test
    void a_json_answer_that_is_not_an_object_says_so(@TempDir Path dir) throws Exception {
        Path nothing = dir.resolve("null.json");
        Files.writeString(nothing, "null\n", StandardCharsets.UTF_8);
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[]", StandardCharsets.UTF_8);
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        Run run = MainTest.run("lint", nothing.toString(), list.toString(), empty.toString());
        assertThat(run.status()).isEqualTo(2);
        String expected =
                ": cannot be read as an answer: expected a JSON object (an answer as OncodexJson writes it), found ";
        assertThat(run.err())
                .contains(nothing + expected + "null")
                .contains(list + expected + "an array")
                .contains(empty + expected + "nothing");
    }

    @Test
    void a_file_that_is_not_utf_8_or_a_directory_cannot_be_used(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "# R\u00e9ponse?\n".getBytes(StandardCharsets.ISO_8859_1));
        Run run = MainTest.run("lint", latin1.toString(), dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(latin1 + ": cannot be read as an answer: is not UTF-8 text")
                .contains(dir + ": cannot be read as an answer: is a directory");
    }

    @Test
    void bad_options_exit_with_2() throws Exception {
        for (String[] args : List.of(
                new String[] {"lint", "--max-bytes", "lots", GOOD},
                new String[] {"lint", "--max-bytes", "0", GOOD},
                new String[] {"lint", "--fromat", "json", GOOD},
                new String[] {"lint", GOOD, "--format"})) {
            Run run = MainTest.run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).isNotEmpty();
        }
    }
}
