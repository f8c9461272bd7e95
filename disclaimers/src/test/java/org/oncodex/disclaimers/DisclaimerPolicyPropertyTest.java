package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in policies' required sets follow the facts, for any combination of facts. */
class DisclaimerPolicyPropertyTest {
    private static final List<DisclaimerKind> PATIENT_BASE = List.of(
            DisclaimerKind.INFORMATIONAL_ONLY,
            DisclaimerKind.NOT_MEDICAL_ADVICE,
            DisclaimerKind.CONSULT_CARE_TEAM,
            DisclaimerKind.GENERAL_INFORMATION);

    private static long count(List<Requirement> required, DisclaimerKind kind) {
        return required.stream().filter(r -> r.kind() == kind).count();
    }

    @Test
    void the_patient_policy_requires_its_base_set_and_each_conditional_kind_exactly_when_triggered() {
        DisclaimerPolicy policy = DisclaimerPolicy.patientFacing();
        qt().forAll(DisclaimerGenerators.facts()).checkAssert(facts -> {
            if (!policy.appliesTo(facts)) {
                assertThatThrownBy(() -> policy.requirements(facts)).isInstanceOf(IllegalArgumentException.class);
                return;
            }
            List<Requirement> required = policy.requirements(facts);
            for (DisclaimerKind base : PATIENT_BASE) {
                assertThat(count(required, base)).as("%s", base).isEqualTo(1);
            }
            assertThat(count(required, DisclaimerKind.AI_GENERATED)).isEqualTo(facts.aiGenerated() ? 1 : 0);
            assertThat(count(required, DisclaimerKind.CLINICAL_TRIALS))
                    .isEqualTo(facts.mentionsClinicalTrials() ? 1 : 0);
            assertThat(count(required, DisclaimerKind.OFF_LABEL_USE)).isEqualTo(facts.mentionsOffLabelUse() ? 1 : 0);
            assertThat(count(required, DisclaimerKind.URGENT_SYMPTOMS))
                    .isEqualTo(facts.mentionsUrgentSymptoms() ? 1 : 0);
            assertThat(count(required, DisclaimerKind.INVESTIGATIONAL_THERAPY))
                    .isEqualTo(facts.therapies().stream()
                            .filter(t -> t.approval().isUnapproved())
                            .distinct()
                            .count());
        });
    }

    @Test
    void the_clinician_policy_never_requires_patient_only_kinds() {
        DisclaimerPolicy policy = DisclaimerPolicy.clinicianFacing();
        qt().forAll(DisclaimerGenerators.facts()).checkAssert(facts -> {
            if (!policy.appliesTo(facts)) {
                return;
            }
            assertThat(policy.requirements(facts))
                    .extracting(Requirement::kind)
                    .doesNotContain(
                            DisclaimerKind.CONSULT_CARE_TEAM,
                            DisclaimerKind.NOT_MEDICAL_ADVICE,
                            DisclaimerKind.URGENT_SYMPTOMS,
                            DisclaimerKind.CLINICAL_TRIALS)
                    .contains(DisclaimerKind.INFORMATIONAL_ONLY);
        });
    }

    @Test
    void the_explanation_lists_every_requirement_and_a_line_for_each_rule_that_did_not_fire() {
        DisclaimerPolicy policy = DisclaimerPolicy.patientFacing();
        qt().forAll(DisclaimerGenerators.facts()).checkAssert(facts -> {
            if (!policy.appliesTo(facts)) {
                return;
            }
            List<Requirement> required = policy.requirements(facts);
            List<String> lines = policy.explain(facts).lines().skip(1).toList();
            assertThat(lines.stream().filter(l -> l.startsWith("required ")))
                    .containsExactlyElementsOf(
                            required.stream().map(r -> "required " + r).toList());
            long firedRules = required.stream()
                    .map(r -> r.kind() + " " + r.placement())
                    .distinct()
                    .count();
            assertThat(lines.stream().filter(l -> l.startsWith("not required ")).count())
                    .isEqualTo(9 - firedRules);
        });
    }
}
