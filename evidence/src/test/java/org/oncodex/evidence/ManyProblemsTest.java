package org.oncodex.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * A base whose every record breaks the schema (issue 16: the rejected-record path was quadratic):
 * each record's problem is reported once, where it is, and nothing that follows from it.
 */
class ManyProblemsTest {

    @Test
    void every_record_that_breaks_the_schema_gives_one_located_problem() {
        int n = 300;
        String json = KnowledgeBases.edited(root -> {
            ObjectNode first = KnowledgeBases.at(root, "/results/0");
            ArrayNode results = root.putArray("results");
            for (int i = 0; i < n; i++) {
                ObjectNode r = first.deepCopy();
                r.put("id", "r" + i);
                r.put("endpoint", "XX");
                results.add(r);
            }
        });
        Throwable thrown =
                catchThrowable(() -> EvidenceBase.load(new ByteArrayInputStream(json.getBytes(UTF_8)), "kb.json"));
        assertThat(thrown).isInstanceOf(EvidenceFormatException.class);
        EvidenceFormatException e = (EvidenceFormatException) thrown;
        assertThat(e.problems()).hasSize(n);
        for (int i = 0; i < n; i++) {
            Problem p = e.problems().get(i);
            assertThat(p.pointer()).isEqualTo("/results/" + i + "/endpoint");
            assertThat(p.message()).contains("\"XX\"");
            assertThat(p.line()).isPresent();
            assertThat(p.column()).isPresent();
        }
    }
}
