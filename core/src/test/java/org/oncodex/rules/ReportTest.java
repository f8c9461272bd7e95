package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncodex.Scaling;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.render.OncodexJson;

class ReportTest {
    private static final RuleSet RULES = RuleSet.standard(ReferenceAnswers.KB);
    private static final String BAD = """
            # Does immunotherapy cure liver cancer?

            ## The answer

            Immunotherapy cures liver cancer. CAR-T cell therapy is FDA-approved for liver cancer.
            The hazard ratio was 0.41 (95% CI 0.30-0.55).

            ## Questions to ask your care team

            1. Is it right for me?
            2. What does it cost
            """;

    private static Report badReport() {
        return RULES.check(MarkdownAnswers.read(BAD, ReferenceAnswers.KB));
    }

    @Test
    void findings_are_in_document_order_with_counts_and_a_verdict() {
        Report report = badReport();
        assertThat(report.passed()).isFalse();
        assertThat(report.count(Severity.ERROR)).isGreaterThanOrEqualTo(5);
        assertThat(report.findings().get(0).location().part()).isIn(Location.Part.ANSWER, Location.Part.DISCLAIMERS);
        List<Location.Part> parts =
                report.findings().stream().map(f -> f.location().part()).toList();
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).compareTo(parts.get(i - 1))).isGreaterThanOrEqualTo(0);
        }
        assertThat(report.toText())
                .contains("ERROR ONC-OVERPROMISE at section 1 \"The answer\"")
                .contains("ERROR ONC-APPROVAL-CONTRADICTED")
                .contains("ERROR ONC-NUMBER-UNGROUNDED")
                .contains("\"What does it cost\" is not a question")
                .endsWith("info\n")
                .contains("failed: ");
    }

    @Test
    void json_lists_counts_and_findings() throws IOException {
        JsonNode json = OncodexJson.mapper().readTree(badReport().toJson());
        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.get("counts").get("ERROR").asInt())
                .isEqualTo((int) badReport().count(Severity.ERROR));
        assertThat(json.get("findings").get(0).has("ruleId")).isTrue();
        List<Finding> back = OncodexJson.mapper().readerForListOf(Finding.class).readValue(json.get("findings"));
        assertThat(back).isEqualTo(badReport().findings());
    }

    @Test
    void sarif_validates_against_the_sarif_2_1_0_schema_and_points_at_lines() throws IOException {
        String sarif = badReport().toSarif("answers/bad.md", BAD);
        JsonNode tree = OncodexJson.mapper().readTree(sarif);
        List<Error> errors = sarifSchema().validate(tree);
        assertThat(errors).as("schema errors").isEmpty();
        JsonNode results = tree.at("/runs/0/results");
        assertThat(results.size()).isEqualTo(badReport().findings().size());
        JsonNode overpromise = null;
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("ONC-OVERPROMISE")) {
                overpromise = r;
            }
        }
        assertThat(overpromise).isNotNull();
        assertThat(Objects.requireNonNull(overpromise)
                        .at("/locations/0/physicalLocation/region/startLine")
                        .asInt())
                .isEqualTo(5);
        assertThat(tree.at("/runs/0/tool/driver/rules").size())
                .isEqualTo(RULES.rules().size());
        assertThat(sarifSchema()
                        .validate(OncodexJson.mapper()
                                .readTree(RULES.check(ReferenceAnswers.carTForLiverCancer())
                                        .toSarif())))
                .isEmpty();
    }

    @Test
    void a_broken_sarif_document_fails_the_schema() throws IOException {
        // the validation above can fail: a result without its message is refused
        String sarif = badReport().toSarif("bad.md", BAD).replaceFirst("\"message\"", "\"mess\"");
        assertThat(sarifSchema().validate(OncodexJson.mapper().readTree(sarif))).isNotEmpty();
    }

    static Schema sarifSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                b -> b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build()));
        try (InputStream in = ReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return registry.getSchema(OncodexJson.mapper().readTree(Objects.requireNonNull(in, "SARIF schema")));
        }
    }

    @Test
    @Tag("timing")
    void sarif_with_lines_takes_linear_time_in_the_answer() {
        // each finding quotes "works for everyone", which the source breaks over two lines: not found,
        // it made the old lookup lowercase and scan the whole source once per finding
        Map<String, Report> reports = new HashMap<>();
        double ratio = Scaling.ratio(
                n -> "# Does it work?\n\n## The answer\n\n" + "It works for\neveryone.\n\n".repeat(n / 24),
                source -> reports.computeIfAbsent(
                                source, s -> RULES.check(MarkdownAnswers.read(s, ReferenceAnswers.KB)))
                        .toSarif("a.md", source));
        // measured outside the build: about 4 now, about 15 with the lookup per finding (0.5 s at 100 KB)
        assertThat(ratio).isLessThan(30);
    }

    @Test
    void sarif_points_each_repeated_quote_at_its_own_line() throws IOException {
        String source = "# Does it cure?\n\n## The answer\n\nThis cures cancer.\n\nAnd this cures cancer.\n";
        JsonNode results = OncodexJson.mapper()
                .readTree(RULES.check(MarkdownAnswers.read(source, ReferenceAnswers.KB))
                        .toSarif("a.md", source))
                .at("/runs/0/results");
        List<Integer> lines = new java.util.ArrayList<>();
        results.forEach(r -> {
            if (r.path("ruleId").asText().equals("ONC-OVERPROMISE")) {
                lines.add(r.at("/locations/0/physicalLocation/region/startLine").asInt());
            }
        });
        assertThat(lines).containsExactly(5, 7);
    }

    @Test
    void a_long_quote_heading_and_message_are_cut_in_every_output_but_kept_in_the_findings() throws IOException {
        String sentence = "Pembrolizumab, nivolumab and lenvatinib are approved for liver cancer. ".repeat(150);
        String heading = "Why it matters ".repeat(300);
        Finding finding = Finding.builder()
                .ruleId("ONC-OVERPROMISE")
                .severity(Severity.ERROR)
                .location(Location.builder()
                        .part(Location.Part.SECTION)
                        .sectionIndex(0)
                        .sectionHeading(heading)
                        .blockIndex(0)
                        .build())
                .message("\"" + sentence + "\" promises too much")
                .quote(sentence)
                .suggestion("say what it can do")
                .build();
        Report report = new Report(List.of(finding), RULES.rules());
        assertThat(report.findings()).containsExactly(finding);

        JsonNode json = OncodexJson.mapper().readTree(report.toJson()).at("/findings/0");
        String quote = json.get("quote").asText();
        assertThat(quote).hasSize(201).endsWith("…").startsWith(sentence.substring(0, 200));
        assertThat(json.get("message").asText()).isEqualTo("\"" + quote + "\" promises too much");
        assertThat(json.at("/location/sectionHeading").asText()).hasSize(201).endsWith("…");
        assertThat(json.get("suggestion").asText()).isEqualTo("say what it can do");

        assertThat(report.toText()).hasSizeLessThan(1_000).contains(quote);
        String sarif = report.toSarif("a.md", "# Q?\n\n## " + heading + "\n\n" + sentence + "\n");
        assertThat(sarif.length())
                .as("the log with the long texts cut")
                .isLessThan(report.toSarif().length() + 500);
        JsonNode result = OncodexJson.mapper().readTree(sarif).at("/runs/0/results/0");
        assertThat(result.at("/message/text").asText()).hasSizeLessThan(300);
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .as("the line is found from the full quote")
                .isEqualTo(5);
    }

    @Test
    void a_message_that_quotes_without_a_quote_is_cut_as_a_whole() throws IOException {
        Finding finding = Finding.builder()
                .ruleId("ONC-QUESTIONS-TO-ASK")
                .severity(Severity.ERROR)
                .location(Location.of(Location.Part.QUESTIONS_TO_ASK))
                .message("\"" + "What about this ".repeat(500) + "\" is not a question")
                .build();
        String message = OncodexJson.mapper()
                .readTree(new Report(List.of(finding), RULES.rules()).toJson())
                .at("/findings/0/message")
                .asText();
        assertThat(message).hasSize(601).endsWith("…");
    }

    @Test
    void the_report_of_a_large_answer_stays_within_a_linear_bound() {
        // each sentence names several treatments and claims their approval; one section, whose long
        // heading every finding's location repeats (issue 16: 10 KB gave 16.6 MB of JSON, 30 KB 147 MB;
        // a 5 KB heading made a 14 KB answer's report 1.1 MB)
        String heading = "Which treatments are approved for liver cancer and why it matters ".repeat(30);
        String[] sentences = {
            "Pembrolizumab, nivolumab and lenvatinib are approved for hepatocellular carcinoma. ",
            "Atezolizumab plus bevacizumab, sorafenib and regorafenib are approved for liver cancer. ",
            "Durvalumab, tremelimumab, cabozantinib and ramucirumab are FDA-approved for HCC. "
        };
        long[] answerBytes = new long[2];
        long[] reportBytes = new long[2];
        int[] sizes = {10_000, 30_000};
        for (int s = 0; s < 2; s++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; body.length() < sizes[s]; i++) {
                body.append(sentences[i % 3]);
            }
            String markdown = "# Which drugs are approved?\n\n## " + heading + "\n\n" + body + "\n";
            Report report = RULES.check(MarkdownAnswers.read(markdown, ReferenceAnswers.KB));
            assertThat(report.findings().size()).as("findings").isGreaterThan(sizes[s] / 200);
            answerBytes[s] = markdown.getBytes(StandardCharsets.UTF_8).length;
            reportBytes[s] = report.toJson().getBytes(StandardCharsets.UTF_8).length;
            long sarifBytes = report.toSarif("a.md", markdown).getBytes(StandardCharsets.UTF_8).length;
            // measured: JSON 10.7 and 11.9 times the answer (pretty-printed, the heading's 200 characters
            // in each finding), SARIF 13.2 and 14.2; without the cut, JSON 34 times the 12 KB answer
            assertThat(reportBytes[s])
                    .as("JSON report of a %s-byte answer", answerBytes[s])
                    .isLessThan(16 * answerBytes[s]);
            assertThat(sarifBytes)
                    .as("SARIF report of a %s-byte answer", answerBytes[s])
                    .isLessThan(20 * answerBytes[s]);
        }
        double growth = (double) reportBytes[1] / reportBytes[0];
        double inputGrowth = (double) answerBytes[1] / answerBytes[0];
        assertThat(growth).as("report growth for %sx the answer", inputGrowth).isLessThan(1.2 * inputGrowth);
    }

    @Test
    void every_form_shows_at_most_fifty_findings_of_a_rule_and_says_how_many_more() throws IOException {
        String markdown = "# Does it cure?\n\n## The answer\n\n" + "This cures cancer. ".repeat(120) + "\n";
        Report report = RULES.check(MarkdownAnswers.read(markdown, ReferenceAnswers.KB));
        int all = report.findings("ONC-OVERPROMISE").size();
        assertThat(all).as("findings kept in the report").isEqualTo(120);
        int hidden = all - Report.MAX_SHOWN_PER_RULE;

        JsonNode json = OncodexJson.mapper().readTree(report.toJson());
        List<String> shown = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> shown.add(f.get("ruleId").asText()));
        assertThat(shown).filteredOn("ONC-OVERPROMISE"::equals).hasSize(Report.MAX_SHOWN_PER_RULE);
        assertThat(json.at("/notShown/ONC-OVERPROMISE").asInt()).isEqualTo(hidden);
        assertThat(json.at("/counts/ERROR").asLong())
                .as("counts cover every finding")
                .isEqualTo(report.count(Severity.ERROR));

        assertThat(report.toText())
                .contains("ONC-OVERPROMISE: " + hidden + " more findings not shown")
                .endsWith("failed: " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
                        + (report.count(Severity.WARNING) == 1 ? " warning, " : " warnings, ")
                        + report.count(Severity.INFO) + " info\n");

        for (String sarif : List.of(report.toSarif(), report.toSarif("a.md", markdown))) {
            JsonNode tree = OncodexJson.mapper().readTree(sarif);
            assertThat(sarifSchema().validate(tree)).as("schema errors").isEmpty();
            List<String> results = new java.util.ArrayList<>();
            tree.at("/runs/0/results").forEach(r -> results.add(r.get("ruleId").asText()));
            assertThat(results).filteredOn("ONC-OVERPROMISE"::equals).hasSize(Report.MAX_SHOWN_PER_RULE);
            JsonNode invocation = tree.at("/runs/0/invocations/0");
            assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
            assertThat(invocation
                            .at("/toolExecutionNotifications/0/message/text")
                            .asText())
                    .contains("ONC-OVERPROMISE: " + hidden + " more findings not shown");
            assertThat(invocation
                            .at("/toolExecutionNotifications/0/associatedRule/id")
                            .asText())
                    .isEqualTo("ONC-OVERPROMISE");
        }
    }

    @Test
    void a_report_stays_within_ten_times_an_answer_that_repeats_a_short_claim() {
        // issue 16: a few characters of text per finding gave a report of a few hundred characters per
        // finding (an answer of "Cures. " repeated: JSON about 60 times its size, SARIF more)
        for (String claim : new String[] {"Cures. ", "HR 0.62 ", "[^1] "}) {
            for (int size : new int[] {20_000, 200_000}) {
                String markdown = "# Does it cure?\n\n## The answer\n\n" + claim.repeat(size / claim.length()) + "\n";
                Report report = RULES.check(MarkdownAnswers.read(markdown, ReferenceAnswers.KB));
                assertThat(report.findings().size()).as("findings of %s", claim).isGreaterThan(size / 100);
                for (String written : List.of(
                        report.toText(),
                        report.toJson(),
                        report.toSarif(),
                        report.toSarif("a.md", markdown),
                        Reports.builder().add("a.md", report, markdown).build().toSarif())) {
                    assertThat((double) written.length() / markdown.length())
                            .as("report over answer, %s characters of %s", size, claim)
                            .isLessThan(10);
                }
            }
        }
    }
}
