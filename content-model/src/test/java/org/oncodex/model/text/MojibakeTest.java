package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mojibake (UTF-8 read as Latin-1) is not repaired: it is reported as unsupported where it stands. */
class MojibakeTest {

    @Test
    void reports_mojibake_around_a_p_value_and_a_bound() {
        // real text: a Nat Med abstract (STEP 5) on newsbreak.com (heldout-12, h12-022)
        String text = "More participants in the semaglutide group than in the placebo group achieved weight loss"
                + " â‰¥5% from baseline at week\"‰104 (77.1% versus 34.4%; P\"‰<\"‰0.0001).";
        ParseResult r = EffectStatements.parse(text);
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code() == Diagnostic.Code.UNSUPPORTED)
                .hasSize(4)
                .allSatisfy(d -> assertThat(d.message()).contains("mojibake"))
                .anySatisfy(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo("â‰¥"));
        // the pair of shares is still read
        assertThat(r.statements()).anySatisfy(s -> assertThat(s.printedValue()).contains("77.1"));
    }

    @Test
    void reports_nothing_for_a_per_mille_sign_or_a_clean_quote() {
        // written for this test: "‰" alone is a per mille sign, a quote before a number is a quote
        ParseResult r = EffectStatements.parse("The rate was 2.5‰ and \"P < 0.001\" was printed (HR 0.7).");
        assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("mojibake"));
    }
}
