package org.oncodex.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.StatisticStyle;
import org.oncodex.disclaimers.Audience;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.disclaimers.Placement;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.render.OncodexJson;
import org.oncodex.rules.RuleSet;

/** Each assertion passes on a good answer and fails on a bad one with a message that says why. */
class AnswerAssertTest {
    private static final LocalDate DATE = LocalDate.of(2026, 5, 18);
    private static final Citation OVERVIEW = Citation.builder()
            .doi("10.5555/oncodex-test-1")
            .title("Synthetic overview")
            .build();
    private static final Citation TRIAL_PAPER = Citation.builder()
            .doi("10.5555/oncodex-test-2")
            .title("Synthetic Trial 1 results")
            .build();
    private static final Citation ELSEWHERE =
            Citation.url("https://example.org/oncodex-test/3", "A page the answers do not cite");
    private static final TrialResult RESULT = TrialResult.builder()
            .id("synthetic-trial-1-os")
            .study(Study.of("Synthetic Trial 1", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
            .population(Population.builder().description("synthetic cohort").build())
            .comparison(Comparison.of("synthetic drug A", "placebo"))
            .endpoint(Endpoint.OS)
            .estimate(HazardRatio.of(0.62, 0.44, 0.87))
            .citation(TRIAL_PAPER)
            .build();
    private static final List<String> QUESTIONS = List.of(
            "Is synthetic drug A an option for me?",
            "What side effects should I watch for?",
            "How will we know if it works?");

    /** Complete: the patient-facing disclaimers, a statistic, a citation, three questions. */
    private static final Answer GOOD = Answer.builder(DisclaimerPolicy.patientFacing())
            .question("Does synthetic drug A help?")
            .date(DATE)
            .aiGenerated("Synthetic AI")
            .mentionsClinicalTrials()
            .section(
                    "What the trial found",
                    s -> s.paragraph("In a synthetic clinical trial, P < 0.05, 5 * 3 = 15, A & B, 50% and snake_case: ")
                            .statistic(RESULT)
                            .cite(OVERVIEW))
            .section("What it means", s -> s.paragraph("It may help some people."))
            .questionsToAsk(QUESTIONS.toArray(String[]::new))
            .build();

    /** Under a policy that requires one disclaimer only; no statistic. */
    private static final Answer BARE = Answer.builder(DisclaimerPolicy.builder()
                    .name("bare")
                    .audiences(Audience.PATIENT)
                    .always(DisclaimerKind.INFORMATIONAL_ONLY, Placement.HEADER)
                    .build())
            .question("Is 50% a lot?")
            .date(DATE)
            .humanWritten("Synthetic Author")
            .section("In short", s -> s.paragraph("It depends."))
            .questionsToAsk(QUESTIONS.toArray(String[]::new))
            .source(OVERVIEW)
            .build();

    /** An answer as a JSON reader would take it: edited after building, complete or not. */
    private static Answer edited(Answer answer, Consumer<ObjectNode> edit) {
        try {
            ObjectNode json = OncodexJson.mapper().valueToTree(answer);
            edit.accept(json);
            return OncodexJson.mapper().treeToValue(json, Answer.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_complete_answer_passes_every_assertion() {
        AnswerAssert.assertThat(GOOD)
                .hasDisclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE)
                .hasDisclaimerAt(DisclaimerKind.AI_GENERATED, Placement.HEADER)
                .hasDisclaimerAt(DisclaimerKind.CLINICAL_TRIALS, Placement.INLINE)
                .hasDisclaimerAt(DisclaimerKind.CONSULT_CARE_TEAM, Placement.FOOTER)
                .hasNoDisclaimer(DisclaimerKind.OFF_LABEL_USE)
                .hasQuestionsToAsk()
                .hasQuestionToAsk("What side effects should I watch for?")
                .hasSection("What it means")
                .hasSource(OVERVIEW)
                .hasSource(TRIAL_PAPER)
                .citesResult("synthetic-trial-1-os")
                .hasNoStrayMarkup();
    }

    @Test
    void has_disclaimer_fails_listing_the_disclaimers_the_answer_has() {
        assertThatThrownBy(() -> AnswerAssert.assertThat(BARE).hasDisclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the answer to \"Is 50% a lot?\"")
                .hasMessageContaining("to carry the NOT_MEDICAL_ADVICE disclaimer, but it has none.")
                .hasMessageContaining("Its disclaimers:\n  INFORMATIONAL_ONLY at HEADER (informational-only v1 en)");
    }

    @Test
    void has_disclaimer_says_when_the_answer_has_no_disclaimer_at_all() {
        Answer none = edited(BARE, json -> json.putArray("disclaimers"));
        assertThatThrownBy(() -> AnswerAssert.assertThat(none).hasDisclaimer(DisclaimerKind.INFORMATIONAL_ONLY))
                .hasMessageContaining("It has no disclaimers.");
    }

    @Test
    void has_no_disclaimer_fails_naming_where_the_disclaimer_stands() {
        assertThatThrownBy(() -> AnswerAssert.assertThat(GOOD).hasNoDisclaimer(DisclaimerKind.CLINICAL_TRIALS))
                .hasMessageContaining("to carry no CLINICAL_TRIALS disclaimer, but it has:")
                .hasMessageContaining(
                        "CLINICAL_TRIALS at INLINE after section 1 \"What the trial found\" (clinical-trials v1 en)");
    }

    @Test
    void has_disclaimer_at_fails_naming_the_placement_it_has_instead() {
        assertThatThrownBy(() -> AnswerAssert.assertThat(GOOD)
                        .hasDisclaimerAt(DisclaimerKind.CONSULT_CARE_TEAM, Placement.HEADER))
                .hasMessageContaining(
                        "to carry the CONSULT_CARE_TEAM disclaimer at HEADER, but it stands only at FOOTER.")
                .hasMessageContaining("NOT_MEDICAL_ADVICE at HEADER (not-medical-advice v1 en)")
                .hasMessageContaining("CONSULT_CARE_TEAM at FOOTER (consult-care-team v1 en)");
        assertThatThrownBy(() -> AnswerAssert.assertThat(BARE)
                        .hasDisclaimerAt(DisclaimerKind.GENERAL_INFORMATION, Placement.FOOTER))
                .hasMessageContaining("to carry the GENERAL_INFORMATION disclaimer at FOOTER, but it has none.");
    }

    @Test
    void has_questions_to_ask_fails_naming_every_problem_and_listing_the_questions() {
        Answer few = edited(GOOD, json -> {
            ObjectNode questions = (ObjectNode) json.get("questionsToAsk");
            questions.put("heading", " ");
            ArrayNode list = questions.putArray("questions");
            list.add("Is it safe?").add("Tell me more.");
        });
        assertThatThrownBy(() -> AnswerAssert.assertThat(few).hasQuestionsToAsk())
                .hasMessageContaining(
                        "to give 3 to 10 questions to ask the care team, each ending with a question mark, but:")
                .hasMessageContaining("- it gives 2 questions")
                .hasMessageContaining("- \"Tell me more.\" is not a question (no question mark at the end)")
                .hasMessageContaining("- the heading is blank")
                .hasMessageContaining(
                        "Its questions, under the heading \" \":\n  1. \"Is it safe?\"\n  2. \"Tell me more.\"");
    }

    @Test
    void has_questions_to_ask_fails_on_too_many_and_on_none() {
        Answer many = edited(GOOD, json -> {
            ArrayNode list = ((ObjectNode) json.get("questionsToAsk")).putArray("questions");
            for (int i = 1; i <= 11; i++) {
                list.add("Question " + i + "?");
            }
        });
        assertThatThrownBy(() -> AnswerAssert.assertThat(many).hasQuestionsToAsk())
                .hasMessageContaining("- it gives 11 questions")
                .hasMessageContaining("11. \"Question 11?\"");
        Answer none = edited(GOOD, json -> ((ObjectNode) json.get("questionsToAsk")).putArray("questions"));
        assertThatThrownBy(() -> AnswerAssert.assertThat(none).hasQuestionsToAsk())
                .hasMessageContaining("- it gives 0 questions")
                .hasMessageContaining("It gives no questions, under the heading \"Questions to ask your care team\".");
    }

    @Test
    void has_question_to_ask_fails_listing_the_questions() {
        assertThatThrownBy(() -> AnswerAssert.assertThat(GOOD).hasQuestionToAsk("What does it cost?"))
                .hasMessageContaining("to give the question to ask \"What does it cost?\", but it does not.")
                .hasMessageContaining("1. \"Is synthetic drug A an option for me?\"")
                .hasMessageContaining("3. \"How will we know if it works?\"");
    }

    @Test
    void has_section_fails_listing_the_headings() {
        assertThatThrownBy(() -> AnswerAssert.assertThat(GOOD).hasSection("Side effects"))
                .hasMessageContaining("to have a section headed \"Side effects\", but its sections are:\n"
                        + "  1. \"What the trial found\"\n  2. \"What it means\"");
        Answer empty = edited(GOOD, json -> json.putArray("sections"));
        assertThatThrownBy(() -> AnswerAssert.assertThat(empty).hasSection("Side effects"))
                .hasMessageContaining("but it has no sections.");
    }

    @Test
    void has_source_counts_a_citation_of_the_same_work_and_fails_listing_the_sources() {
        AnswerAssert.assertThat(GOOD).hasSource(Citation.doi("10.5555/oncodex-test-1"));
        assertThatThrownBy(() -> AnswerAssert.assertThat(GOOD).hasSource(ELSEWHERE))
                .hasMessageContaining(
                        "to list the source https://example.org/oncodex-test/3 \"A page the answers do not"
                                + " cite\", but it does not.")
                .hasMessageContaining("Its sources:\n  [1] doi:10.5555/oncodex-test-2 \"Synthetic Trial 1 results\"")
                .hasMessageContaining("\n  [2] doi:10.5555/oncodex-test-1 \"Synthetic overview\"");
        Answer unsourced = edited(GOOD, json -> json.putArray("sources"));
        assertThatThrownBy(() -> AnswerAssert.assertThat(unsourced).hasSource(OVERVIEW))
                .hasMessageContaining("It lists no sources.");
    }

    @Test
    void cites_result_finds_statistics_and_table_rows_and_fails_listing_the_results_stated() {
        Answer table = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("What did the trial find?")
                .date(DATE)
                .humanWritten("Synthetic Author")
                .section("Results", s -> s.evidenceTable("Synthetic results", List.of(RESULT), StatisticStyle.AMA))
                .questionsToAsk(QUESTIONS.toArray(String[]::new))
                .build();
        AnswerAssert.assertThat(table).citesResult("synthetic-trial-1-os");
        assertThatThrownBy(() -> AnswerAssert.assertThat(table).citesResult("synthetic-trial-2-os"))
                .hasMessageContaining(
                        "to state the trial result \"synthetic-trial-2-os\", but the results it states are:\n"
                                + "  - \"synthetic-trial-1-os\" in section 1 \"Results\", in a table");
        assertThatThrownBy(() -> AnswerAssert.assertThat(GOOD).citesResult("synthetic-trial-2-os"))
                .hasMessageContaining("  - \"synthetic-trial-1-os\" in section 1 \"What the trial found\"");
        assertThatThrownBy(() -> AnswerAssert.assertThat(BARE).citesResult("synthetic-trial-1-os"))
                .hasMessageContaining("but it states no trial result.");
    }

    @Test
    void has_no_stray_markup_fails_naming_each_piece_and_where_it_is() {
        Answer marked = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Is <b>synthetic drug A</b> safe?")
                .date(DATE)
                .aiGenerated("Synthetic AI")
                .section(
                        "## Safety",
                        s -> s.paragraph("It is **usually** safe, see [the label](https://example.org/x).")
                                .term("`AE`", "an adverse event &amp; more")
                                .bullets("*rarely* serious"))
                .questionsToAsk(QUESTIONS.toArray(String[]::new))
                .keyTakeaway("Ask <!-- your --> team.")
                .source(OVERVIEW)
                .build();
        assertThatThrownBy(() -> AnswerAssert.assertThat(marked).hasNoStrayMarkup())
                .hasMessageContaining("to hold no HTML or Markdown markup in its text, but found:")
                .hasMessageContaining("- the question: an HTML tag \"<b>\" in \"Is <b>synthetic drug A</b> safe?\"")
                .hasMessageContaining("- the question: an HTML tag \"</b>\"")
                .hasMessageContaining("- section 1 heading: a Markdown heading \"##\"")
                .hasMessageContaining("- section 1, block 1: Markdown bold \"**usually**\"")
                .hasMessageContaining("- section 1, block 1: a Markdown link \"[the label](https://example.org/x)\"")
                .hasMessageContaining("- section 1, block 1 term: Markdown code \"`AE`\"")
                .hasMessageContaining("- section 1, block 1 definition: an HTML character entity \"&amp;\"")
                .hasMessageContaining("- section 1, block 2: Markdown italics \"*rarely*\"")
                .hasMessageContaining("- the key takeaway: an HTML comment \"<!--\"");
    }

    @Test
    void every_assertion_fails_on_a_null_answer() {
        assertThatThrownBy(() -> AnswerAssert.assertThat(null).hasQuestionsToAsk())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> AnswerAssert.assertThat(null).hasNoDisclaimer(DisclaimerKind.AI_GENERATED))
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void a_description_given_with_as_leads_the_message() {
        assertThatThrownBy(() ->
                        AnswerAssert.assertThat(BARE).as("the bare answer").hasDisclaimer(DisclaimerKind.AI_GENERATED))
                .hasMessageStartingWith("[the bare answer] ")
                .hasMessageContaining("AI_GENERATED");
    }

    @Test
    void passes_a_rule_set_or_lists_every_finding() {
        RuleSet rules = RuleSet.standard(EvidenceBase.bundled());
        Answer clean = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does synthetic drug A help?")
                .date(DATE)
                .humanWritten("A. Writer")
                .section(
                        "What the trial found",
                        s -> s.paragraph("In the trial:").statistic(RESULT))
                .questionsToAsk(QUESTIONS.toArray(String[]::new))
                .build();
        AnswerAssert.assertThat(clean).passes(rules);
        Answer promising = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does it work?")
                .date(DATE)
                .humanWritten("A. Writer")
                .section("It works", s -> s.paragraph("This treatment is guaranteed to work, with 100% success."))
                .questionsToAsk(QUESTIONS.toArray(String[]::new))
                .source(OVERVIEW)
                .build();
        assertThatThrownBy(() -> AnswerAssert.assertThat(promising).passes(rules))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ONC-OVERPROMISE")
                .hasMessageContaining("\"guaranteed\" promises more than any treatment can")
                .hasMessageContaining("failed: 3 errors");
        AnswerAssert.assertThat(promising).violates(rules, "ONC-OVERPROMISE");
        assertThatThrownBy(() -> AnswerAssert.assertThat(clean).violates(rules, "ONC-OVERPROMISE"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to break rule ONC-OVERPROMISE");
    }
}
