package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.model.StudyDesign;

class StudyTest {

    @Test
    void builds_a_trial_with_its_clinicaltrials_gov_number() {
        // KEYNOTE-189's NCT number as given by ClinicalTrials.gov.
        Study study = Study.builder()
                .name("KEYNOTE-189")
                .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
                .phase(Phase.PHASE_3)
                .addRegistryId("NCT02578680")
                .build();

        assertThat(study.registryIds()).containsExactly("NCT02578680");
        assertThat(study.phase()).contains(Phase.PHASE_3);
        assertThat(study.design().isRandomized()).isTrue();
    }

    @Test
    void of_builds_a_study_without_phase_or_registry_ids() {
        Study study = Study.of("Example cohort", StudyDesign.RETROSPECTIVE_COHORT);

        assertThat(study.phase()).isEmpty();
        assertThat(study.registryIds()).isEmpty();
    }

    // Syntactic only: none of these is claimed to be a real registration.
    @ParameterizedTest
    @ValueSource(
            strings = {"NCT00000000", "ISRCTN00000000", "ACTRN00000000000000", "0000-000000-00", "0000-000000-00-00"})
    void accepts_the_syntax_of_each_registry(String registryId) {
        Study study = Study.builder()
                .name("Example trial")
                .design(StudyDesign.SINGLE_ARM_TRIAL)
                .addRegistryId(registryId)
                .build();

        assertThat(study.registryIds()).containsExactly(registryId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT123", "nct00000000", "NCT000000000", "ACTRN0000", "0000-00000-00"})
    void rejects_a_malformed_registry_id_naming_it(String registryId) {
        assertThatThrownBy(() -> Study.builder()
                        .name("Example trial")
                        .design(StudyDesign.SINGLE_ARM_TRIAL)
                        .addRegistryId(registryId)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Study registryIds must be NCT, ISRCTN, ACTRN, EudraCT or EU CT numbers: \"" + registryId
                        + "\"");
    }

    @Test
    void reports_a_blank_name_and_a_repeated_registry_id_at_once() {
        assertThatThrownBy(() -> Study.builder()
                        .name(" ")
                        .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
                        .addRegistryIds("NCT00000000", "NCT00000000")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Study has 2 problems: ")
                .hasMessageContaining("name must not be blank: \" \"")
                .hasMessageContaining("registryIds must not repeat: \"NCT00000000\"");
    }
}
