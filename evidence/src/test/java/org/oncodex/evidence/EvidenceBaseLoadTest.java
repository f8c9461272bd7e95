package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.oncodex.evidence.KnowledgeBases.at;
import static org.oncodex.evidence.KnowledgeBases.edited;
import static org.oncodex.evidence.KnowledgeBases.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.IntervalKind;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.RatioOfRatios;
import org.oncodex.model.stats.Sidedness;
import org.oncodex.model.stats.Unit;

/** Loading a knowledge base from JSON: every kind of problem is reported with its location. */
class EvidenceBaseLoadTest {

    static List<Problem> problems(String json) {
        EvidenceFormatException e = catchThrowableOfType(EvidenceFormatException.class, () -> load(json));
        assertThat(e).as("expected the base to be rejected").isNotNull();
        return e.problems();
    }

    static Problem only(String json) {
        List<Problem> problems = problems(json);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void loads_a_valid_base_with_every_kind_of_record() {
        EvidenceBase kb = load(KnowledgeBases.MINIMAL);
        assertThat(kb.vocabulary().concepts()).hasSize(4);
        assertThat(kb.results()).singleElement().satisfies(r -> {
            assertThat(r.endpoint()).isEqualTo(Endpoint.OS);
            assertThat(r.citation().orElseThrow().title()).contains("A source");
        });
        assertThat(kb.treatmentOptions()).hasSize(1);
        assertThat(kb.approvals()).hasSize(1);
        assertThat(kb.vocabulary().drug("Brandy"))
                .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo("drug-a"));
    }

    @Test
    void malformed_json_is_located_by_line_and_column() {
        Problem p = only("{\n  \"citations\": [\n    }\n");
        assertThat(p.message()).startsWith("malformed JSON: ");
        assertThat(p.line()).hasValue(3);
        assertThat(p.column()).hasValue(5);
        assertThat(p.source()).isEqualTo("kb.json");
        assertThat(p.toString()).startsWith("kb.json:3:5: malformed JSON");
    }

