package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 16, item 6: bad input gets the documented exception, with a location, whatever it is. */
class LoaderContractTest {

    private static Throwable rejected(byte[] json) {
        return catchThrowable(() -> EvidenceBase.load(new ByteArrayInputStream(json), "kb.json"));
    }

    @Test
    void a_number_too_large_for_a_double_is_a_located_problem() {
        Throwable e = rejected("{\"results\":[{\"endpoint\": 1e400}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(e).isInstanceOf(EvidenceFormatException.class);
        assertThat(e.getMessage()).contains("kb.json");
        assertThat(e.getMessage()).contains("/results/0/endpoint", "too large");
    }

    @Test
    void bytes_jackson_takes_for_utf_32_are_a_located_problem() {
        Throwable e = rejected(new byte[] {0, 0, 0, '{', ' '});
        assertThat(e).isInstanceOf(EvidenceFormatException.class);
        assertThat(e.getMessage()).contains("kb.json");
    }
}
