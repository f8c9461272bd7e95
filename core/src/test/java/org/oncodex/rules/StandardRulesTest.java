package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncodex.Scaling;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerBuilder;
import org.oncodex.answer.QuestionsToAsk;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.answer.SectionBuilder;
import org.oncodex.answer.Source;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;

/** Each standard rule passes a good answer and catches a bad one, with the offending text quoted. */
class StandardRulesTest {
    private static final RuleSet RULES = RuleSet.standard(ReferenceAnswers.KB);
    private static final Citation WJCO = RuleTestAnswers.WJCO;
    private static final TrialResult KEYNOTE_189 =
            ReferenceAnswers.KB.result("keynote-189-os-liver-mets").orElseThrow();
    private static final TrialResult IMPOWER_150 =
            ReferenceAnswers.KB.result("impower150-os-liver-mets").orElseThrow();

    /** A complete answer with one section built by {@code content}, citing the WJCO review. */
    private static Answer answer(Consumer<SectionBuilder> content) {
        return builder().section("What the studies found", content).build();
    }

    private static AnswerBuilder builder() {
        return RuleTestAnswers.builder();
    }

    /** A complete answer of plain words that lists {@code source} as well. */
    private static Answer citing(Citation source) {
        return builder()
                .section("What the studies found", s -> s.paragraph("Plain words."))
                .source(source)
                .build();
    }

    private static List<Finding> findings(Answer answer, String ruleId) {
        return RULES.check(answer).findings(ruleId);
    }

    @Test
    void numbers_from_a_cited_result_are_grounded_to_their_printed_precision() {
        Answer good = answer(s -> s.paragraph("In KEYNOTE-189 the hazard ratio for death was 0.62 (95% CI 0.44-0.87), "
                + "about 38% lower risk; in IMpower150 it was HR 0.68 (95% CI 0.45–1.02)."));
        assertThat(findings(good, "ONC-NUMBER-UNGROUNDED")).isEmpty();

        Answer bad = answer(s -> s.paragraph("In KEYNOTE-189 the hazard ratio for death was 0.55 (95% CI 0.40-0.75)."));
        assertThat(findings(bad, "ONC-NUMBER-UNGROUNDED"))
                .singleElement()
                .satisfies(f -> assertThat(f.quote()).contains("hazard ratio for death was 0.55 (95% CI 0.40-0.75)"));
    }

    @Test
    void a_number_whose_source_is_not_cited_is_flagged_with_the_source_to_cite() {
        Answer uncited = Answer.builder(DisclaimerPolicy.patientFacing())
                .question("Q?")
                .date(ReferenceAnswers.DATE)
                .humanWritten("A. Writer")
                .evidence(ReferenceAnswers.KB)
                .section("S", s -> s.paragraph("One review found HR 1.82 (95% CI 1.59-2.08)."))
                .questionsToAsk("One?", "Two?", "Three?")
                .source(ReferenceAnswers.KB
                        .citation("nci-pdq-liver-cancer-treatment")
                        .orElseThrow())
                .build();
        assertThat(findings(uncited, "ONC-NUMBER-UNGROUNDED"))
                .singleElement()
                .satisfies(f -> assertThat(f.suggestion())
                        .hasValueSatisfying(s -> assertThat(s).contains("Immunotherapy in liver metastases")));
    }

    @Test
    void a_benefit_claimed_for_an_interval_including_one_is_caught() {
        Answer good =
                answer(s -> s.paragraph("In IMpower150 there was no clear difference: HR 0.68 (95% CI 0.45-1.02)."));
        assertThat(findings(good, "ONC-STAT-WORDING")).isEmpty();
        Answer bad = answer(s -> s.paragraph(
                "In IMpower150 adding bevacizumab significantly improved survival: HR 0.68 (95% CI 0.45-1.02)."));
        assertThat(findings(bad, "ONC-STAT-WORDING"))
                .singleElement()
                .satisfies(f -> assertThat(f.quote()).contains("significantly"));
        Answer typed = answer(s -> s.paragraph("Adding bevacizumab significantly reduced the risk of death:")
                .statistic(IMPOWER_150));
        assertThat(findings(typed, "ONC-STAT-WORDING")).isNotEmpty();
    }

