package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerBuilder;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.answer.Section;
import org.oncodex.disclaimers.Disclaimer;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.disclaimers.DisclaimerKind;
import org.oncodex.disclaimers.Placement;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.model.evidence.Citation;

/**
 * The structural rules pass a complete answer and catch the part it lacks: the question, content,
 * sources that can be followed, citation markers with a source behind them, current disclaimers.
 */
class StructureRulesTest {
    private static final RuleSet RULES = RuleSet.standard(ReferenceAnswers.KB);
    private static final Citation WJCO = RuleTestAnswers.WJCO;

    private static AnswerBuilder builder() {
        return RuleTestAnswers.builder()
                .section(
                        "What is known",
                        s -> s.paragraph("Your care team can tell you more.").cite(WJCO));
    }

    private static List<Finding> findings(Answer answer, String ruleId) {
        return RULES.check(answer).findings(ruleId);
    }

    /** Every rule of this test passes the complete answer. */
    @Test
    void a_complete_answer_passes_every_structural_rule() {
        Report report = RULES.check(builder().build());
        for (String id : List.of(
                "ONC-QUESTION-MISSING",
                "ONC-CONTENT-MISSING",
                "ONC-SOURCES-MISSING",
                "ONC-SOURCE-MALFORMED",
                "ONC-SOURCE-UNLINKED",
                "ONC-CITATION-UNRESOLVED",
                "ONC-DISCLAIMER-OUTDATED")) {
            assertThat(report.findings(id)).as(id).isEmpty();
        }
    }

    @Test
    void a_missing_question_and_missing_content_are_errors() {
        Answer complete = builder().build();
        Answer bare = Answer.unchecked()
                .from(complete)
                .question("")
                .sections(List.of(Section.of("Empty", List.of())))
                .build();
        assertThat(findings(bare, "ONC-QUESTION-MISSING"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().part()).isEqualTo(Location.Part.QUESTION));
        assertThat(findings(bare, "ONC-CONTENT-MISSING"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void a_heading_without_content_among_other_sections_is_named() {
        Answer complete = builder().build();
        Answer withEmpty = Answer.unchecked()
                .from(complete)
                .sections(List.of(complete.sections().get(0), Section.of("Nothing here", List.of())))
                .build();
        assertThat(findings(withEmpty, "ONC-CONTENT-MISSING"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Nothing here\""));
    }

    @Test
    void no_sources_is_an_error_and_a_marker_without_its_source_is_unresolved() {
        Answer complete = builder().build();
        Answer unsourced = Answer.unchecked().from(complete).sources(List.of()).build();
        assertThat(findings(unsourced, "ONC-SOURCES-MISSING")).hasSize(1);
        assertThat(findings(unsourced, "ONC-CITATION-UNRESOLVED"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("10.5306/wjco.v17.i3.116093"));
        Answer strayNumber = builder()
                .section("More", s -> s.paragraph("A second review agrees [3]."))
                .build();
        assertThat(findings(strayNumber, "ONC-CITATION-UNRESOLVED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.quote()).contains("[3]");
                    assertThat(f.location().sectionIndex()).hasValue(1);
                });
    }

    @Test
    void a_source_read_from_text_with_a_broken_doi_or_address_is_malformed() {
        String markdown = """
                # Does immunotherapy work for liver cancer?

                Immunotherapy helps some people.[^1][^2]

                ## Sources

                [^1]: A review of immunotherapy. doi: 10/abc
                [^2]: Liver cancer treatment. www.cancer.gov/types/liver
                """;
        List<Finding> malformed = findings(MarkdownAnswers.read(markdown), "ONC-SOURCE-MALFORMED");
        assertThat(malformed).extracting(f -> f.quote().orElse("")).contains("doi: 10/abc");
        assertThat(malformed).extracting(Finding::message).anyMatch(m -> m.contains("web address"));
    }

    @Test
    void a_source_without_a_link_is_information_not_an_error() {
        Citation print = Citation.builder()
                .title("NCCN Guidelines for Patients: Liver Cancer")
                .publisher("NCCN")
                .build();
        Answer answer = builder().source(print).build();
        assertThat(findings(answer, "ONC-SOURCE-UNLINKED")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.quote()).contains("NCCN Guidelines for Patients: Liver Cancer");
        });
    }

    @Test
    void a_disclaimer_older_than_the_catalogues_is_outdated() {
        Answer answer = builder().build(); // bundled wording, version 1
        Disclaimer current = DisclaimerCatalog.bundled().disclaimer(DisclaimerKind.NOT_MEDICAL_ADVICE, Locale.ENGLISH);
        DisclaimerCatalog revised = DisclaimerCatalog.bundled()
                .withOverrides(List.of(Disclaimer.builder()
                        .from(current)
                        .version(2)
                        .text("This is not medical advice. Your doctor knows your case.")
                        .build()));
        assertThat(findings(answer, "ONC-DISCLAIMER-OUTDATED")).isEmpty();
        assertThat(RULES.withCatalog(revised).check(answer).findings("ONC-DISCLAIMER-OUTDATED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("not-medical-advice disclaimer is version 1");
                });
        assertThat(current.placement()).isEqualTo(Placement.HEADER);
    }
}
