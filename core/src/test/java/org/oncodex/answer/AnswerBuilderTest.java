package org.oncodex.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.disclaimers.ApprovalState;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.disclaimers.Placement;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Comparison;
import org.oncodex.model.evidence.Population;
import org.oncodex.model.evidence.Study;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.HazardRatio;

class AnswerBuilderTest {
    private static final Citation NCI = ReferenceAnswers.NCI_LIVER;

    private static AnswerBuilder complete() {
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("What is surveillance?")
                .date(LocalDate.of(2026, 1, 2))
                .humanWritten("A. Writer")
                .section(
                        "Surveillance",
                        s -> s.paragraph("Small lesions are watched closely.").cite(NCI))
                .questionsToAsk("How often will I have scans?", "What would change the plan?", "Who reads the scans?");
    }

    @Test
    void a_complete_answer_carries_the_policys_disclaimers_in_order() {
        Answer answer = complete().build();
        assertThat(answer.disclaimers(Placement.HEADER))
                .extracting(d -> d.disclaimer().kind())
                .containsExactly(DisclaimerKind.INFORMATIONAL_ONLY, DisclaimerKind.NOT_MEDICAL_ADVICE);
        assertThat(answer.disclaimers(Placement.FOOTER))
                .extracting(d -> d.disclaimer().kind())
                .containsExactly(DisclaimerKind.CONSULT_CARE_TEAM, DisclaimerKind.GENERAL_INFORMATION);
        assertThat(answer.hasDisclaimer(DisclaimerKind.AI_GENERATED)).isFalse();
        assertThat(answer.sources()).containsExactly(Source.of(1, NCI));
    }

    @Test
    void an_ai_answer_gets_the_ai_disclaimer_without_asking() {
        Answer answer = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("What is surveillance?")
                .aiGenerated("Navis AI")
                .section(
                        "Surveillance",
                        s -> s.paragraph("Small lesions are watched closely.").cite(NCI))
                .questionsToAsk("How often will I have scans?", "What would change the plan?", "Who reads the scans?")
                .build();
        assertThat(answer.hasDisclaimer(DisclaimerKind.AI_GENERATED)).isTrue();
    }

    @Test
    void car_t_for_liver_cancer_requires_the_investigational_disclaimer_from_the_evidence_base() {
        Answer answer = ReferenceAnswers.carTForLiverCancer();
        AnswerDisclaimer investigational = answer.disclaimers(Placement.INLINE).stream()
                .filter(d -> d.disclaimer().kind() == DisclaimerKind.INVESTIGATIONAL_THERAPY)
                .findFirst()
                .orElseThrow();
        assertThat(investigational.disclaimer().text())
                .startsWith("CAR T-cell therapy is not approved to treat liver cancer.");
        // it follows the first section that names CAR-T, under any of its names
        assertThat(investigational.afterSection()).hasValue(0);
        // "clinical trials" in the questions to ask brings the clinical-trials disclaimer
        assertThat(answer.hasDisclaimer(DisclaimerKind.CLINICAL_TRIALS)).isTrue();
    }

