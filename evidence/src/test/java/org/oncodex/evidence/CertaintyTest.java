package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncodex.evidence.EvidenceBaseLoadTest.only;
import static org.oncodex.evidence.KnowledgeBases.JSON;
import static org.oncodex.evidence.KnowledgeBases.at;
import static org.oncodex.evidence.KnowledgeBases.edited;
import static org.oncodex.evidence.KnowledgeBases.load;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oncodex.model.certainty.Certainty;
import org.oncodex.model.certainty.GradeCertainty;
import org.oncodex.model.certainty.GradeConcern;
import org.oncodex.model.certainty.GradeDomain;
import org.oncodex.model.certainty.GradeRating;
import org.oncodex.model.certainty.GradeStart;
import org.oncodex.model.certainty.OncoKbLevel;
import org.oncodex.model.certainty.PdqLevel;
import org.oncodex.model.evidence.TrialResult;
import org.quicktheories.generators.Generate;

/** Certainty of evidence in the knowledge-base format and in lookups. */
class CertaintyTest {
    /** The certainties a result may carry in these tests, by number; 0 is none. */
    private static final List<String> CERTAINTIES = List.of(
            "",
            "{\"scale\": \"GRADE\", \"rating\": \"HIGH\"}",
            "{\"scale\": \"GRADE\", \"rating\": \"MODERATE\", \"start\": \"RANDOMIZED_TRIALS\","
                    + " \"concerns\": {\"IMPRECISION\": {\"concern\": \"SERIOUS\", \"reason\": \"few events\"}}}",
            "{\"scale\": \"GRADE\", \"rating\": \"LOW\"}",
            "{\"scale\": \"GRADE\", \"rating\": \"VERY_LOW\"}",
            "{\"scale\": \"NCI_PDQ\", \"level\": \"1iiA\"}",
            "{\"scale\": \"ONCOKB\", \"level\": \"3A\"}");

