package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * A hazard ratio or a median time takes the time-to-event endpoint its sentence names, not a response (pCR,
 * objective response) named nearer to it. Every sentence here is written for the test.
 */
class TimedEndpointsTest {

    private static EffectStatement only(String text, EffectStatement.Kind kind) {
        List<EffectStatement> read = EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == kind)
                .toList();
        assertThat(read).as(text).hasSize(1);
        return read.get(0);
    }

    @Test
    void a_hazard_ratio_after_a_response_takes_the_survival_named_before() {
        EffectStatement hr = only(
                "The hazard ratio for event-free survival among patients without a pCR was 0.77 (95% CI 0.6-0.9).",
                EffectStatement.Kind.HAZARD_RATIO);
        assertThat(hr.printedValue()).contains("0.77");
        assertThat(hr.endpoint()).contains(Endpoint.EFS);
        assertThat(hr.endpointLabel()).contains("event-free survival");
        EffectStatement after = only(
                "Event-free survival at 36 months was 84.5% among patients with a pCR (HR 0.63; 95% CI 0.48-0.82).",
                EffectStatement.Kind.HAZARD_RATIO);
        assertThat(after.endpoint()).contains(Endpoint.EFS);
        assertThat(after.text()).startsWith("HR");
    }

    @Test
    void a_median_time_after_a_response_takes_the_survival_named_before() {
        EffectStatement m = only(
                "Median overall survival among patients with an objective response was 24.1 months.",
                EffectStatement.Kind.MEDIAN_TIME);
        assertThat(m.endpoint()).contains(Endpoint.OS);
        assertThat(only("The median EFS in patients who had a pCR was not reached.", EffectStatement.Kind.MEDIAN_TIME)
                        .endpoint())
                .contains(Endpoint.EFS);
    }

    @Test
    void a_statistic_of_a_response_keeps_the_response() {
        assertThat(only("The odds ratio for pCR was 2.1 (95% CI 1.5-2.9).", EffectStatement.Kind.ODDS_RATIO)
                        .endpoint())
                .contains(Endpoint.PCR);
        assertThat(only("Event-free survival was longer, and the pCR rate was 64.8%.", EffectStatement.Kind.PROPORTION)
                        .endpoint())
                .contains(Endpoint.PCR);
    }

    @Test
    void without_a_survival_in_the_sentence_the_nearest_endpoint_stays() {
        assertThat(only(
                                "Overall survival was longer. Among patients with a pCR the HR was 0.5.",
                                EffectStatement.Kind.HAZARD_RATIO)
                        .endpoint())
                .contains(Endpoint.PCR);
    }
}
