package org.oncodex.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void keeps_the_printed_percentage_beside_the_counts() {
        // WJCO 2026 Table 2, KEYNOTE-158 PDAC: ORR = 18% (4 of 22 patients); 4/22 is 18.2%
        Proportion orr = Proportion.of(18, 4, 22);
        assertThat(orr.percent()).hasValue(18.0);
        assertThat(orr.fraction()).isEqualTo(0.18);
        assertThat(Proportion.ofCount(4, 22).fraction()).isCloseTo(0.1818, within(0.0001));
    }

    @Test
    void needs_a_percentage_or_counts() {
        assertThatThrownBy(() -> Proportion.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Proportion needs a percentage or a count of a total, got neither");
    }

    @Test
    void lists_every_problem_at_once() {
        assertThatThrownBy(() -> Proportion.builder()
                        .percent(120)
                        .count(30)
                        .total(22)
                        .ci(ConfidenceInterval.of(-5, 40))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Proportion has 3 problems")
                .hasMessageContaining("percent must be in [0, 100]: 120.0")
                .hasMessageContaining("count must be in [0, total 22]: 30")
                .hasMessageContaining("confidence interval must lie within [0, 100] percent: -5.0 to 40.0");
    }

    @Test
    void a_count_needs_its_total_or_its_percentage() {
        assertThatThrownBy(() -> Proportion.builder().count(4).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a count without its total needs the percentage");
        assertThatThrownBy(() -> Proportion.builder().percent(20).total(4).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a total needs its count");
    }

    @Test
    void a_count_with_its_percentage_is_a_table_cell_n_percent() {
        Proportion p = Proportion.builder().percent(72).count(129).build();
        assertThat(p.fraction()).isEqualTo(0.72);
        assertThat(p.total()).isEmpty();
    }
}
