package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.oncodex.disclaimers.DisclaimerKind.AI_GENERATED;
import static org.oncodex.disclaimers.DisclaimerKind.CLINICAL_TRIALS;
import static org.oncodex.disclaimers.DisclaimerKind.CONSULT_CARE_TEAM;
import static org.oncodex.disclaimers.DisclaimerKind.GENERAL_INFORMATION;
import static org.oncodex.disclaimers.DisclaimerKind.INFORMATIONAL_ONLY;
import static org.oncodex.disclaimers.DisclaimerKind.INVESTIGATIONAL_THERAPY;
import static org.oncodex.disclaimers.DisclaimerKind.NOT_MEDICAL_ADVICE;
import static org.oncodex.disclaimers.DisclaimerKind.OFF_LABEL_USE;
import static org.oncodex.disclaimers.DisclaimerKind.URGENT_SYMPTOMS;
import static org.oncodex.disclaimers.Placement.FOOTER;
import static org.oncodex.disclaimers.Placement.HEADER;
import static org.oncodex.disclaimers.Placement.INLINE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;

/**
 * The policies' required sets for representative answers. The three reference answers (in
 * /work/shared/reference) are described as the facts a service would report for them; approval
 * states are those their sources state (the NCI PDQ summary of liver cancer treatment lists
 * nivolumab and pembrolizumab among the checkpoint inhibitors used for liver cancer; the CAR-T
 * answer states that CAR-T cell therapy is not FDA-approved for liver cancer).
 */
class DisclaimerPolicyTest {
    private static final DisclaimerPolicy PATIENT = DisclaimerPolicy.patientFacing();
    private static final DisclaimerPolicy CLINICIAN = DisclaimerPolicy.clinicianFacing();
    private static final TherapyMention CAR_T = TherapyMention.of("CAR-T cell therapy", ApprovalState.NOT_APPROVED);

    /** "What is immunotherapy and does it work for liver cancer": AI, liver cancer, trials among its questions. */
    private static AnswerFacts immunotherapyForLiverCancer() {
        return AnswerFacts.builder()
                .aiGenerated(true)
                .cancerType("liver cancer")
                .addTherapy(TherapyMention.of("immune checkpoint inhibitors", ApprovalState.APPROVED))
                .addTherapy(TherapyMention.of("cancer vaccines", ApprovalState.UNKNOWN))
                .mentionsClinicalTrials(true)
                .build();
    }

    /** "How does CAR-T cell therapy work for liver cancer": AI, CAR-T not approved, trials. */
    private static AnswerFacts carTForLiverCancer() {
        return AnswerFacts.builder()
                .aiGenerated(true)
                .cancerType(CancerType.of("liver-cancer", "liver cancer"))
                .addTherapy(CAR_T)
                .addTherapy(TherapyMention.of("nivolumab", ApprovalState.APPROVED))
                .addTherapy(TherapyMention.of("pembrolizumab", ApprovalState.APPROVED))
                .mentionsClinicalTrials(true)
                .build();
    }

    /**
     * "How does immunotherapy work for cancer": AI, no cancer type, so no approval is stated for
     * the drugs it names; trials and off-label use appear only as titles of related questions,
     * which carry their own disclaimers.
     */
    private static AnswerFacts howImmunotherapyWorks() {
        return AnswerFacts.builder()
                .aiGenerated(true)
                .addTherapy(TherapyMention.of("blinatumomab", ApprovalState.UNKNOWN))
                .addTherapy(TherapyMention.of("tisagenlecleucel", ApprovalState.UNKNOWN))
                .build();
    }

