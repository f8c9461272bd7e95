package org.oncodex.disclaimers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.oncodex.model.OncodexJacksonModule;

/** Catalogue files written from disclaimers, for tests that load them. */
final class CatalogJson {
    static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new OncodexJacksonModule()).build();

    private CatalogJson() {}

    /** The file that holds exactly these entries. */
    static String file(List<Disclaimer> disclaimers) {
        try {
            return MAPPER.writeValueAsString(Map.of("disclaimers", disclaimers));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file whose entries are given as raw JSON objects. */
    static String rawFile(List<String> entries) {
        return entries.stream().collect(Collectors.joining(",\n", "{\"disclaimers\": [\n", "\n]}"));
    }

    static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static DisclaimerCatalog load(String json) {
        try {
            return DisclaimerCatalog.load(stream(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid English entry for every kind, with the given id prefix: the smallest complete catalogue. */
    static List<Disclaimer> englishForEveryKind(String prefix) {
        return java.util.Arrays.stream(DisclaimerKind.values())
                .map(kind -> Disclaimer.builder()
                        .id(prefix + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .kind(kind)
                        .version(1)
                        .locale(Locale.ENGLISH)
                        .placement(Placement.FOOTER)
                        .text("Our legal team's wording for " + kind.name().toLowerCase(Locale.ROOT) + ".")
                        .build())
                .map(Disclaimer.class::cast)
                .toList();
    }
}
