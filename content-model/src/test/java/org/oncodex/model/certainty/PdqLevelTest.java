package org.oncodex.model.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** NCI PDQ levels of evidence, https://www.cancer.gov/publications/pdq/levels-evidence/treatment. */
class PdqLevelTest {

    @Test
    void reads_the_two_examples_the_pdq_page_gives() {
        // "1iiA for a nonblinded randomized study showing a favorable outcome in overall survival and
        // 3iiiDiv for a phase II trial of selected patients with response rate as the outcome"
        assertThat(PdqLevel.parse("1iiA"))
                .isEqualTo(PdqLevel.of(PdqDesign.RANDOMIZED_NONBLINDED, PdqEndpoint.TOTAL_MORTALITY));
        assertThat(PdqLevel.parse("3iiiDiv"))
                .isEqualTo(PdqLevel.of(PdqDesign.CASE_SERIES_NONCONSECUTIVE, PdqEndpoint.TUMOR_RESPONSE_RATE));
    }

    @Test
    void prints_every_level_as_pdq_does_and_reads_it_back() {
        qt().forAll(Generate.enumValues(PdqDesign.class), Generate.enumValues(PdqEndpoint.class))
                .checkAssert((design, endpoint) -> {
                    PdqLevel level = PdqLevel.of(design, endpoint);
                    assertThat(level.printed()).isEqualTo(design.code() + endpoint.code());
                    assertThat(PdqLevel.parse(level.printed())).isEqualTo(level);
                    assertThat(level.scale()).isEqualTo(CertaintyScale.NCI_PDQ);
                });
    }

    @Test
    void rejects_what_is_not_a_pdq_level_naming_the_codes() {
        for (String text : new String[] {"1A", "1iiE", "4A", "1iia", "", "1ii A", "GRADE high"}) {
            assertThatThrownBy(() -> PdqLevel.parse(text))
                    .as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("PDQ level of evidence must be a study design (1i, 1ii, 2, 3i, 3ii, 3iii) followed"
                            + " by an end point (A, B, C, Di, Dii, Diii, Div): \"" + text + "\"");
        }
    }

    @Test
    void tiers_and_surrogates() {
        assertThat(PdqDesign.CASE_SERIES_CONSECUTIVE.tier()).isEqualTo(3);
        assertThat(PdqEndpoint.PROGRESSION_FREE_SURVIVAL.isSurrogate()).isTrue();
        assertThat(PdqEndpoint.QUALITY_OF_LIFE.isSurrogate()).isFalse();
    }
}
