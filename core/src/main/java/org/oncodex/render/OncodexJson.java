package org.oncodex.render;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.oncodex.model.OncodexJacksonModule;

/**
 * The Jackson mapper for Oncodex's JSON: answers, their parts, and every content-model value.
 *
 * <pre>{@code
 * String json = OncodexJson.mapper().writeValueAsString(answer);
 * Answer back = OncodexJson.mapper().readValue(json, Answer.class);   // equal to answer
 * }</pre>
 *
 * <p>Dates are ISO strings; unknown properties, trailing content, duplicate keys and null for a
 * number are errors; nesting and sizes are bounded for untrusted input; kinds are read by name
 * only, never as class names.
 */
public final class OncodexJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new OncodexJacksonModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(1_000_000)
                        .maxDocumentLength(20_000_000L)
                        .build());
    }

    private OncodexJson() {}

    /**
     * The shared mapper. Thread-safe for reading and writing; do not reconfigure it ({@code
     * mapper().copy()} gives one you may change).
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
