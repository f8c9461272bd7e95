package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncodex.model.Endpoint;
import org.oncodex.model.OncodexJacksonModule;
import org.oncodex.model.evidence.TimePoint;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.PValue;

/**
 * Every statistic cell of Tables 2 to 4 of the WJCO 2026 review (Pham et al., World J Clin Oncol
 * 2026;17(3):116093), written by hand with its expected typed values in {@code
 * wjco-2026-cells.json}, parsed and matched field by field.
 */
class WjcoCellsTest {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new OncodexJacksonModule()).build();

    static Stream<JsonNode> cells() throws IOException {
        try (InputStream in = WjcoCellsTest.class.getResourceAsStream("wjco-2026-cells.json")) {
            JsonNode root = MAPPER.readTree(Objects.requireNonNull(in, "wjco-2026-cells.json"));
            List<JsonNode> cells = new ArrayList<>();
            root.get("cells").forEach(cells::add);
            return cells.stream();
        }
    }

    @ParameterizedTest(name = "Table {0}")
    @MethodSource("cells")
    void parses_the_cell_as_the_fixture_expects(JsonNode cell) throws IOException {
        String text = cell.get("cell").asText();
        ParseResult result = EffectStatements.parse(text);
        JsonNode expected = cell.get("expect");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(result.statements()).as("statements of %s", text).hasSize(expected.size());
        for (int k = 0; k < Math.min(expected.size(), result.statements().size()); k++) {
            JsonNode want = expected.get(k);
            EffectStatement got = result.statements().get(k);
            String where = text + " #" + k;
            softly.assertThat(got.kind().name())
                    .as("kind of %s", where)
                    .isEqualTo(want.get("kind").asText());
            softly.assertThat(got.estimate())
                    .as("estimate of %s", where)
                    .isEqualTo(optional(want, "estimate", EffectEstimate.class));
            softly.assertThat(got.endpoint())
                    .as("endpoint of %s", where)
                    .isEqualTo(Optional.ofNullable(want.get("endpoint")).map(n -> Endpoint.valueOf(n.asText())));
            softly.assertThat(got.timePoint())
                    .as("time point of %s", where)
                    .isEqualTo(optional(want, "timePoint", TimePoint.class));
            softly.assertThat(got.comparatorEstimate())
                    .as("comparator of %s", where)
                    .isEqualTo(optional(want, "comparatorEstimate", EffectEstimate.class));
            softly.assertThat(got.pValue()).as("P of %s", where).isEqualTo(optional(want, "pValue", PValue.class));
            softly.assertThat(got.approximate())
                    .as("approximate %s", where)
                    .isEqualTo(want.path("approximate").asBoolean(false));
            if (want.has("relativeChange")) {
                JsonNode rc = want.get("relativeChange");
                softly.assertThat(got.relativeChange())
                        .as("relative change of %s", where)
                        .contains(RelativeChange.of(
                                rc.get("percent").asDouble(),
                                RelativeChange.Direction.valueOf(
                                        rc.get("direction").asText()),
                                rc.get("measure").asText()));
            } else {
                softly.assertThat(got.relativeChange())
                        .as("relative change of %s", where)
                        .isEmpty();
            }
            if (want.has("label")) {
                softly.assertThat(got.label())
                        .as("label of %s", where)
                        .contains(want.get("label").asText());
            }
            softly.assertThat(text.substring(got.start(), got.end()))
                    .as("span of %s", where)
                    .isEqualTo(got.text());
        }
        List<String> codes = new ArrayList<>();
        cell.get("diagnostics").forEach(d -> codes.add(d.asText()));
        softly.assertThat(
                        result.diagnostics().stream().map(d -> d.code().name()).toList())
                .as("diagnostics of %s", text)
                .isEqualTo(codes);
        softly.assertAll();
    }

    @Test
    void the_fixture_covers_every_statistic_of_the_tables() throws IOException {
        List<JsonNode> all = cells().toList();
        long statements = all.stream().mapToLong(c -> c.get("expect").size()).sum();
        // Table 2: 31 statistics; Table 3: 2; Table 4: 11 (counted by hand from the reference text)
        assertThat(statements).isEqualTo(47);
        assertThat(all).hasSize(46);
    }

    private static <T> Optional<T> optional(JsonNode node, String field, Class<T> type) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.treeToValue(value, type));
        } catch (IOException e) {
            throw new IllegalStateException("bad fixture value for " + field + ": " + value, e);
        }
    }
}