    /** The minimal base with one result per entry, result i carrying CERTAINTIES[kinds[i]]. */
    private static String base(List<Integer> kinds) {
        return edited(root -> {
            ArrayNode results = (ArrayNode) root.get("results");
            ObjectNode template = (ObjectNode) results.get(0);
            results.removeAll();
            for (int i = 0; i < kinds.size(); i++) {
                ObjectNode r = template.deepCopy().put("id", "r" + i);
                String certainty = CERTAINTIES.get(kinds.get(i));
                if (!certainty.isEmpty()) {
                    r.set("certainty", tree(certainty));
                }
                results.add(r);
            }
        });
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withCertainty(String certainty) {
        return edited(root -> at(root, "/results/0").set("certainty", tree(certainty)));
    }

    @Test
    void a_result_keeps_its_certainty_on_each_scale_through_the_format() {
        EvidenceBase kb = load(base(List.of(0, 1, 2, 3, 4, 5, 6)));
        assertThat(kb.results().stream().map(TrialResult::certainty))
                .containsExactly(
                        Optional.empty(),
                        Optional.of(GradeCertainty.of(GradeRating.HIGH)),
                        Optional.of(GradeCertainty.builder()
                                .rating(GradeRating.MODERATE)
                                .start(GradeStart.RANDOMIZED_TRIALS)
                                .concern(GradeDomain.IMPRECISION, GradeConcern.SERIOUS, "few events")
                                .build()),
                        Optional.of(GradeCertainty.of(GradeRating.LOW)),
                        Optional.of(GradeCertainty.of(GradeRating.VERY_LOW)),
                        Optional.of(PdqLevel.parse("1iiA")),
                        Optional.<Certainty>of(OncoKbLevel.LEVEL_3A));
        EvidenceBase again = load(kb.toJson());
        assertThat(again.results()).isEqualTo(kb.results());
        assertThat(kb.toJson()).contains("\"level\" : \"1iiA\"").contains("\"level\" : \"3A\"");
    }

    @Test
    void a_bad_certainty_is_rejected_where_it_is_with_the_rule_it_breaks() {
        Problem rating = only(withCertainty("{\"scale\": \"GRADE\", \"rating\": \"MEDIUM\"}"));
        assertThat(rating.pointer()).isEqualTo("/results/0/certainty/rating");
        assertThat(rating.line()).isPresent();
        assertThat(rating.message())
                .isEqualTo("does not have a value in the enumeration [\"HIGH\", \"MODERATE\", \"LOW\","
                        + " \"VERY_LOW\"], not \"MEDIUM\"");

        Problem pdq = only(withCertainty("{\"scale\": \"NCI_PDQ\", \"level\": \"1iiE\"}"));
        assertThat(pdq.pointer()).isEqualTo("/results/0/certainty/level");
        assertThat(pdq.message())
                .contains("(1i|1ii|2|3i|3ii|3iii)(A|B|C|Di|Dii|Diii|Div)")
                .endsWith("not \"1iiE\"");

        Problem scale = only(withCertainty("{\"scale\": \"CTCAE\", \"level\": \"3\"}"));
        assertThat(scale.pointer()).isEqualTo("/results/0/certainty/scale");
        assertThat(scale.message())
                .contains("\"GRADE\", \"NCI_PDQ\", \"ONCOKB\"")
                .endsWith("not \"CTCAE\"");

        List<Problem> mixed =
                EvidenceBaseLoadTest.problems(withCertainty("{\"scale\": \"ONCOKB\", \"rating\": \"HIGH\"}"));
        assertThat(mixed).extracting(Problem::pointer).containsOnly("/results/0/certainty");
        assertThat(mixed)
                .extracting(Problem::message)
                .containsExactlyInAnyOrder(
                        "required property 'level' not found",
                        "property 'rating' is not defined in the schema and the schema does not allow additional properties");
    }

    @Test
    void a_grade_rating_that_breaks_a_model_rule_is_reported_by_the_loader() {
        Problem p = only(withCertainty("{\"scale\": \"GRADE\", \"rating\": \"LOW\", \"concerns\":"
                + " {\"IMPRECISION\": {\"concern\": \"SERIOUS\", \"reason\": \" \"}}}"));
        assertThat(p.pointer()).isEqualTo("/results/0/certainty/concerns/IMPRECISION/reason");
        assertThat(p.message()).contains("reason must be given for a serious concern");
    }

    @Test
    void minimum_certainty_keeps_only_results_rated_at_or_above_it_on_grade() {
        EvidenceBase kb = load(base(List.of(0, 1, 2, 3, 4, 5, 6)));
        assertThat(ids(kb, GradeRating.HIGH)).containsExactly("r1");
        assertThat(ids(kb, GradeRating.MODERATE)).containsExactly("r1", "r2");
        assertThat(ids(kb, GradeRating.LOW)).containsExactly("r1", "r2", "r3");
        assertThat(ids(kb, GradeRating.VERY_LOW)).containsExactly("r1", "r2", "r3", "r4");
        assertThat(kb.results(EvidenceQuery.all())).hasSize(7);
    }

    @Test
    void minimum_certainty_equals_a_scan_of_grade_ratings() {
        qt().withExamples(40)
                .forAll(
                        lists().of(integers().between(0, CERTAINTIES.size() - 1))
                                .ofSizeBetween(1, 12),
                        Generate.enumValues(GradeRating.class))
                .checkAssert((kinds, floor) -> {
                    EvidenceBase kb = load(base(kinds));
                    List<TrialResult> expected = kb.results().stream()
                            .filter(r -> r.certainty().orElse(null) instanceof GradeCertainty g
                                    && g.rating().compareTo(floor) <= 0)
                            .toList();
                    assertThat(kb.results(EvidenceQuery.builder()
                                    .minimumCertainty(floor)
                                    .build()))
                            .containsExactlyElementsOf(expected);
                });
    }

    private static List<String> ids(EvidenceBase kb, GradeRating floor) {
        return kb.results(EvidenceQuery.builder().minimumCertainty(floor).build()).stream()
                .map(TrialResult::id)
                .toList();
    }
}