    private static List<DisclaimerKind> kinds(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::kind).toList();
    }

    @Test
    void the_immunotherapy_liver_cancer_answer_requires_the_base_set_ai_and_clinical_trials() {
        assertThat(PATIENT.requirements(immunotherapyForLiverCancer()))
                .extracting(Requirement::kind, Requirement::placement, Requirement::trigger)
                .containsExactly(
                        tuple(INFORMATIONAL_ONLY, HEADER, Trigger.ALWAYS),
                        tuple(AI_GENERATED, HEADER, Trigger.AI_GENERATED),
                        tuple(NOT_MEDICAL_ADVICE, HEADER, Trigger.ALWAYS),
                        tuple(CLINICAL_TRIALS, INLINE, Trigger.CLINICAL_TRIALS),
                        tuple(CONSULT_CARE_TEAM, FOOTER, Trigger.ALWAYS),
                        tuple(GENERAL_INFORMATION, FOOTER, Trigger.ALWAYS));
    }

    @Test
    void car_t_for_liver_cancer_requires_the_investigational_therapy_disclaimer_next_to_car_t() {
        List<Requirement> required = PATIENT.requirements(carTForLiverCancer());

        assertThat(kinds(required))
                .containsExactly(
                        INFORMATIONAL_ONLY,
                        AI_GENERATED,
                        NOT_MEDICAL_ADVICE,
                        INVESTIGATIONAL_THERAPY,
                        CLINICAL_TRIALS,
                        CONSULT_CARE_TEAM,
                        GENERAL_INFORMATION);
        Requirement investigational = required.get(3);
        assertThat(investigational.placement()).isEqualTo(INLINE);
        assertThat(investigational.trigger()).isEqualTo(Trigger.UNAPPROVED_THERAPY);
        assertThat(investigational.therapy()).contains(CAR_T);
        assertThat(investigational.variables())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DisclaimerVariable.THERAPY, "CAR-T cell therapy",
                        DisclaimerVariable.CANCER_TYPE, "liver cancer"));
        assertThat(investigational.reason())
                .isEqualTo("the answer mentions CAR-T cell therapy, which is not approved for liver cancer");
    }

    @Test
    void the_general_immunotherapy_answer_requires_only_the_base_set_and_ai() {
        assertThat(kinds(PATIENT.requirements(howImmunotherapyWorks())))
                .containsExactly(
                        INFORMATIONAL_ONLY, AI_GENERATED, NOT_MEDICAL_ADVICE, CONSULT_CARE_TEAM, GENERAL_INFORMATION);
    }

    @Test
    void an_answer_written_by_a_person_does_not_require_the_ai_disclaimer() {
        AnswerFacts byPerson = AnswerFacts.builder()
                .from(howImmunotherapyWorks())
                .aiGenerated(false)
                .build();

        assertThat(kinds(PATIENT.requirements(byPerson))).doesNotContain(AI_GENERATED);
    }

    @Test
    void urgent_symptoms_stand_first_in_the_header() {
        AnswerFacts symptoms = AnswerFacts.builder()
                .aiGenerated(false)
                .mentionsUrgentSymptoms(true)
                .build();

        Requirement first = PATIENT.requirements(symptoms).get(0);
        assertThat(first.kind()).isEqualTo(URGENT_SYMPTOMS);
        assertThat(first.placement()).isEqualTo(HEADER);
    }

    @Test
    void off_label_use_is_required_inline_when_mentioned() {
        AnswerFacts offLabel = AnswerFacts.builder()
                .aiGenerated(false)
                .mentionsOffLabelUse(true)
                .build();

        assertThat(PATIENT.requirements(offLabel))
                .filteredOn(r -> r.kind() == OFF_LABEL_USE)
                .singleElement()
                .satisfies(r -> assertThat(r.placement()).isEqualTo(INLINE));
    }

    @Test
    void each_unapproved_therapy_gets_its_own_requirement_and_an_unknown_approval_none() {
        AnswerFacts facts = AnswerFacts.builder()
                .aiGenerated(false)
                .cancerType("liver cancer")
                .addTherapy(CAR_T)
                .addTherapy(TherapyMention.of("a cancer vaccine", ApprovalState.INVESTIGATIONAL))
                .addTherapy(TherapyMention.of("a new drug", ApprovalState.UNKNOWN))
                .addTherapy(CAR_T)
                .build();

        assertThat(PATIENT.requirements(facts))
                .filteredOn(r -> r.kind() == INVESTIGATIONAL_THERAPY)
                .extracting(Requirement::reason)
                .containsExactly(
                        "the answer mentions CAR-T cell therapy, which is not approved for liver cancer",
                        "the answer mentions a cancer vaccine, which is investigational for liver cancer");
    }

    @Test
    void a_therapy_without_a_cancer_type_still_requires_the_disclaimer_but_no_cancer_type_value() {
        AnswerFacts facts =
                AnswerFacts.builder().aiGenerated(false).addTherapy(CAR_T).build();

        Requirement investigational = PATIENT.requirements(facts).stream()
                .filter(r -> r.kind() == INVESTIGATIONAL_THERAPY)
                .findFirst()
                .orElseThrow();
        assertThat(investigational.variables()).containsOnlyKeys(DisclaimerVariable.THERAPY);
        assertThat(investigational.reason())
                .isEqualTo(
                        "the answer mentions CAR-T cell therapy, which is not approved for the answer's cancer type");
    }

    @Test
    void the_clinician_policy_keeps_only_what_a_health_professional_needs() {
        AnswerFacts forClinician = AnswerFacts.builder()
                .from(carTForLiverCancer())
                .audience(Audience.CLINICIAN)
                .mentionsOffLabelUse(true)
                .mentionsUrgentSymptoms(true)
                .build();

        assertThat(CLINICIAN.requirements(forClinician))
                .extracting(Requirement::kind, Requirement::placement)
                .containsExactly(
                        tuple(INFORMATIONAL_ONLY, HEADER),
                        tuple(AI_GENERATED, HEADER),
                        tuple(INVESTIGATIONAL_THERAPY, INLINE),
                        tuple(OFF_LABEL_USE, INLINE));
    }

    @Test
    void a_policy_refuses_an_answer_for_an_audience_it_is_not_written_for() {
        assertThat(CLINICIAN.appliesTo(carTForLiverCancer())).isFalse();
        assertThatThrownBy(() -> CLINICIAN.requirements(carTForLiverCancer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "policy clinician-facing is for [CLINICIAN] on [WEB, CHAT, EMAIL, PRINT], not for PATIENT on WEB");
    }

    @Test
    void the_patient_policy_serves_caregivers_on_every_channel() {
        AnswerFacts caregiverByEmail = AnswerFacts.builder()
                .from(carTForLiverCancer())
                .audience(Audience.CAREGIVER)
                .channel(Channel.EMAIL)
                .build();

        assertThat(PATIENT.audiences()).containsExactlyInAnyOrder(Audience.PATIENT, Audience.CAREGIVER);
        assertThat(PATIENT.channels()).containsExactlyInAnyOrder(Channel.values());
        assertThat(PATIENT.requirements(caregiverByEmail)).hasSize(7);
    }

    @Test
    void explains_what_is_required_and_what_is_not_and_why() {
        assertThat(PATIENT.explain(carTForLiverCancer())).isEqualTo("""
                        patient-facing policy, for a PATIENT reading on WEB:
                        not required URGENT_SYMPTOMS at HEADER: the answer does not discuss symptoms that may need urgent care
                        required INFORMATIONAL_ONLY at HEADER: every answer under this policy needs it
                        required AI_GENERATED at HEADER: the answer was generated by AI
                        required NOT_MEDICAL_ADVICE at HEADER: every answer under this policy needs it
                        required INVESTIGATIONAL_THERAPY at INLINE: the answer mentions CAR-T cell therapy, which is not approved for liver cancer
                        required CLINICAL_TRIALS at INLINE: the answer mentions clinical trials
                        not required OFF_LABEL_USE at INLINE: the answer does not mention off-label use
                        required CONSULT_CARE_TEAM at FOOTER: every answer under this policy needs it
                        required GENERAL_INFORMATION at FOOTER: every answer under this policy needs it""");
    }

    @Test
    void explains_that_an_unknown_approval_triggers_nothing() {
        assertThat(PATIENT.explain(howImmunotherapyWorks()))
                .contains("not required INVESTIGATIONAL_THERAPY at INLINE: no therapy the answer mentions is stated"
                        + " to be not approved or investigational (an UNKNOWN approval triggers nothing)");
    }

    @Test
    void builds_a_custom_policy_for_one_channel() {
        DisclaimerPolicy chat = DisclaimerPolicy.builder()
                .name("chat-patients")
                .audiences(Audience.PATIENT)
                .channels(Channel.CHAT)
                .always(NOT_MEDICAL_ADVICE, HEADER)
                .when(Trigger.AI_GENERATED, AI_GENERATED, HEADER)
                .build();

        AnswerFacts inChat = AnswerFacts.builder()
                .from(carTForLiverCancer())
                .channel(Channel.CHAT)
                .build();
        assertThat(kinds(chat.requirements(inChat))).containsExactly(NOT_MEDICAL_ADVICE, AI_GENERATED);
        assertThat(chat.appliesTo(carTForLiverCancer())).isFalse();
        assertThat(chat).hasToString("DisclaimerPolicy chat-patients");
    }

    @Test
    void derives_a_policy_from_the_patient_policy() {
        DisclaimerPolicy moved = PATIENT.toBuilder()
                .name("consult-first")
                .remove(CONSULT_CARE_TEAM)
                .always(CONSULT_CARE_TEAM, HEADER)
                .build();

        assertThat(moved.requirements(howImmunotherapyWorks()))
                .extracting(Requirement::kind, Requirement::placement)
                .contains(tuple(CONSULT_CARE_TEAM, HEADER))
                .doesNotContain(tuple(CONSULT_CARE_TEAM, FOOTER));
        assertThat(PATIENT.toBuilder().build()).isEqualTo(PATIENT).hasSameHashCodeAs(PATIENT);
        assertThat(moved).isNotEqualTo(PATIENT);
    }

    @Test
    void a_kind_may_stand_at_two_placements() {
        DisclaimerPolicy twice = PATIENT.toBuilder()
                .name("consult-twice")
                .always(CONSULT_CARE_TEAM, HEADER)
                .build();

        assertThat(twice.requirements(howImmunotherapyWorks()))
                .filteredOn(r -> r.kind() == CONSULT_CARE_TEAM)
                .extracting(Requirement::placement)
                .containsExactly(FOOTER, HEADER);
    }

    @Test
    void a_second_rule_for_the_same_kind_and_placement_fails_fast() {
        DisclaimerPolicy.Builder builder =
                DisclaimerPolicy.builder().name("twice").always(NOT_MEDICAL_ADVICE, HEADER);

        assertThatThrownBy(() -> builder.when(Trigger.AI_GENERATED, NOT_MEDICAL_ADVICE, HEADER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy \"twice\" already requires NOT_MEDICAL_ADVICE at HEADER (when ALWAYS);"
                        + " remove(NOT_MEDICAL_ADVICE) first to change it");
    }

    @Test
    void rejects_a_policy_without_a_valid_name_an_audience_or_a_rule() {
        assertThatThrownBy(() -> DisclaimerPolicy.builder().name("My Policy").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DisclaimerPolicy \"My Policy\" has 3 problems:"
                        + " name must be lowercase letters and digits joined by single hyphens (such as"
                        + " \"not-medical-advice\"): \"My Policy\";"
                        + " audiences must name at least one audience: [];"
                        + " rules must require at least one disclaimer: []");
    }
}