    @Test
    void trailing_tokens_duplicate_keys_and_empty_input_are_malformed() {
        assertThat(only("{} {}").message()).startsWith("malformed JSON");
        assertThat(only("{\"citations\": [], \"citations\": []}").message())
                .startsWith("malformed JSON")
                .contains("Duplicate field 'citations'");
        assertThat(only("").message()).startsWith("empty document");
        // every problem has a location: an empty document's is where the value was expected
        assertThat(only("").line()).hasValue(1);
        assertThat(only("\n\n  ").line()).hasValue(3);
        assertThat(only("\n\n  ").column()).hasValue(3);
        // bytes Jackson takes for UTF-32 and cannot decode: located at the start of the document
        EvidenceFormatException undecodable = catchThrowableOfType(
                EvidenceFormatException.class,
                () -> EvidenceBase.load(new java.io.ByteArrayInputStream(new byte[] {0, 0, 0, '{', ' '}), "kb.json"));
        assertThat(undecodable.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not readable as JSON text");
            assertThat(p.line()).hasValue(1);
            assertThat(p.column()).hasValue(1);
        });
        assertThat(only("[]").message()).contains("object");
    }

    @Test
    void unknown_properties_are_reported_where_they_are() {
        Problem p = only(KnowledgeBases.MINIMAL.replace("\"id\": \"r1\",", "\"id\": \"r1\", \"hazard\": 2,"));
        assertThat(p.pointer()).isEqualTo("/results/0");
        assertThat(p.message()).contains("hazard");
        assertThat(p.line()).hasValue(18);
        assertThat(p.column()).hasValue(5);
    }

    @Test
    void ids_of_2000_parts_are_checked_without_overflowing_the_stack() {
        String id = "a-".repeat(2_000) + "a";
        EvidenceBase kb = load(edited(root -> ((ArrayNode) root.get("therapies"))
                .addObject()
                .put("id", id)
                .put("name", "long")
                .put("modality", "ABLATION")
                .putArray("citations")
                .add("src")));
        assertThat(kb.vocabulary().concepts()).anyMatch(c -> c.id().equals(id));
        assertThat(problems(edited(root -> at(root, "/therapies/0").put("id", id + "-"))))
                .anyMatch(p -> p.pointer().equals("/therapies/0/id"));
    }

    @Test
    void a_result_without_a_citation_is_refused() {
        Problem p = only(edited(root -> at(root, "/results/0").remove("citation")));
        assertThat(p.pointer()).isEqualTo("/results/0");
        assertThat(p.message()).contains("citation");
    }

    @Test
    void a_concept_without_a_citation_is_refused() {
        Problem p = only(edited(root -> at(root, "/therapies/0").putArray("citations")));
        assertThat(p.pointer()).isEqualTo("/therapies/0/citations");
    }

    @Test
    void wrong_types_and_values_outside_the_closed_sets_are_refused() {
        List<Problem> ps = problems(edited(root -> {
            at(root, "/results/0").put("endpoint", "LONGEVITY");
            at(root, "/results/0/estimate").put("type", "java.lang.ProcessBuilder");
            at(root, "/drugs/0").put("name", 7);
        }));
        assertThat(ps)
                .extracting(Problem::pointer)
                .contains("/results/0/endpoint", "/results/0/estimate/type", "/drugs/0/name");
    }

    @Test
    void no_class_name_is_ever_taken_from_the_input() {
        List<Problem> ps =
                problems(edited(root -> at(root, "/results/0/estimate").put("@class", "java.lang.ProcessBuilder")));
        assertThat(ps).extracting(Problem::pointer).containsExactly("/results/0/estimate");
        assertThat(ps.get(0).message()).contains("@class");
    }

    @Test
    void duplicate_ids_are_reported_at_the_second() {
        Problem p = only(edited(root -> {
            ArrayNode drugs = (ArrayNode) root.get("drugs");
            ObjectNode copy = drugs.get(0).deepCopy();
            copy.put("name", "drugb").putArray("brandNames");
            drugs.add(copy);
        }));
        assertThat(p.pointer()).isEqualTo("/drugs/1/id");
        assertThat(p.message()).isEqualTo("duplicate concept id \"drug-a\", first at /drugs/0");
    }

    @Test
    void dangling_ids_are_reported_at_the_reference() {
        List<Problem> ps = problems(edited(root -> {
            ((ArrayNode) at(root, "/results/0/population").get("cancerTypeIds")).set(0, "nowhere");
            at(root, "/treatmentOptions/0").putArray("treatments").add("nothing");
            at(root, "/approvals/0").put("citation", "unsourced");
            at(root, "/cancerTypes/1").put("parentId", "no-parent");
        }));
        assertThat(ps)
                .extracting(Problem::pointer, Problem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "/results/0/population/cancerTypeIds/0", "\"nowhere\" is not in the vocabulary"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/treatmentOptions/0/treatments/0", "\"nothing\" is not in the vocabulary"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/approvals/0/citation", "citation \"unsourced\" is not among the base's citations"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/cancerTypes/1/parentId", "parentId \"no-parent\" is not in the vocabulary"));
    }

    @Test
    void inconsistent_statistics_are_reported() {
        List<Problem> ps = problems(edited(root -> {
            at(root, "/results/0/estimate").put("value", 0.95);
            at(root, "/results/0").putObject("pValue").put("value", 0.2).put("relation", "EQUAL");
        }));
        assertThat(ps)
                .extracting(Problem::pointer, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "/results/0/estimate",
                                "hazard ratio 0.95 lies outside its own confidence interval 0.5 to 0.9"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/results/0/pValue", "P = 0.2 contradicts the 95% CI 0.5 to 0.9, which excludes 1"));
    }

    @Test
    void a_one_sided_interval_is_not_held_against_a_two_sided_p_value() {
        EvidenceBase kb = load(edited(root -> {
            at(root, "/results/0/estimate/ci").put("sidedness", "ONE_SIDED");
            at(root, "/results/0").putObject("pValue").put("value", 0.08).put("relation", "EQUAL");
        }));
        assertThat(kb.results().get(0).estimate())
                .isInstanceOfSatisfying(
                        HazardRatio.class,
                        hr -> assertThat(hr.ci().orElseThrow().sidedness()).isEqualTo(Sidedness.ONE_SIDED));
    }

    @Test
    void the_newer_kinds_of_estimate_and_interval_load() {
        EvidenceBase kb = load(edited(root -> {
            ObjectNode ror = at(root, "/results/0").putObject("estimate");
            ror.put("type", "ratioOfRatios").put("ofKind", "HAZARD_RATIO").put("value", 1.1);
            ror.putObject("ci")
                    .put("lower", 0.9)
                    .put("upper", 1.3)
                    .put("level", 0.95)
                    .put("kind", "CREDIBLE");
        }));
        assertThat(kb.results().get(0).estimate())
                .isEqualTo(RatioOfRatios.of(
                        EffectEstimate.Kind.HAZARD_RATIO,
                        1.1,
                        ConfidenceInterval.of(0.9, 1.3).withKind(IntervalKind.CREDIBLE)));
        EvidenceBase differences = load(edited(root -> {
            ObjectNode r = at(root, "/results/0");
            r.put("endpoint", "ORR");
            r.putObject("estimate")
                    .put("type", "meanDifference")
                    .put("value", 12.5)
                    .put("unit", "PERCENTAGE_POINTS");
        }));
        assertThat(differences.results().get(0).estimate()).isEqualTo(MeanDifference.of(12.5, Unit.PERCENTAGE_POINTS));
        EvidenceBase quantities = load(edited(root -> {
            ObjectNode q = at(root, "/results/0");
            q.put("endpoint", "ORR");
            q.putObject("estimate").put("type", "quantity").put("value", 12.4).put("unit", "million");
        }));
        assertThat(quantities.results().get(0).estimate()).isEqualTo(Quantity.of(12.4, "million"));
    }

    @Test
    void a_mean_difference_outside_its_own_interval_is_reported() {
        Problem p = only(edited(root -> {
            ObjectNode r = at(root, "/results/0");
            r.put("endpoint", "ORR");
            ObjectNode md = r.putObject("estimate")
                    .put("type", "meanDifference")
                    .put("value", 25)
                    .put("unit", "PERCENTAGE_POINTS");
            md.putObject("ci").put("lower", 4.1).put("upper", 20.9).put("level", 0.95);
        }));
        assertThat(p.pointer()).isEqualTo("/results/0/estimate");
        assertThat(p.message()).isEqualTo("mean difference 25.0 lies outside its own interval");
    }

    @Test
    void a_percentage_that_its_count_does_not_give_is_reported() {
        Problem p = only(edited(root -> {
            ObjectNode r = at(root, "/results/0");
            r.put("endpoint", "ORR");
            r.putObject("estimate")
                    .put("type", "proportion")
                    .put("percent", 50)
                    .put("count", 4)
                    .put("total", 22);
        }));
        assertThat(p.pointer()).isEqualTo("/results/0/estimate");
        assertThat(p.message()).isEqualTo("percent 50.0 differs from 4 of 22 (18.2%)");
    }

    @Test
    void a_value_that_breaks_its_own_rules_is_reported_with_its_rule() {
        Problem p = only(edited(root -> at(root, "/results/0").put("endpoint", "ORR")));
        assertThat(p.pointer()).isEqualTo("/results/0");
        assertThat(p.message()).contains("a hazard ratio needs a time-to-event endpoint, not ORR");
    }

    @Test
    void cycles_conflicts_and_ambiguous_names_are_reported() {
        List<Problem> ps = problems(edited(root -> {
            at(root, "/cancerTypes/0").put("parentId", "hcc");
            ObjectNode second = ((ArrayNode) root.get("approvals")).addObject();
            second.setAll(at(root, "/approvals/0").deepCopy());
            second.put("id", "a2").put("verdict", "NOT_APPROVED");
            ObjectNode other = ((ArrayNode) root.get("therapies")).addObject();
            other.put("id", "other").put("name", "Ablation").put("modality", "SURGERY");
            other.putArray("citations").add("src");
        }));
        assertThat(ps)
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrder(
                        "/cancerTypes/0/parentId", "/cancerTypes/1/parentId", "/therapies/1", "/approvals/1/verdict");
    }

    @Test
    void nesting_and_string_length_are_bounded() {
        String deep = "{\"description\": " + "[".repeat(40) + "]".repeat(40) + "}";
        assertThat(only(deep).message()).contains("nesting depth");
        String longString = "{\"description\": \"" + "x".repeat(100_001) + "\"}";
        assertThat(only(longString).message()).contains("String value length");
    }

    @Test
    void one_file_with_many_problems_reports_them_all_in_one_exception() {
        String json = """
                {
                  "citations": [
                    {"id": "src", "title": "A source"},
                    {"id": "src", "title": "The same id again"}
                  ],
                  "cancerTypes": [
                    {"id": "liver-cancer", "name": "liver cancer", "citations": ["src"]},
                    {"id": "Bad Id", "name": "bad", "citations": ["src"]}
                  ],
                  "drugs": [
                    {"id": "drug-a", "name": "druga", "citations": ["missing-source"]}
                  ],
                  "results": [
                    {"id": "r1", "study": {"name": "T", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                     "population": {"cancerTypeIds": ["lung-cancer"]},
                     "comparison": {"intervention": "druga", "comparator": "placebo", "interventionIds": ["drug-a"]},
                     "endpoint": "OS",
                     "estimate": {"type": "hazardRatio", "value": 1.5, "ci": {"lower": 0.5, "upper": 0.9, "level": 0.95}},
                     "citation": "src"},
                    {"id": "r2", "study": {"name": "T", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                     "population": {"cancerTypeIds": ["liver-cancer"]},
                     "comparison": {"intervention": "druga"},
                     "endpoint": "ORR",
                     "estimate": {"type": "proportion", "percent": 18}}
                  ],
                  "treatmentOptions": [
                    {"id": "o1", "cancerType": "liver-cancer", "label": "x", "treatments": ["drug-a"],
                     "modalities": ["ABLATION"], "citation": "src", "extra": true}
                  ]
                }
                """;
        EvidenceFormatException e = catchThrowableOfType(EvidenceFormatException.class, () -> load(json));
        assertThat(e.problems())
                .extracting(Problem::pointer, p -> p.line().orElse(-1))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/cancerTypes/1/id", 8),
                        org.assertj.core.groups.Tuple.tuple("/results/1", 20),
                        org.assertj.core.groups.Tuple.tuple("/treatmentOptions/0", 27),
                        org.assertj.core.groups.Tuple.tuple("/citations/1/id", 4),
                        org.assertj.core.groups.Tuple.tuple("/drugs/0/citations/0", 11),
                        org.assertj.core.groups.Tuple.tuple("/results/0/population/cancerTypeIds/0", 15),
                        org.assertj.core.groups.Tuple.tuple("/results/0/estimate", 18));
        assertThat(e.getMessage())
                .startsWith("knowledge base has 7 problems:")
                .contains("kb.json:4:")
                .contains("duplicate citation id \"src\", first at /citations/0");
    }

    /** Schema problems and the problems only the whole base shows, in one file: all are reported at once. */
    static final String FIFTEEN_PROBLEMS = """
            {
              "citations": [
                {"id": "src", "title": "A label", "sourceType": "REGULATORY_DOCUMENT"},
                {"id": "blog", "title": "A blog", "sourceType": "BLOG"},
                {"id": "news", "title": "A news item", "sourceType": "NEWS"}
              ],
              "cancerTypes": [
                {"id": "liver-cancer", "name": "liver cancer", "citations": ["src"]},
                {"id": "hcc", "name": "hepatocellular carcinoma", "parentId": "liver-cancer", "citations": ["src"]}
              ],
              "drugs": [
                {"id": "drug-b", "citations": ["src"]},
                {"id": "drug-c", "name": "drugc", "citations": ["src"]}
              ],
              "results": [
                {"id": "r1", "hazard": 2, "study": {"name": "T1", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                 "population": {"cancerTypeIds": ["lung-cancer"]},
                 "comparison": {"intervention": "drugc", "comparator": "placebo", "interventionIds": ["drug-c"]},
                 "endpoint": "OS",
                 "estimate": {"type": "hazardRatio", "value": 1.5, "ci": {"lower": 0.5, "upper": 0.9, "level": 0.95}},
                 "citation": "src"},
                {"id": "r2", "study": {"name": "T2", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                 "population": {"cancerTypeIds": ["hcc"]},
                 "comparison": {"intervention": "drugb", "comparator": "placebo", "interventionIds": ["drug-b"]},
                 "endpoint": "OS",
                 "estimate": {"type": "hazardRatio", "value": 0.7, "ci": {"lower": 0.5, "upper": 0.9, "level": 0.95}}},
                {"id": "r3", "study": {"name": "T3", "design": "RANDOMIZED_CONTROLLED_TRIAL"},
                 "population": {"cancerTypeIds": ["hcc"]},
                 "comparison": {"intervention": "drugc", "comparator": "placebo", "interventionIds": ["drug-c"]},
                 "endpoint": "OS",
                 "estimate": {"type": "hazardRatio", "value": 0.7, "ci": {"lower": 0.5, "upper": 0.9, "level": 0.95}},
                 "pValue": {"value": 0.4, "relation": "EQUAL"},
                 "quote": "the hazard ratio was 0.7 (0.5 to 0.9)",
                 "citation": "blog"}
              ],
              "treatmentOptions": [
                {"id": "o1", "cancerType": "liver-cancer", "settings": ["SOMETIMES"], "label": "a drug",
                 "treatments": ["drug-c"], "modalities": ["ABLATION"], "citation": "nope"}
              ],
              "approvals": [
                {"id": "a1", "agency": "FDA", "treatment": "drug-c", "cancerType": "hcc", "indication": "HCC",
                 "verdict": "APPROVED", "citation": "news"},
                {"id": "a2", "agency": "FDA", "treatment": "drug-z", "cancerType": "hcc", "indication": "HCC",
                 "verdict": "MAYBE", "citation": "src"}
              ]
            }
            """;

    @Test
    void a_file_with_15_problems_of_mixed_kinds_reports_all_15_at_once() {
        EvidenceFormatException e = catchThrowableOfType(EvidenceFormatException.class, () -> load(FIFTEEN_PROBLEMS));
        assertThat(e).as("expected the base to be rejected").isNotNull();
        assertThat(e.problems())
                .as("every problem, located, in one exception:%n%s", e.getMessage())
                .allSatisfy(p -> {
                    assertThat(p.source()).isEqualTo("kb.json");
                    assertThat(p.line()).as("line of %s", p).isPresent();
                    assertThat(p.column()).as("column of %s", p).isPresent();
                })
                .extracting(Problem::pointer, p -> p.line().orElse(-1))
                .containsExactly(
                        // the schema's, first
                        tuple("/citations/1/sourceType", 4),
                        tuple("/drugs/0", 12),
                        tuple("/results/0", 16),
                        tuple("/results/1", 22),
                        tuple("/treatmentOptions/0/settings/0", 37),
                        tuple("/approvals/1/verdict", 44),
                        // references, including those to records the schema rejected
                        tuple("/results/2/citation", 34),
                        tuple("/treatmentOptions/0/citation", 38),
                        tuple("/approvals/1/treatment", 43),
                        // records the schema rejected are still checked, and so are those that depend on one
                        tuple("/results/0/population/cancerTypeIds/0", 17),
                        tuple("/results/0/estimate", 20),
                        tuple("/results/1/comparison/interventionIds/0", 24),
                        tuple("/results/2/pValue", 32),
                        tuple("/results/2/quote", 33),
                        tuple("/approvals/0/citation", 42));
        assertThat(e.problems())
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("not \"BLOG\""))
                .anyMatch(m -> m.contains("required property 'name' not found"))
                .anyMatch(m -> m.contains("'hazard' is not defined"))
                .anyMatch(m -> m.equals("citation \"blog\" refers to /citations/1, which could not be read:"
                        + " see the problems there"))
                .anyMatch(
                        m -> m.equals("\"drug-b\" refers to /drugs/0, which could not be read: see the problems there"))
                .anyMatch(m -> m.equals("hazard ratio 1.5 lies outside its own confidence interval 0.5 to 0.9"))
                .anyMatch(m -> m.startsWith("quote of result \"r3\" does not contain 0.4"))
                .anyMatch(m -> m.startsWith("approval \"a1\" cites \"news\", whose sourceType is NEWS"))
                .noneMatch(m -> m.contains("has no citation"));
        assertThat(e.getMessage()).startsWith("knowledge base has 15 problems:");
    }

    @Test
    void load_from_a_file_names_the_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("curated.json");
        Files.writeString(file, "{\"drugs\": [{\"id\": \"x\"}]}");
        assertThatThrownBy(() -> EvidenceBase.load(file))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageContaining("curated.json:1:12: /drugs/0:");
        Files.writeString(file, KnowledgeBases.MINIMAL);
        assertThat(EvidenceBase.load(file).results()).hasSize(1);
    }

    @Test
    void load_from_a_stream_names_it_stream() {
        assertThatThrownBy(() -> EvidenceBase.load(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageContaining("<stream>:");
    }

    @Test
    void the_bundled_base_round_trips_through_json() {
        EvidenceBase bundled = EvidenceBase.bundled();
        EvidenceBase back = load(bundled.toJson());
        assertThat(back).isEqualTo(bundled);
        assertThat(back.toJson()).isEqualTo(bundled.toJson());
    }
}
