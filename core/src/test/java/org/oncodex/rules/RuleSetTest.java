package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.lint.MarkdownAnswers;

class RuleSetTest {
    private static final RuleSet STANDARD = RuleSet.standard(ReferenceAnswers.KB);
    private static final Answer CURE =
            MarkdownAnswers.read("# Q?\n\n## A\n\nThis cures cancer.\n", ReferenceAnswers.KB);

    @Test
    void a_configuration_round_trips_through_json() {
        RuleSet configured = STANDARD.regrade("ONC-READABILITY", Severity.INFO).without("ONC-BRAND-WITHOUT-GENERIC");
        String json = configured.toJson();
        RuleSet back = RuleSet.fromJson(json, ReferenceAnswers.KB);
        assertThat(back.toJson()).isEqualTo(json);
        assertThat(back.severityOf("ONC-READABILITY")).isEqualTo(Severity.INFO);
        assertThat(back.rules()).extracting(ContentRule::id).doesNotContain("ONC-BRAND-WITHOUT-GENERIC");
        assertThat(RuleSet.fromJson(STANDARD.toJson(), ReferenceAnswers.KB).toJson())
                .isEqualTo(STANDARD.toJson());
    }

    @Test
    void a_configuration_with_problems_lists_them_all() {
        assertThatThrownBy(() -> RuleSet.fromJson(
                        "{\"policy\": \"everyone\", \"readabilityMaxGrade\": -1, \"extra\": 1,"
                                + " \"rules\": {\"ONC-NOPE\": {}, \"ONC-OVERPROMISE\": {\"severity\": \"FATAL\"}}}",
                        ReferenceAnswers.KB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 problem(s)")
                .hasMessageContaining("unknown key \"extra\"")
                .hasMessageContaining("policy must be")
                .hasMessageContaining("readabilityMaxGrade must be a positive finite number: -1")
                .hasMessageContaining("unknown rule id \"ONC-NOPE\"")
                .hasMessageContaining("ONC-OVERPROMISE.severity must be ERROR, WARNING or INFO: \"FATAL\"");
        assertThatThrownBy(() -> RuleSet.fromJson("not json", ReferenceAnswers.KB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule-set configuration is not JSON");
    }

    /** Found by RuleSetConfigFuzzTest: a grade of 1e400 was taken as infinity, which toJson cannot write back. */
    @Test
    void a_grade_too_large_for_a_double_is_a_problem() {
        assertThatThrownBy(() -> RuleSet.fromJson("{\"readabilityMaxGrade\": 1e400}", ReferenceAnswers.KB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readabilityMaxGrade must be a positive finite number");
    }

    /** Found while fuzzing: a misspelt key or a bare value left the rule as it was, silently. */
    @Test
    void a_rule_setting_that_is_not_an_object_of_known_keys_is_a_problem() {
        assertThatThrownBy(() -> RuleSet.fromJson(
                        "{\"rules\": {\"ONC-READABILITY\": false, \"ONC-OVERPROMISE\": {\"enabeld\": false}}}",
                        ReferenceAnswers.KB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 problem(s)")
                .hasMessageContaining("ONC-READABILITY must be an object of enabled and severity: false")
                .hasMessageContaining("unknown key \"enabeld\" in ONC-OVERPROMISE (known: enabled, severity)");
    }

    @Test
    void rules_can_be_regraded_removed_and_added() {
        assertThat(STANDARD.check(CURE).findings("ONC-OVERPROMISE"))
                .extracting(Finding::severity)
                .containsOnly(Severity.ERROR);
        assertThat(STANDARD.regrade("ONC-OVERPROMISE", Severity.WARNING)
                        .check(CURE)
                        .findings("ONC-OVERPROMISE"))
                .extracting(Finding::severity)
                .containsOnly(Severity.WARNING);
        assertThat(STANDARD.without("ONC-OVERPROMISE").check(CURE).findings("ONC-OVERPROMISE"))
                .isEmpty();

        ContentRule shouting = new ContentRule() {
            @Override
            public String id() {
                return "HOUSE-NO-SHOUTING";
            }

            @Override
            public Severity severity() {
                return Severity.WARNING;
            }

            @Override
            public String description() {
                return "No words in capitals.";
            }

            @Override
            public List<Finding> check(Answer answer) {
                return answer.question().equals(answer.question().toUpperCase(java.util.Locale.ROOT))
                        ? List.of(Finding.builder()
                                .ruleId(id())
                                .severity(severity())
                                .location(Location.of(Location.Part.QUESTION))
                                .message("the question shouts")
                                .build())
                        : List.of();
            }
        };
        assertThat(STANDARD.with(shouting).check(CURE).findings("HOUSE-NO-SHOUTING"))
                .hasSize(1);
        assertThatThrownBy(() -> STANDARD.with(shouting).with(shouting)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STANDARD.without("ONC-NOPE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule ONC-NOPE in this set");
    }

    private static ContentRule failing(Error or, RuntimeException orElse) {
        return new ContentRule() {
            @Override
            public String id() {
                return "HOUSE-BROKEN";
            }

            @Override
            public Severity severity() {
                return Severity.INFO;
            }

            @Override
            public String description() {
                return "Always fails.";
            }

            @Override
            public List<Finding> check(Answer answer) {
                if (or instanceof StackOverflowError) {
                    throw or;
                }
                throw orElse;
            }
        };
    }

    @Test
    void a_rule_that_throws_is_reported_not_ignored() {
        Report report = STANDARD.with(failing(new AssertionError(), new IllegalStateException("boom")))
                .check(CURE);
        assertThat(report.findings("ONC-RULE-FAILED"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("HOUSE-BROKEN").contains("boom"));
    }

    @Test
    void a_rule_that_overflows_the_stack_is_reported_and_the_others_still_run() {
        Report report = STANDARD.with(failing(new StackOverflowError(), new IllegalStateException()))
                .check(CURE);
        assertThat(report.findings("ONC-RULE-FAILED"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("HOUSE-BROKEN").contains("nests or repeats"));
        assertThat(report.findings("ONC-OVERPROMISE")).isNotEmpty();
    }

    @Test
    void a_hyphenated_word_of_2000_parts_is_checked() {
        Answer answer = MarkdownAnswers.read(
                "# Q?\n\n## A\n\n" + "a-".repeat(2_000) + "a is one word. This cures cancer.\n", ReferenceAnswers.KB);
        Report report = STANDARD.check(answer);
        assertThat(report.findings("ONC-RULE-FAILED")).isEmpty();
        assertThat(report.findings("ONC-OVERPROMISE")).isNotEmpty();
    }
}