    @Test
    void a_therapy_named_only_in_the_question_still_brings_its_disclaimer() {
        Answer answer = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does CAR-T cell therapy work for liver cancer?")
                .humanWritten("A. Writer")
                .section(
                        "Where it stands",
                        s -> s.paragraph("It is being studied.").cite(NCI))
                .questionsToAsk("Could I join a trial?", "What else is there?", "Who decides?")
                .cancerType(ReferenceAnswers.liverCancer())
                .evidence(ReferenceAnswers.KB)
                .build();
        assertThat(answer.hasDisclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY)).isTrue();
        Answer unrelated = complete()
                .cancerType(ReferenceAnswers.liverCancer())
                .evidence(ReferenceAnswers.KB)
                .build();
        assertThat(unrelated.hasDisclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY))
                .isFalse();
    }

    @Test
    void a_declared_unapproved_therapy_is_enough_without_an_evidence_base() {
        Answer answer = complete()
                .mentions("Drug X", ApprovalState.NOT_APPROVED)
                .cancerType(ReferenceAnswers.liverCancer())
                .build();
        assertThat(answer.disclaimers(Placement.INLINE))
                .extracting(d -> d.disclaimer().text())
                .anyMatch(t -> t.startsWith("Drug X is not approved to treat liver cancer."));
    }

    @Test
    void statistics_join_the_sources_in_order_of_first_use_without_duplicates() {
        TrialResult keynote189 =
                ReferenceAnswers.KB.result("keynote-189-os-liver-mets").orElseThrow();
        TrialResult impower150 =
                ReferenceAnswers.KB.result("impower150-os-liver-mets").orElseThrow();
        Answer answer = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Does immunotherapy work when lung cancer has spread to the liver?")
                .humanWritten("A. Writer")
                .section(
                        "Results",
                        s -> s.paragraph("One trial:")
                                .statistic(keynote189)
                                .text(" Another:")
                                .statistic(impower150, StatisticStyle.AMA)
                                .cite(NCI))
                .questionsToAsk("Is this right for me?", "What are the side effects?", "How long is treatment?")
                .source(NCI)
                .build();
        // both results cite the WJCO review: one source, numbered 1; NCI second, once
        assertThat(answer.sources()).extracting(Source::number).containsExactly(1, 2);
        assertThat(answer.sources().get(0).citation().doi()).contains("10.5306/wjco.v17.i3.116093");
        assertThat(answer.sources().get(1).citation()).isEqualTo(NCI);
        assertThat(answer.sourceNumber(keynote189.citation().orElseThrow())).contains(1);
    }

    @Test
    void each_missing_part_is_reported() {
        assertThat(problems(complete().section("Empty", s -> {})))
                .containsExactly("SECTIONS: section \"Empty\" has no content: give it a paragraph, a list or a table");
        assertThat(problems(Answer.builder(DisclaimerPolicy.patientFacing())
                        .question("Q?")
                        .humanWritten("A")
                        .section("S", s -> s.paragraph("text").cite(NCI))
                        .questionsToAsk("One?", "Two")))
                .containsExactly(
                        "QUESTIONS_TO_ASK: give 3 to 10 questions to ask the care team, not 2",
                        "QUESTIONS_TO_ASK: \"Two\" is not a question: end it with a question mark");
    }

    @Test
    void a_statistic_whose_result_has_no_citation_is_refused() {
        TrialResult uncited = TrialResult.builder()
                .id("uncited")
                .study(Study.of("Some trial", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL))
                .population(Population.of(ReferenceAnswers.liverCancer()))
                .comparison(Comparison.of("A", "B"))
                .endpoint(Endpoint.OS)
                .estimate(HazardRatio.of(0.8, 0.7, 0.9))
                .build();
        assertThat(problems(complete().section("Numbers", s -> s.statistic(uncited))))
                .containsExactly("STATISTIC_CITATION: section \"Numbers\" states result \"uncited\", which has no "
                        + "citation: give the TrialResult its citation");
    }

    @Test
    void an_empty_builder_reports_every_missing_part_at_once() {
        IncompleteAnswerException e = catchIncomplete(Answer.builder(DisclaimerPolicy.patientFacing()));
        assertThat(e.problems())
                .extracting(AnswerProblem::part)
                .containsExactly(
                        AnswerProblem.Part.QUESTION,
                        AnswerProblem.Part.PROVENANCE,
                        AnswerProblem.Part.SECTIONS,
                        AnswerProblem.Part.QUESTIONS_TO_ASK,
                        AnswerProblem.Part.SOURCES);
        assertThat(e.getMessage())
                .startsWith("the answer is incomplete (5 problems):")
                .contains("- QUESTION: the answer has no question: set question(String)")
                .contains("- PROVENANCE: say who wrote the answer: aiGenerated(name) or humanWritten(author)")
                .contains("- SECTIONS: the answer has no content section: add section(heading, s -> s.paragraph(...))")
                .contains(
                        "- QUESTIONS_TO_ASK: the answer has no questions to ask the care team: set questionsToAsk(...) "
                                + "with 3 to 10 questions")
                .contains("- SOURCES: the answer cites no source: add source(Citation), or cite statistics whose "
                        + "results carry one");
    }

    @Test
    void a_disclaimer_variable_without_a_value_is_a_problem_not_a_gap() {
        // an unapproved therapy with no cancer type: {cancerType} has no value
        assertThat(problems(complete().mentions("Drug X", ApprovalState.NOT_APPROVED)))
                .singleElement()
                .asString()
                .startsWith("DISCLAIMER: the INVESTIGATIONAL_THERAPY disclaimer cannot be shown:")
                .contains("cancerType");
    }

    @Test
    void setting_a_single_part_twice_fails_at_once() {
        assertThatThrownBy(() -> complete().question("Another?"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("question already set: What is surveillance?");
        assertThatThrownBy(() -> complete().aiGenerated("Navis AI")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void only_treatments_have_approvals() {
        assertThatThrownBy(() -> complete().mentions(ReferenceAnswers.liverCancer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only drugs, therapies and regimens have approvals: liver-cancer");
    }

    private static List<String> problems(AnswerBuilder builder) {
        return catchIncomplete(builder).problems().stream()
                .map(AnswerProblem::toString)
                .toList();
    }

    private static IncompleteAnswerException catchIncomplete(AnswerBuilder builder) {
        try {
            builder.build();
        } catch (IncompleteAnswerException e) {
            return e;
        }
        throw new AssertionError("expected an incomplete answer");
    }
}