    @Test
    void a_direction_on_the_wrong_side_of_one_is_caught() {
        Answer bad =
                answer(s -> s.paragraph("Liver metastases meant a lower risk of death (HR 1.82, 95% CI 1.59-2.08)."));
        assertThat(findings(bad, "ONC-STAT-WORDING"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("lies above 1"));
    }

    @Test
    void a_relative_change_worded_as_a_number_of_people_is_caught() {
        Answer bad =
                answer(s -> s.paragraph("With pembrolizumab, 38% more people survived (HR 0.62, 95% CI 0.44-0.87)."));
        assertThat(findings(bad, "ONC-STAT-WORDING"))
                .singleElement()
                .satisfies(f -> assertThat(f.quote()).contains("38% more people"));
    }

    @Test
    void approval_claims_are_held_against_the_evidence_base() {
        Answer agrees = builder()
                .cancerType(ReferenceAnswers.KB
                        .vocabulary()
                        .cancerType("liver cancer")
                        .orElseThrow())
                .section("Status", s -> s.paragraph("CAR-T cell therapy is not approved for liver cancer."))
                .build();
        assertThat(findings(agrees, "ONC-APPROVAL-CONTRADICTED")).isEmpty();
        Answer contradicts = builder()
                .cancerType(ReferenceAnswers.KB
                        .vocabulary()
                        .cancerType("liver cancer")
                        .orElseThrow())
                .section(
                        "Status",
                        s -> s.paragraph("CAR-T cell therapy is now FDA-approved for hepatocellular carcinoma."))
                .build();
        assertThat(findings(contradicts, "ONC-APPROVAL-CONTRADICTED")).hasSize(1);
        Answer unknown = builder()
                .cancerType(ReferenceAnswers.KB
                        .vocabulary()
                        .cancerType("liver cancer")
                        .orElseThrow())
                .section("Status", s -> s.paragraph("Bevacizumab is approved for liver cancer."))
                .build();
        // a claim that something is approved, with no regulator's statement behind it: an error for
        // patients, a warning for clinicians; a claim that something is not approved: a warning
        assertThat(findings(unknown, "ONC-APPROVAL-UNSUPPORTED"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
                .satisfies(f -> assertThat(f.message())
                        .contains("unverified approval claim")
                        .contains("Bevacizumab is approved for liver cancer"));
        assertThat(RuleSet.clinicianFacing(ReferenceAnswers.KB).check(unknown).findings())
                .filteredOn(f -> f.ruleId().equals("ONC-APPROVAL-UNSUPPORTED"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        Answer denial = builder()
                .cancerType(ReferenceAnswers.KB
                        .vocabulary()
                        .cancerType("liver cancer")
                        .orElseThrow())
                .section("Status", s -> s.paragraph("Bevacizumab is not approved for liver cancer on its own."))
                .build();
        assertThat(findings(denial, "ONC-APPROVAL-UNSUPPORTED"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(findings(unknown, "ONC-APPROVAL-CONTRADICTED")).isEmpty();
    }

    @Test
    void overpromising_language_is_caught_but_a_cited_cure_is_not() {
        for (String promise : List.of(
                "This treatment is guaranteed to help.",
                "It is a miracle drug.",
                "It is 100% effective.",
                "It has no side effects.",
                "It is proven to work for everyone.",
                "Immunotherapy cures liver cancer.")) {
            assertThat(findings(answer(s -> s.paragraph(promise)), "ONC-OVERPROMISE"))
                    .as(promise)
                    .hasSize(1);
        }
        Answer cited = answer(s -> s.paragraph("Ablation of small metastases can be potentially curative.")
                .cite(WJCO));
        assertThat(findings(cited, "ONC-OVERPROMISE")).isEmpty();
    }

    @Test
    void a_claim_written_as_a_source_is_read_as_the_source_is_shown() {
        // a source's title is shown under the answer: "cures everyone" there is a claim like any other
        Answer claimed = citing(
                Citation.builder().title("This treatment cures everyone.").build());
        assertThat(findings(claimed, "ONC-OVERPROMISE"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().part()).isEqualTo(Location.Part.SOURCES));
        Answer approved = citing(Citation.builder()
                .title("Smith J. Bevacizumab is approved for liver cancer.")
                .build());
        assertThat(findings(approved, "ONC-APPROVAL-UNSUPPORTED")).hasSize(1);
    }

    @Test
    void an_inline_disclaimer_is_read_as_it_is_shown() {
        // an answer read as JSON may carry any words as an inline disclaimer; the renderers show them
        Answer built = answer(s -> s.paragraph("Plain words."));
        org.oncodex.disclaimers.RenderedDisclaimer words = org.oncodex.disclaimers.Disclaimer.builder()
                .id("own-words")
                .kind(org.oncodex.disclaimers.DisclaimerKind.NOT_MEDICAL_ADVICE)
                .version(1)
                .locale(java.util.Locale.ENGLISH)
                .placement(org.oncodex.disclaimers.Placement.INLINE)
                .text("This is not medical advice, and this treatment cures everyone.")
                .build()
                .render(java.util.Map.of());
        List<org.oncodex.answer.AnswerDisclaimer> disclaimers = new java.util.ArrayList<>(built.disclaimers());
        disclaimers.add(org.oncodex.answer.AnswerDisclaimer.inline(words, 0));
        Answer inline = Answer.unchecked().from(built).disclaimers(disclaimers).build();
        assertThat(findings(inline, "ONC-OVERPROMISE"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().part()).isEqualTo(Location.Part.DISCLAIMERS));
    }

    @Test
    void the_title_of_a_source_the_evidence_base_cites_is_not_the_answers_claim() {
        // written for the test: the base cites this news item, whose title names two drugs and approval
        Citation news = ReferenceAnswers.KB.citations().values().stream()
                .filter(c -> c.title().orElse("").startsWith("FDA approves pembrolizumab for sorafenib"))
                .findFirst()
                .orElseThrow();
        Answer real = citing(news);
        assertThat(findings(real, "ONC-APPROVAL-UNSUPPORTED")).isEmpty();
        assertThat(findings(real, "ONC-APPROVAL-CONTRADICTED")).isEmpty();
        Answer around = citing(Citation.builder()
                .title(news.title().orElseThrow() + ". Bevacizumab is approved for liver cancer.")
                .build());
        assertThat(findings(around, "ONC-APPROVAL-UNSUPPORTED"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Bevacizumab is approved for liver cancer"));
    }

    @Test
    @Tag("timing")
    void the_wording_rule_takes_linear_time_in_a_long_paragraph_of_statistics() {
        // each sentence was handed every statement of its paragraph: this ratio was about 64 before the
        // fix (about 20 ms against 1 s), about 10 after
        WordingRule rule = new WordingRule(ReferenceAnswers.KB);
        Map<String, Answer> answers = new HashMap<>();
        double ratio = Scaling.ratio(
                n -> "# Does it work?\n\n## The answer\n\n" + "HR 0.5. ".repeat(n / 8) + "\n",
                markdown -> rule.check(
                        answers.computeIfAbsent(markdown, m -> MarkdownAnswers.read(m, ReferenceAnswers.KB))));
        assertThat(ratio).isLessThan(30);
    }

    @Test
    @Tag("timing")
    void a_paragraph_of_cited_sentences_takes_linear_time() {
        // each sentence searched every citation marker of its paragraph for one of its own: the
        // overpromise rule took about 50 times as long at 1 MB as at 100 KB before the fix (2.5 s against
        // 50 ms; the sizes are ten times Scaling's, below which the scan hides in the rest of the work)
        ContentRule rule = RULES.rules().stream()
                .filter(r -> r.id().equals("ONC-OVERPROMISE"))
                .findFirst()
                .orElseThrow();
        Map<String, Answer> answers = new HashMap<>();
        double ratio = Scaling.ratio(
                n -> "# Does it work?\n\n## The answer\n\n" + "It cures everyone [1]. ".repeat(n * 10 / 23)
                        + "\n\n## Sources\n\n1. A title. J Clin Oncol. 2020.\n",
                markdown -> rule.check(
                        answers.computeIfAbsent(markdown, m -> MarkdownAnswers.read(m, ReferenceAnswers.KB))));
        assertThat(ratio).isLessThan(25);
    }

    @Test
    void hard_reading_is_a_warning_per_section() {
        Answer hard =
                answer(s -> s.paragraph("Immunomodulatory pharmacotherapeutic interventions necessitate comprehensive "
                        + "multidisciplinary evaluation, incorporating histopathological characterization, molecular "
                        + "biomarker stratification and longitudinal radiological surveillance methodologies, notwithstanding "
                        + "considerable interindividual heterogeneity."));
        assertThat(findings(hard, "ONC-READABILITY"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        Answer easy =
                answer(s -> s.paragraph("Your care team will look at your scans. They will test your tumor. Then they "
                        + "will talk with you about what to do next. You can ask them any question you have."));
        assertThat(findings(easy, "ONC-READABILITY")).isEmpty();
    }

    @Test
    void a_list_of_names_does_not_count_as_hard_prose_but_a_list_of_hard_sentences_does() {
        String easy = "Your care team will look at your scans. They will test your tumor. Then they "
                + "will talk with you about what to do next.";
        Answer names = answer(s -> s.paragraph(easy)
                .bullets(
                        "atezolizumab + bevacizumab",
                        "durvalumab + tremelimumab",
                        "nivolumab + ipilimumab",
                        "hepatocellular carcinoma immunotherapy"));
        assertThat(findings(names, "ONC-READABILITY")).isEmpty();
        Answer sentences = answer(
                s -> s.paragraph(easy)
                        .bullets(
                                "Immunomodulatory pharmacotherapeutic interventions necessitate comprehensive evaluation.",
                                "Histopathological characterization precedes molecular biomarker stratification.",
                                "Longitudinal radiological surveillance methodologies accommodate interindividual heterogeneity."));
        assertThat(findings(sentences, "ONC-READABILITY")).hasSize(1);
    }

    @Test
    void a_brand_name_without_its_generic_name_is_a_warning() {
        assertThat(findings(answer(s -> s.paragraph("Kymriah is one CAR-T product.")), "ONC-BRAND-WITHOUT-GENERIC"))
                .singleElement()
                .satisfies(f -> assertThat(f.suggestion()).contains("write \"tisagenlecleucel (Kymriah)\""));
        assertThat(findings(
                        answer(s -> s.paragraph("Tisagenlecleucel (Kymriah) is one CAR-T product.")),
                        "ONC-BRAND-WITHOUT-GENERIC"))
                .isEmpty();
        // the patient's question may name the brand; the answer's first use still gives the generic
        Answer asked = Answer.unchecked()
                .from(answer(s -> s.paragraph("Tisagenlecleucel (Kymriah) is one CAR-T product.")))
                .question("Is Kymriah used for liver cancer?")
                .build();
        assertThat(findings(asked, "ONC-BRAND-WITHOUT-GENERIC")).isEmpty();
        Answer notGiven = Answer.unchecked()
                .from(answer(s -> s.paragraph("Kymriah is one CAR-T product.")))
                .question("Is Kymriah used for liver cancer?")
                .build();
        assertThat(findings(notGiven, "ONC-BRAND-WITHOUT-GENERIC")).hasSize(1);
    }

    @Test
    void structure_rules_catch_what_an_imported_answer_lacks() {
        Answer built = answer(s -> s.paragraph("Text.").cite(WJCO));
        Answer broken = Answer.unchecked()
                .from(built)
                .question(" ")
                .questionsToAsk(QuestionsToAsk.of(List.of("One?", "Two")))
                .sources(List.<Source>of())
                .disclaimers(List.of())
                .build();
        Report report = RULES.check(broken);
        assertThat(report.findings())
                .extracting(Finding::ruleId)
                .contains(
                        "ONC-QUESTION-MISSING",
                        "ONC-DISCLAIMER-MISSING",
                        "ONC-QUESTIONS-TO-ASK",
                        "ONC-SOURCES-MISSING",
                        "ONC-CITATION-UNRESOLVED");
        assertThat(report.passed()).isFalse();
        assertThat(RULES.check(built).passed()).isTrue();
    }

    @Test
    void two_good_questions_are_a_warning_and_none_is_an_error_for_patients_and_information_for_clinicians() {
        Answer built = answer(s -> s.paragraph("Text.").cite(WJCO));
        Answer two = Answer.unchecked()
                .from(built)
                .questionsToAsk(QuestionsToAsk.of(List.of("Is it right for me?", "What are the side effects?")))
                .build();
        Answer none = Answer.unchecked()
                .from(built)
                .questionsToAsk(QuestionsToAsk.of(List.of()))
                .build();
        RuleSet clinicians = RuleSet.clinicianFacing(ReferenceAnswers.KB);

        assertThat(RULES.check(two).findings())
                .filteredOn(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                .satisfies(f -> assertThat(f.message()).contains("gives 2 questions"));
        assertThat(RULES.check(none).findings())
                .filteredOn(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(clinicians.check(none).findings())
                .filteredOn(f -> f.ruleId().equals("ONC-QUESTIONS-TO-ASK"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void a_reference_answer_built_with_the_builder_passes() {
        assertThat(RULES.check(ReferenceAnswers.carTForLiverCancer()).passed()).isTrue();
        assertThat(RULES.check(ReferenceAnswers.immunotherapyForLiverCancer()).passed())
                .isTrue();
        assertThat(RULES.check(ReferenceAnswers.howImmunotherapyWorks()).passed())
                .isTrue();
        assertThat(findings(answer(s -> s.statistic(KEYNOTE_189)), "ONC-NUMBER-UNGROUNDED"))
                .isEmpty();
    }
}
