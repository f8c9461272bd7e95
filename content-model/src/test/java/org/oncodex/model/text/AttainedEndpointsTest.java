package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * A response after a share and a verb of attaining ("Nineteen percent had a pCR", "32% achieved a complete
 * response") names what the share counts; an event after the verb ("had disease progression") does not name
 * a time-to-event endpoint.
 */
class AttainedEndpointsTest {

    private static Optional<Endpoint> shareEndpoint(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() == EffectStatement.Kind.PROPORTION)
                .findFirst()
                .flatMap(EffectStatement::endpoint);
    }

    @Test
    void reads_the_response_after_had_or_achieved() {
        // Clin Breast Cancer abstract, NCDB (heldout-10)
        assertThat(shareEndpoint("Nineteen percent had a pCR.")).contains(Endpoint.PCR);
        assertThat(shareEndpoint("In all, 32% achieved a complete response.")).contains(Endpoint.CR);
        assertThat(shareEndpoint("Overall, 41% attained an objective response."))
                .contains(Endpoint.ORR);
    }

    @Test
    void an_event_after_the_verb_names_no_endpoint() {
        assertThat(shareEndpoint("Overall, 42% had disease progression.")).isEmpty();
        assertThat(shareEndpoint("Overall, 42% had died.")).isEmpty();
    }
}
