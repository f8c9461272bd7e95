package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncodex.evidence.KnowledgeBases.at;
import static org.oncodex.evidence.KnowledgeBases.edited;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.Retraction;
import org.oncodex.model.evidence.SourceType;
import org.oncodex.model.evidence.TrialResult;

/** What may support what: source types, quotes and retractions, in the bundled base and in loaded files. */
class ProvenanceTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    @Test
    void every_bundled_source_says_its_type_and_when_it_was_read() {
        assertThat(KB.citations()).allSatisfy((id, c) -> {
            assertThat(c.sourceType()).as("sourceType of %s", id).isPresent();
            assertThat(c.sourceType())
                    .as("sourceType of %s", id)
                    .isNotEqualTo(java.util.Optional.of(SourceType.AI_GENERATED));
            assertThat(c.retrieved()).as("retrieved of %s", id).isPresent();
        });
    }

    @Test
    void every_bundled_fact_has_a_source_of_an_allowed_type() {
        for (TrialResult r : KB.results()) {
            assertThat(r.citation().flatMap(Citation::sourceType).map(SourceType::supportsFacts))
                    .as("result %s", r.id())
                    .contains(true);
        }
        for (Approval a : KB.approvals()) {
            assertThat(a.citation().sourceType().map(SourceType::supportsApprovals))
                    .as("approval %s", a.id())
                    .contains(true);
        }
    }

    @Test
    void every_bundled_quote_contains_its_facts_numbers() {
        for (TrialResult r : KB.results()) {
            assertThat(r.quote()).as("quote of %s", r.id()).isPresent();
            assertThat(Quotes.missingNumbers(r))
                    .as("numbers of %s missing from its quote", r.id())
                    .isEmpty();
        }
        for (Approval a : KB.approvals()) {
            assertThat(a.quote()).as("quote of %s", a.id()).isPresent();
            a.date()
                    .ifPresent(d -> assertThat(a.quote().orElseThrow())
                            .as("the date of %s is in its quote", a.id())
                            .contains(String.valueOf(d.getYear())));
        }
    }

    @Test
    void a_quote_that_lacks_a_number_is_rejected_naming_the_number() {
        String json = edited(root -> {
            ObjectNode r = at(root, "/results/0");
            r.put("quote", "hazard ratio 0.7 (95% CI 0.5 to 0.8)");
        });
        Problem p = EvidenceBaseLoadTest.only(json);
        assertThat(p.pointer()).isEqualTo("/results/0/quote");
        assertThat(p.message()).contains("\"r1\"").contains("0.9").contains("quote");
    }

    @Test
    void mid_dots_and_trailing_zeros_count_as_the_same_number() {
        String json = edited(root -> at(root, "/results/0").put("quote", "HR 0·70 (95% CI 0·50–0·90)"));
        assertThat(KnowledgeBases.load(json).results().get(0).quote()).isPresent();
    }

    @Test
    void a_base_citing_an_ai_answer_for_an_approval_is_rejected_with_field_value_and_rule() {
        String json = edited(root -> {
            ObjectNode ai = root.withArray("citations").addObject();
            ai.put("id", "ai-answer").put("title", "What is immunotherapy").put("sourceType", "AI_GENERATED");
            at(root, "/approvals/0").put("citation", "ai-answer");
        });
        Problem p = EvidenceBaseLoadTest.only(json);
        assertThat(p.pointer()).isEqualTo("/approvals/0/citation");
        assertThat(p.message())
                .contains("approval \"a1\"")
                .contains("\"ai-answer\"")
                .contains("AI_GENERATED")
                .contains("supports no fact");
    }

    @Test
    void an_approval_from_a_news_item_is_rejected() {
        String json = edited(root -> {
            root.withArray("citations")
                    .addObject()
                    .put("id", "news")
                    .put("title", "FDA approves")
                    .put("sourceType", "NEWS");
            at(root, "/approvals/0").put("citation", "news");
        });
        assertThat(EvidenceBaseLoadTest.only(json).message())
                .contains("sourceType is NEWS")
                .contains("REGULATORY_DOCUMENT");
    }

    @Test
    void an_approval_from_a_source_of_unstated_type_is_rejected() {
        String json = edited(root -> ((ObjectNode) root.withArray("citations").get(0)).remove("sourceType"));
        assertThat(EvidenceBaseLoadTest.only(json).message()).contains("sourceType is not stated");
    }

    @Test
    void an_ai_source_supports_no_vocabulary_entry_either() {
        String json = edited(root -> {
            root.withArray("citations")
                    .addObject()
                    .put("id", "ai")
                    .put("title", "An answer")
                    .put("sourceType", "AI_GENERATED");
            at(root, "/therapies/0").withArray("citations").add("ai");
        });
        Problem p = EvidenceBaseLoadTest.only(json);
        assertThat(p.pointer()).isEqualTo("/therapies/0/citations/1");
        assertThat(p.message()).contains("therapy \"ablation\"");
    }

    @Test
    void a_retracted_source_is_loaded_and_lookups_say_so() {
        String json = edited(root -> {
            ObjectNode src = (ObjectNode) root.withArray("citations").get(0);
            src.putObject("retraction").put("date", "2025-02-03").put("notice", "Retraction notice, doi 10.1000/x");
        });
        EvidenceBase kb = KnowledgeBases.load(json);
        Citation c = kb.results().get(0).citation().orElseThrow();
        assertThat(c.isRetracted()).isTrue();
        assertThat(c.retraction().map(Retraction::date)).contains(LocalDate.of(2025, 2, 3));
        assertThat(kb.retractedCitations()).containsOnlyKeys("src");
        assertThat(KB.retractedCitations()).isEmpty();
    }

    @Test
    void version_and_release_date_round_trip() {
        String json = edited(root -> root.put("version", "1.2.3").put("releaseDate", "2026-11-30"));
        EvidenceBase kb = KnowledgeBases.load(json);
        assertThat(kb.version()).contains("1.2.3");
        assertThat(kb.releaseDate()).contains(LocalDate.of(2026, 11, 30));
        assertThat(KnowledgeBases.load(kb.toJson())).isEqualTo(kb);
        assertThat(kb.approvalStatus(
                                kb.vocabulary().drug("Brandy").orElseThrow(),
                                kb.vocabulary().cancerType("hcc").orElseThrow())
                        .asOf())
                .contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void quotes_list_the_numbers_a_result_states() {
        TrialResult r = KB.result("imbrave150-os").orElseThrow();
        assertThat(Quotes.stated(r)).containsExactly(0.58, 0.42, 0.79, 0.001);
        assertThat(Quotes.numbers("HR 0·63 (95% CI 0·50–0·79)")).hasSize(4);
        assertThat(List.of(Quotes.numbers("P = .0035").get(0).doubleValue())).containsExactly(0.0035);
    }
}
