package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TherapyMentionTest {

    @Test
    void holds_the_name_as_written_and_the_approval() {
        TherapyMention carT = TherapyMention.of("CAR-T cell therapy", ApprovalState.NOT_APPROVED);

        assertThat(carT.name()).isEqualTo("CAR-T cell therapy");
        assertThat(carT.approval()).isEqualTo(ApprovalState.NOT_APPROVED);
        assertThat(carT).hasToString("CAR-T cell therapy (NOT_APPROVED)");
    }

    @Test
    void rejects_a_blank_name() {
        assertThatThrownBy(() -> TherapyMention.of(" ", ApprovalState.APPROVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TherapyMention name must not be blank: \" \"");
    }

    @Test
    void only_not_approved_and_investigational_count_as_unapproved() {
        assertThat(ApprovalState.NOT_APPROVED.isUnapproved()).isTrue();
        assertThat(ApprovalState.INVESTIGATIONAL.isUnapproved()).isTrue();
        assertThat(ApprovalState.APPROVED.isUnapproved()).isFalse();
        assertThat(ApprovalState.UNKNOWN.isUnapproved()).as("nobody stated it").isFalse();
    }
}
