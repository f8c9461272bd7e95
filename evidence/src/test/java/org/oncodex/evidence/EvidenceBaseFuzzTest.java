package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of loading a user's knowledge base: {@link EvidenceBase#load(java.io.InputStream, String)}
 * either gives a base or throws {@link EvidenceFormatException} listing at least one problem, each
 * naming the source, with a message and, where it has one, a 1-based line and column; never another
 * exception. A base it gives writes itself as JSON that loads back equal, and answers a question.
 * Seed corpus: {@code EvidenceBaseFuzzTestInputs/load/}, with a minimal base, one of every record
 * and the malformed shapes of issue 16.
 */
class EvidenceBaseFuzzTest {
    private static final String SOURCE = "kb.json";

    @FuzzTest
    @DictionaryEntries({
        "\"citations\"",
        "\"cancerTypes\"",
        "\"drugs\"",
        "\"therapies\"",
        "\"regimens\"",
        "\"results\"",
        "\"approvals\"",
        "\"treatmentOptions\"",
        "\"id\"",
        "\"name\"",
        "\"parentId\"",
        "\"estimate\"",
        "\"hazardRatio\"",
        "\"ci\"",
        "\"endpoint\"",
        "\"OS\"",
        "\"certainty\"",
        "\"GRADE\"",
        "1e400",
        "-0.0",
        "null",
        "[[[[[["
    })
    void load(byte[] input) {
        Throwable thrown = catchThrowable(() -> loaded(EvidenceBase.load(new ByteArrayInputStream(input), SOURCE)));
        if (thrown == null) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        assertThat(thrown).as("loading %s", text).isInstanceOf(EvidenceFormatException.class);
        EvidenceFormatException e = (EvidenceFormatException) thrown;
        assertThat(e.problems()).as("problems of %s", text).isNotEmpty();
        for (Problem p : e.problems()) {
            assertThat(p.source()).as("source of %s", p).isEqualTo(SOURCE);
            assertThat(p.message()).as("message of %s", p).isNotBlank();
            p.line().ifPresent(line -> assertThat(line).as("line of %s", p).isPositive());
            p.column()
                    .ifPresent(
                            column -> assertThat(column).as("column of %s", p).isPositive());
        }
    }

    private static void loaded(EvidenceBase base) throws java.io.IOException {
        String json = base.toJson();
        EvidenceBase back = EvidenceBase.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE);
        assertThat(back).as("the base written as %s and loaded back", json).isEqualTo(base);
        assertThat(base.relevantTo("Does immunotherapy work for liver cancer?")).isNotNull();
    }
}
