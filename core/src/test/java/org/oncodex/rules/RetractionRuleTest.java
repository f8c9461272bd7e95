package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.Answer;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Retraction;

/** ONC-SOURCE-RETRACTED: an answer must not rest on a retracted source. */
class RetractionRuleTest {
    private static final String RULE = "ONC-SOURCE-RETRACTED";

    /** A made-up work and a made-up retraction of it: no real source is said to be retracted here. */
    private static final Citation WORK = Citation.builder()
            .title("A made-up trial report")
            .doi("10.5555/oncodex.test.1")
            .year(2020)
            .build();

    private static final Retraction RETRACTION =
            Retraction.of(LocalDate.of(2022, 3, 4), "Retraction notice 10.5555/oncodex.test.2");

    private static final Citation RETRACTED =
            Citation.builder().from(WORK).retraction(RETRACTION).build();

    private static Answer citing(Citation source) {
        return RuleTestAnswers.builder()
                .section(
                        "What is known",
                        s -> s.paragraph("Your care team can tell you more.").cite(source))
                .source(source)
                .build();
    }

    private static List<Finding> findings(RuleSet rules, Answer answer) {
        return rules.check(answer).findings(RULE);
    }

    @Test
    void is_a_standard_rule_and_passes_sources_that_stand() {
        RuleSet rules = RuleSet.standard(ReferenceAnswers.KB);
        assertThat(rules.rules()).extracting(ContentRule::id).contains(RULE);
        assertThat(findings(rules, citing(WORK))).isEmpty();
    }

    @Test
    void a_source_whose_citation_carries_a_retraction_is_an_error_naming_date_and_notice() {
        Answer answer = citing(RETRACTED);
        Report report = RuleSet.standard(ReferenceAnswers.KB).check(answer);
        int number = answer.sourceNumber(RETRACTED).orElseThrow();
        assertThat(report.findings(RULE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().part()).isEqualTo(Location.Part.SOURCES);
            assertThat(f.location().itemIndex()).hasValue(number - 1);
            assertThat(f.message())
                    .isEqualTo("source " + number + " \"A made-up trial report\" was retracted on 2022-03-04"
                            + " (notice: Retraction notice 10.5555/oncodex.test.2): what rests on it no longer stands");
            assertThat(f.quote()).hasValue("A made-up trial report");
        });
        assertThat(report.passed()).isFalse();
    }

    @Test
    void a_source_the_evidence_base_records_as_retracted_is_found_by_its_doi() {
        EvidenceBase base =
                EvidenceBase.builder().citation("made-up-report", RETRACTED).build();
        Citation asPrinted = Citation.builder()
                .title("A made-up trial report, as the answer prints it")
                .doi("10.5555/ONCODEX.TEST.1")
                .build();
        assertThat(findings(RuleSet.standard(base), citing(asPrinted)))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("\"A made-up trial report, as the answer prints it\"")
                        .contains("retracted on 2022-03-04")
                        .contains("Retraction notice 10.5555/oncodex.test.2"));
        assertThat(findings(RuleSet.standard(ReferenceAnswers.KB), citing(asPrinted)))
                .as("a base that records no retraction")
                .isEmpty();
    }
}
