package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "as opposed to" before the other arm's value: the same comparison as "compared with". */
class OpposedToTest {

    @Test
    void reads_the_other_arm_after_as_opposed_to() {
        // real text: hcn.health on the EU approval of trastuzumab deruxtecan (DESTINY-Breast04)
        ParseResult r =
                EffectStatements.parse("When compared to chemotherapy, Enhertu showed a 36% reduction in the risk"
                        + " of death, with a median overall survival (OS) of 23.4 months as opposed to 16.8 months.");
        EffectStatement median = r.statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.MEDIAN_TIME)
                .findFirst()
                .orElseThrow();
        assertThat(median.printedValue()).contains("23.4");
        assertThat(median.comparatorEstimate()).isPresent();
        assertThat(EffectStatementsCorpusTest.valueOf(
                                median.comparatorEstimate().orElseThrow())
                        .getAsDouble())
                .isEqualTo(16.8);
    }

    @Test
    void reads_a_share_against_a_share() {
        // written for this test
        ParseResult r = EffectStatements.parse("The response rate was 42% as opposed to 18% with chemotherapy.");
        assertThat(r.statements())
                .anySatisfy(s -> assertThat(s.comparatorEstimate()).isPresent());
    }

    @Test
    void ignores_opposed_without_as() {
        // written for this test: "opposed to" as a verb compares nothing
        ParseResult r = EffectStatements.parse("Median OS was 23.4 months; many opposed to 16.8 months of therapy.");
        assertThat(r.statements())
                .allSatisfy(s -> assertThat(s.comparatorEstimate()).isEmpty());
    }
}
