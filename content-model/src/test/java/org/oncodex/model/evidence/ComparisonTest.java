package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void of_compares_an_intervention_with_a_comparator() {
        Comparison comparison = Comparison.of("regorafenib", "placebo");

        assertThat(comparison.intervention()).isEqualTo("regorafenib");
        assertThat(comparison.comparator()).contains("placebo");
        assertThat(comparison.isSingleArm()).isFalse();
    }

    @Test
    void single_arm_has_no_comparator() {
        Comparison comparison = Comparison.singleArm("nivolumab");

        assertThat(comparison.comparator()).isEmpty();
        assertThat(comparison.isSingleArm()).isTrue();
    }

    @Test
    void carries_the_ids_of_each_side() {
        Comparison comparison = Comparison.builder()
                .intervention("cabozantinib")
                .comparator("sorafenib")
                .addInterventionId("cabozantinib")
                .addComparatorId("sorafenib")
                .build();

        assertThat(comparison.interventionIds()).containsExactly("cabozantinib");
        assertThat(comparison.comparatorIds()).containsExactly("sorafenib");
    }

    @Test
    void rejects_comparator_ids_without_a_comparator_label() {
        assertThatThrownBy(() -> Comparison.builder()
                        .intervention("cabozantinib")
                        .addComparatorId("sorafenib")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Comparison comparatorIds [sorafenib] need a comparator label");
    }

    @Test
    void reports_blank_labels_and_malformed_ids_at_once() {
        assertThatThrownBy(() -> Comparison.builder()
                        .intervention(" ")
                        .comparator("")
                        .addInterventionId("Cabozantinib")
                        .addComparatorId("sorafenib 400 mg")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Comparison has 4 problems: ")
                .hasMessageContaining("intervention must not be blank: \" \"")
                .hasMessageContaining("comparator must not be blank: \"\"")
                .hasMessageContaining("interventionIds must be lowercase letters and digits")
                .hasMessageContaining("\"Cabozantinib\"")
                .hasMessageContaining("comparatorIds must be lowercase letters and digits")
                .hasMessageContaining("\"sorafenib 400 mg\"");
    }
}
