package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An interval's name with a full stop glued on, "95% CI.:", and bounds introduced by "from", "C.I. from X to Y". */
class StrayStopIntervalsTest {

    @Test
    void reads_an_interval_after_ci_with_a_full_stop_and_colon() {
        // real text: J Med Screen abstract (PLCO), via epistemonikos.org
        ParseResult r = EffectStatements.parse("In men there was a significant reduction in both overall mortality"
                + " (age-adjusted rate ratio = 0.966; 95% CI.: 0.943–0.989; p = 0.004)");
        EffectStatement s = r.statements().stream()
                .filter(x -> x.kind() == EffectStatement.Kind.RATE_RATIO)
                .findFirst()
                .orElseThrow();
        assertThat(s.printedLower()).contains("0.943");
        assertThat(s.printedUpper()).contains("0.989");
    }

    @Test
    void reads_bounds_after_from_and_to() {
        // real text: Lancet-group abstract on dapagliflozin, PMC10847023
        ParseResult r =
                EffectStatements.parse("The mean eGFR slope was significantly less negative in the dapagliflozin"
                        + " group by 0.67 ml/min/1.73 m2/year (95% C.I. from 0.47 to 0.88; p < 0.0001).");
        assertThat(r.statements()).anySatisfy(s -> {
            assertThat(s.printedLower()).contains("0.47");
            assertThat(s.printedUpper()).contains("0.88");
        });
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.PROPORTION);
    }

    @Test
    void leaves_a_full_stop_that_ends_a_sentence() {
        // written for this test: "CI." ends the sentence and the next begins with a word, not bounds
        ParseResult r = EffectStatements.parse("We report the HR with its 95% CI. Doses were 0.5 to 0.9 mg.");
        assertThat(r.statements()).noneMatch(s -> s.kind() == EffectStatement.Kind.INTERVAL);
    }

    @Test
    void does_not_take_from_without_to_for_bounds() {
        // written for this test
        ParseResult r = EffectStatements.parse("HR 0.80 (95% CI from 0.70)");
        assertThat(r.statements()).noneMatch(s -> s.printedLower().isPresent());
    }
}
