package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The plain names of the enums and the checks concepts share, as the source code states them. */
class ConceptLabelsTest {

    @Test
    void enums_carry_their_plain_names() {
        assertThat(StudyDesign.REAL_WORLD_COHORT.label()).isEqualTo("real-world cohort");
        assertThat(DiseaseSetting.LOCALLY_ADVANCED.label()).isEqualTo("locally advanced");
        assertThat(TherapyModality.RADIATION_THERAPY.label()).isEqualTo("radiation therapy");
        assertThat(Endpoint.RFS.synonyms()).containsExactly("relapse-free survival", "recurrence free survival");
    }

    @Test
    void only_a_randomized_controlled_trial_is_randomized() {
        assertThat(Arrays.stream(StudyDesign.values()).filter(StudyDesign::isRandomized))
                .containsExactly(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL);
    }

    @Test
    void a_malformed_parent_is_reported_once_even_when_it_equals_a_malformed_id() {
        assertThatThrownBy(() -> CancerType.builder()
                        .id("Liver_Cancer")
                        .name("liver cancer")
                        .parentId("Liver_Cancer")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CancerType \"Liver_Cancer\" has 2 problems: id must be lowercase letters and digits"
                        + " joined by single hyphens (such as \"liver-cancer\"): \"Liver_Cancer\"; parentId must"
                        + " be lowercase letters and digits joined by single hyphens (such as \"liver-cancer\"):"
                        + " \"Liver_Cancer\"");
    }
}
