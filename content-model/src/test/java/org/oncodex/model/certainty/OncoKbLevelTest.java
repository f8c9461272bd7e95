package org.oncodex.model.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** OncoKB therapeutic levels (https://www.oncokb.org/levels; oncokb/oncokb LevelOfEvidence). */
class OncoKbLevelTest {

    @Test
    void the_seven_therapeutic_levels_print_as_oncokb_prints_them() {
        assertThat(OncoKbLevel.values())
                .extracting(OncoKbLevel::printed)
                .containsExactly("Level 1", "Level 2", "Level 3A", "Level 3B", "Level 4", "Level R1", "Level R2");
        assertThat(OncoKbLevel.LEVEL_R2.isResistance()).isTrue();
        assertThat(OncoKbLevel.LEVEL_4.isResistance()).isFalse();
        assertThat(OncoKbLevel.LEVEL_3A.scale()).isEqualTo(CertaintyScale.ONCOKB);
    }

    @Test
    void reads_the_code_the_site_label_and_the_api_name() {
        assertThat(OncoKbLevel.parse("3A")).isEqualTo(OncoKbLevel.LEVEL_3A);
        assertThat(OncoKbLevel.parse("Level 3B")).isEqualTo(OncoKbLevel.LEVEL_3B);
        assertThat(OncoKbLevel.parse("LEVEL_R1")).isEqualTo(OncoKbLevel.LEVEL_R1);
        assertThat(OncoKbLevel.parse("level r2")).isEqualTo(OncoKbLevel.LEVEL_R2);
        for (OncoKbLevel level : OncoKbLevel.values()) {
            assertThat(OncoKbLevel.parse(level.printed())).isEqualTo(level);
        }
    }

    @Test
    void rejects_retired_and_unknown_levels() {
        // 2A and 2B were version-1 levels; version 2 merged them into 2 and 3B
        for (String text : new String[] {"2A", "2B", "Px1", "5", ""}) {
            assertThatThrownBy(() -> OncoKbLevel.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("OncoKB therapeutic level must be one of 1, 2, 3A, 3B, 4, R1, R2: \"" + text + "\"");
        }
    }
}
