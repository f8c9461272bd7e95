package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeChangesTest {

    @Test
    void a_percentage_before_its_direction() {
        RelativeChange c = RecognizerTestSupport.read(new RelativeChanges(), "38% reduction in the risk of death")
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(c.direction()).isEqualTo(RelativeChange.Direction.LOWER);
        assertThat(c.measure()).isEqualTo("risk of death");
    }

    @Test
    void a_verb_then_by_a_percentage() {
        RelativeChange c = RecognizerTestSupport.read(new RelativeChanges(), "reduced the risk of death by 38%")
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(c.percent()).isEqualTo(38);
        assertThat(c.measure()).isEqualTo("risk of death");
    }

    @Test
    void numbers_in_words() {
        RelativeChange c = RecognizerTestSupport.read(new RelativeChanges(), "thirty-eight percent lower risk")
                .get(0)
                .relativeChange()
                .orElseThrow();
        assertThat(c.impliedRatio()).isEqualTo(0.62);
    }

    @Test
    void more_people_is_a_share_not_a_change() {
        assertThat(RecognizerTestSupport.read(new RelativeChanges(), "20% more patients"))
                .isEmpty();
    }
}
