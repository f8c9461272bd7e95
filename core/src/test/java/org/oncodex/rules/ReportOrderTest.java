package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oncodex.render.OncodexJson;

/**
 * A report's order and its SARIF form, from findings made for these tests: document order by part,
 * section, block, item and offset, each finding's rule index and message, and the note a file's log
 * gives for findings not shown.
 */
class ReportOrderTest {
    private static final ContentRule RULE = new BaseRule("ACME-ORDER", Severity.WARNING, "Written for this test.") {
        @Override
        public List<Finding> check(org.oncodex.answer.Answer answer) {
            return List.of();
        }
    };

    private static Finding at(String message, Location location) {
        return Finding.builder()
                .ruleId(RULE.id())
                .severity(Severity.WARNING)
                .location(location)
                .message(message)
                .suggestion("fix " + message)
                .build();
    }

    private static Location.Builder section(int i) {
        return Location.builder().part(Location.Part.SECTION).sectionIndex(i);
    }

    @Test
    void findings_are_ordered_by_section_block_item_and_offset_and_a_missing_index_comes_first() {
        List<Finding> given = List.of(
                at("section 1", section(1).build()),
                at("section 0 block 2", section(0).blockIndex(2).build()),
                at(
                        "section 0 block 1 item 1",
                        section(0).blockIndex(1).itemIndex(1).build()),
                at(
                        "section 0 block 1 item 0 at 9",
                        section(0).blockIndex(1).itemIndex(0).start(9).end(10).build()),
                at(
                        "section 0 block 1 item 0 at 3",
                        section(0).blockIndex(1).itemIndex(0).start(3).end(4).build()),
                at(
                        "section 0 block 1 item 0",
                        section(0).blockIndex(1).itemIndex(0).build()),
                at("section 0 block 1", section(0).blockIndex(1).build()),
                at("section 0 block 0", section(0).blockIndex(0).build()),
                at("section 0", section(0).build()),
                at("a section", Location.builder().part(Location.Part.SECTION).build()),
                at("the question", Location.of(Location.Part.QUESTION)));
        List<String> documentOrder = List.of(
                "the question",
                "a section",
                "section 0",
                "section 0 block 0",
                "section 0 block 1",
                "section 0 block 1 item 0",
                "section 0 block 1 item 0 at 3",
                "section 0 block 1 item 0 at 9",
                "section 0 block 1 item 1",
                "section 0 block 2",
                "section 1");
        Report report = new Report(given, List.of(RULE));
        assertThat(report.findings().stream().map(Finding::message).toList()).isEqualTo(documentOrder);
        assertThat(report.toString()).isEqualTo(report.toText());
    }

    @Test
    void each_sarif_result_points_at_its_rule_and_says_what_to_do() throws IOException {
        Report report = new Report(List.of(at("a", Location.of(Location.Part.QUESTION))), List.of(RULE));
        JsonNode result = OncodexJson.mapper().readTree(report.toSarif()).at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("ACME-ORDER");
        assertThat(result.get("ruleIndex").asInt()).isZero();
        assertThat(result.at("/message/text").asText()).isEqualTo("a (fix a)");
        assertThat(result.get("level").asText()).isEqualTo("warning");
    }

    @Test
    void a_files_note_for_findings_not_shown_names_the_file() throws IOException {
        List<Finding> many = new ArrayList<>();
        IntStream.range(0, Report.MAX_SHOWN_PER_RULE + 2)
                .forEach(i -> many.add(at("n" + i, section(0).blockIndex(i).build())));
        Report report = new Report(many, List.of(RULE));
        JsonNode run = OncodexJson.mapper()
                .readTree(report.toSarif("answers/a.md", "text"))
                .at("/runs/0");
        JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(note.at("/message/text").asText())
                .isEqualTo("answers/a.md: " + Report.notShownMessage("ACME-ORDER", 2));
        assertThat(note.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("answers/a.md");
        assertThat(note.at("/locations/0/physicalLocation/artifactLocation/index")
                        .asInt())
                .isZero();
        assertThat(run.at("/results").size()).isEqualTo(Report.MAX_SHOWN_PER_RULE);
        JsonNode plain = OncodexJson.mapper().readTree(report.toSarif()).at("/runs/0");
        assertThat(plain.at("/invocations/0/toolExecutionNotifications/0/message/text")
                        .asText())
                .isEqualTo(Report.notShownMessage("ACME-ORDER", 2));
    }
}
