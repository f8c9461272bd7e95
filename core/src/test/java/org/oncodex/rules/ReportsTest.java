package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.render.OncodexJson;

/** Several files' reports as one JSON document and one SARIF log. */
class ReportsTest {
    private static final RuleSet RULES = RuleSet.standard(ReferenceAnswers.KB);
    private static final String CURES = "# Does it cure?\n\n## The answer\n\nThis cures cancer.\n";
    private static final String CURES_LATER =
            "# Does it cure?\n\n## The answer\n\nIt is a treatment.\n\nAnd this cures cancer.\n";

    private static Report check(String markdown) {
        return RULES.check(MarkdownAnswers.read(markdown, ReferenceAnswers.KB));
    }

    private static Reports threeFiles() {
        return Reports.builder()
                .add("answers/a.md", check(CURES), CURES)
                .unreadable("answers/broken.json", "expected a JSON object, found null")
                .add("answers/b.md", check(CURES_LATER), CURES_LATER)
                .build();
    }

    @Test
    void json_is_one_array_with_each_file_and_its_report_or_its_error() throws IOException {
        JsonNode json = OncodexJson.mapper().readTree(threeFiles().toJson());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(3);
        assertThat(json.get(0).get("file").asText()).isEqualTo("answers/a.md");
        assertThat(json.get(0).at("/report/passed").asBoolean()).isFalse();
        List<Finding> back = OncodexJson.mapper()
                .readerForListOf(Finding.class)
                .readValue(json.get(0).at("/report/findings"));
        assertThat(back).isEqualTo(check(CURES).findings());
        assertThat(json.get(1).get("file").asText()).isEqualTo("answers/broken.json");
        assertThat(json.get(1).get("error").asText()).isEqualTo("expected a JSON object, found null");
        assertThat(json.get(1).has("report")).isFalse();
        assertThat(json.get(2).get("file").asText()).isEqualTo("answers/b.md");
    }

    @Test
    void sarif_is_one_valid_run_with_each_file_an_artifact_that_results_point_at() throws IOException {
        JsonNode tree = OncodexJson.mapper().readTree(threeFiles().toSarif());
        assertThat(ReportTest.sarifSchema().validate(tree)).as("schema errors").isEmpty();
        assertThat(tree.get("runs").size()).isEqualTo(1);
        JsonNode run = tree.at("/runs/0");
        List<String> artifacts = new ArrayList<>();
        run.get("artifacts").forEach(a -> artifacts.add(a.at("/location/uri").asText()));
        assertThat(artifacts).containsExactly("answers/a.md", "answers/broken.json", "answers/b.md");
        // each rule once, though two reports name them all
        assertThat(run.at("/tool/driver/rules").size()).isEqualTo(RULES.rules().size());
        assertThat(run.get("results").size())
                .isEqualTo(check(CURES).findings().size()
                        + check(CURES_LATER).findings().size());
        List<String> overpromises = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            JsonNode artifact = r.at("/locations/0/physicalLocation/artifactLocation");
            assertThat(artifacts.get(artifact.get("index").asInt()))
                    .as("the artifact at a result's index is the result's uri")
                    .isEqualTo(artifact.get("uri").asText());
            if (r.get("ruleId").asText().equals("ONC-OVERPROMISE")) {
                overpromises.add(artifact.get("uri").asText() + ":"
                        + r.at("/locations/0/physicalLocation/region/startLine").asInt());
            }
        }
        // each file's lines are its own
        assertThat(overpromises).containsExactly("answers/a.md:5", "answers/b.md:7");
        JsonNode invocation = run.at("/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notification = invocation.at("/toolExecutionNotifications/0");
        assertThat(notification.at("/message/text").asText())
                .isEqualTo("answers/broken.json: cannot be read as an answer: expected a JSON object, found null");
        assertThat(notification
                        .at("/locations/0/physicalLocation/artifactLocation/index")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void a_run_that_read_every_file_succeeded_and_passes_only_if_each_file_does() throws IOException {
        Reports passing = Reports.builder()
                .add("good.md", RULES.check(ReferenceAnswers.carTForLiverCancer()))
                .build();
        assertThat(passing.allRead()).isTrue();
        assertThat(passing.passed())
                .isEqualTo(RULES.check(ReferenceAnswers.carTForLiverCancer()).passed());
        JsonNode sarif = OncodexJson.mapper().readTree(passing.toSarif());
        assertThat(ReportTest.sarifSchema().validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean())
                .isTrue();
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation").has("region"))
                .as("no source, no lines")
                .isFalse();
        assertThat(threeFiles().passed()).isFalse();
        assertThat(threeFiles().allRead()).isFalse();
        assertThat(threeFiles().report("answers/b.md")).isPresent();
        assertThat(threeFiles().report("answers/broken.json")).isEmpty();
    }

    @Test
    void file_names_become_uri_references() {
        assertThat(Reports.uri("answers\\my answer.md")).isEqualTo("answers/my%20answer.md");
        assertThat(Reports.uri("réponse.md")).isEqualTo("r%C3%A9ponse.md");
        assertThat(Reports.uri("/tmp/a-b_c~d.md")).isEqualTo("/tmp/a-b_c~d.md");
    }
}
