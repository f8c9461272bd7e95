package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.evidence.TrialResult;

/** The format page's examples are real: its complete small base loads. */
class ReadmeExampleTest {
    static final Pattern JSON_BLOCK = Pattern.compile("## A complete small base\\s+```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void the_complete_small_base_of_the_format_page_loads() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = JSON_BLOCK.matcher(readme);
        assertThat(m.find()).as("the README has a complete small base").isTrue();
        EvidenceBase kb = KnowledgeBases.load(m.group(1));
        assertThat(kb.results())
                .singleElement()
                .extracting(TrialResult::endpoint)
                .isEqualTo(Endpoint.OS);
        assertThat(kb.results(EvidenceQuery.builder()
                        .drug(kb.vocabulary().drug("pembro").orElseThrow())
                        .subgroup("liver metastases")
                        .build()))
                .hasSize(1);
    }

    @Test
    void prints_the_problems_of_the_format_page() {
        String bad = """
                {
                  "citations": [{"id": "src", "title": "A source"}],
                  "cancerTypes": [{"id": "liver-cancer", "name": "liver cancer", "citations": ["src"]}],
                  "results": [
                    {"id": "r1", "study": {"name": "T", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                     "population": {"cancerTypeIds": ["lung-cancer"]},
                     "comparison": {"intervention": "a", "comparator": "b"},
                     "endpoint": "OS",
                     "estimate": {"type": "hazardRatio", "value": 1.5, "ci": {"lower": 0.5, "upper": 0.9, "level": 0.95}},
                     "citation": "src"},
                    {"id": "r2", "study": {"name": "T", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                     "population": {"cancerTypeIds": ["liver-cancer"]},
                     "comparison": {"intervention": "a"},
                     "endpoint": "ORR",
                     "estimate": {"type": "proportion", "percent": 18}}
                  ]
                }
                """;
        EvidenceFormatException e =
                org.assertj.core.api.Assertions.catchThrowableOfType(EvidenceFormatException.class, () -> {
                    KnowledgeBases.load(bad);
                });
        assertThat(e.getMessage()).isEqualTo("""
                        knowledge base has 3 problems:
                          kb.json:11:5: /results/1: required property 'citation' not found
                          kb.json:6:39: /results/0/population/cancerTypeIds/0: "lung-cancer" is not in the vocabulary
                          kb.json:9:18: /results/0/estimate: hazard ratio 1.5 lies outside its own confidence interval 0.5 to 0.9""");
    }
}
