package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "CI95%": the interval's name with its level run on, read like "95% CI". */
class GluedIntervalLevelTest {

    @Test
    void reads_an_interval_named_ci95() {
        // written for this test
        ParseResult r = EffectStatements.parse("HR 0.49 (CI95% 0.19-0.80)");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
            assertThat(s.printedLower()).contains("0.19");
            assertThat(s.printedUpper()).contains("0.80");
            assertThat(s.ci().orElseThrow().level()).isEqualTo(0.95);
        });
    }

    @Test
    void reads_the_level_glued_at_ninety_per_cent() {
        // written for this test
        ParseResult r = EffectStatements.parse("OR 1.40 (CI90% 1.10-1.80)");
        assertThat(r.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.ci().orElseThrow().level()).isEqualTo(0.90));
    }

    @Test
    void keeps_ci_then_a_spaced_level_as_before() {
        // written for this test: the nearby form the change must not touch
        ParseResult r = EffectStatements.parse("HR 0.49 (CI 95% 0.19-0.80)");
        assertThat(r.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.printedUpper()).contains("0.80"));
    }

    @Test
    void ignores_an_unusual_glued_level() {
        // written for this test: "CI42%" names no level an interval is printed at
        ParseResult r = EffectStatements.parse("HR 0.49 (CI42% 0.19-0.80)");
        assertThat(r.statements()).noneMatch(s -> s.ci().isPresent());
    }
}
