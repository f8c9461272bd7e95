package org.oncodex.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.oncodex.answer.Answer;
import org.oncodex.answer.AnswerContract;

/**
 * Fuzz test of answers read as JSON ({@code lint answer.json}, a service's request body): {@link
 * OncodexJson#mapper()} either reads an answer or throws a {@link JsonProcessingException}, never
 * anything else; an answer it reads passes the same checks as one read from Markdown. Seed corpus:
 * {@code AnswerJsonFuzzTestInputs/answers/}.
 */
class AnswerJsonFuzzTest {

    @FuzzTest
    @DictionaryEntries({
        "\"question\"",
        "\"sections\"",
        "\"blocks\"",
        "\"kind\"",
        "\"paragraph\"",
        "\"statistic\"",
        "\"disclaimers\"",
        "\"sources\"",
        "\"questionsToAsk\"",
        "\"provenance\"",
        "\"date\"",
        "null",
        "1e400",
        "[[[[",
        "{\"",
        "\"\\u0000\""
    })
    void answers(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        Answer[] read = new Answer[1];
        Throwable thrown = catchThrowable(() -> read[0] = OncodexJson.mapper().readValue(json, Answer.class));
        if (thrown != null) {
            assertThat(thrown).as("reading %s", json).isInstanceOf(JsonProcessingException.class);
            return;
        }
        if (read[0] == null) {
            return; // the JSON text null: callers check for an object first, as lint does
        }
        AnswerContract.holds(read[0], json);
    }
}
