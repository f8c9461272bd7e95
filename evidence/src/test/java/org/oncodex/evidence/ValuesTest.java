package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Drug;
import org.oncodex.model.TherapyModality;
import org.oncodex.model.evidence.Citation;

/**
 * The small values of the package validate themselves and name every problem at once: {@link
 * TreatmentOption}, {@link Approval}, {@link ApprovalStatus}, {@link Mention}, {@link Problem},
 * {@link EvidenceQuery} and {@link EvidenceFormatException}.
 */
class ValuesTest {
    static final Citation SOURCE = Citation.builder().title("A source").build();
    static final CancerType LIVER = CancerType.of("liver-cancer", "liver cancer");
    static final Drug SORAFENIB = Drug.of("sorafenib", "sorafenib");

    @Test
    void treatment_option_rejects_every_problem_at_once() {
        assertThatThrownBy(() -> TreatmentOption.builder()
                        .id("Bad Id")
                        .cancerType(LIVER)
                        .label(" ")
                        .addTreatments(LIVER)
                        .citation(SOURCE)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TreatmentOption \"Bad Id\" has 4 problems: id must be lowercase letters and digits"
                        + " joined by single hyphens (such as \"liver-cancer\"): \"Bad Id\"; label must not be blank:"
                        + " \" \"; treatments must be drugs, therapies or regimens, not liver-cancer; modalities must"
                        + " name at least one modality");
    }

    @Test
    void treatment_option_defaults_to_standard_care() {
        TreatmentOption o = TreatmentOption.builder()
                .id("o")
                .cancerType(LIVER)
                .label("targeted therapy")
                .addTreatments(SORAFENIB)
                .addModalities(TherapyModality.TARGETED_THERAPY)
                .citation(SOURCE)
                .build();
        assertThat(o.availability()).isEqualTo(TreatmentOption.Availability.STANDARD);
        assertThat(o.availability().label()).isEqualTo("standard");
        assertThat(o.settings()).isEmpty();
        assertThat(o.isFor(org.oncodex.model.DiseaseSetting.LOCALIZED)).isFalse();
    }

    @Test
    void an_approval_statement_says_approved_or_not_approved() {
        assertThatThrownBy(() -> Approval.builder()
                        .id("a")
                        .agency("FDA")
                        .treatment(LIVER)
                        .cancerType(LIVER)
                        .indication("liver cancer")
                        .verdict(ApprovalStatus.Verdict.UNKNOWN)
                        .citation(SOURCE)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Approval \"a\" has 2 problems: treatment must be a drug, therapy or regimen, not"
                        + " liver-cancer; verdict must be APPROVED or NOT_APPROVED: a statement that says nothing is"
                        + " no statement");
    }

    @Test
    void approval_status_carries_its_statement_and_source() {
        Approval a = Approval.builder()
                .id("a")
                .agency("FDA")
                .treatment(SORAFENIB)
                .cancerType(LIVER)
                .indication("liver cancer")
                .verdict(ApprovalStatus.Verdict.APPROVED)
                .citation(SOURCE)
                .build();
        ApprovalStatus status = ApprovalStatus.of(a);
        assertThat(status.verdict()).isEqualTo(ApprovalStatus.Verdict.APPROVED);
        assertThat(status.citation()).contains(SOURCE);
        assertThat(ApprovalStatus.unknown().statement()).isEmpty();
        assertThat(ApprovalStatus.unknown().citation()).isEmpty();
    }

    @Test
    void a_mention_span_must_fit_its_text() {
        assertThat(Mention.of(SORAFENIB, 2, 11, "sorafenib").toString())
                .isEqualTo("Mention{sorafenib \"sorafenib\" [2, 11)}");
        assertThatThrownBy(() -> Mention.of(SORAFENIB, 5, 5, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mention has 2 problems: span must satisfy 0 <= start < end: [5, 5); text \"x\" must be as"
                        + " long as its span [5, 5)");
    }

    @Test
    void a_problem_prints_like_a_compiler() {
        Problem p = Problem.builder()
                .source("kb.json")
                .pointer("/results/3")
                .line(12)
                .column(7)
                .message("duplicate result id")
                .build();
        assertThat(p).hasToString("kb.json:12:7: /results/3: duplicate result id");
        assertThat(Problem.of("builder", "", "empty")).hasToString("builder: empty");
        assertThatThrownBy(() -> Problem.of("x", "results", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Problem has 2 problems: message must not be blank: \" \"; pointer must be empty or start"
                        + " with /: results");
    }

    @Test
    void a_query_rejects_blank_texts() {
        assertThatThrownBy(
                        () -> EvidenceQuery.builder().subgroup(" ").target("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EvidenceQuery has 2 problems: target must not be blank: \"\"; subgroup must not be blank:"
                        + " \" \"");
    }

    @Test
    void the_format_exception_lists_its_problems_and_needs_one() {
        EvidenceFormatException e = new EvidenceFormatException(
                List.of(Problem.of("kb.json", "/a", "first"), Problem.of("kb.json", "/b", "second")));
        assertThat(e.problems()).hasSize(2);
        assertThat(e).hasMessage("knowledge base has 2 problems:\n  kb.json: /a: first\n  kb.json: /b: second");
        assertThatThrownBy(() -> new EvidenceFormatException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
