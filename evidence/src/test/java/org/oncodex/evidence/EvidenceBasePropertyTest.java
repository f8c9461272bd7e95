package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;
import org.oncodex.model.Concept;
import org.oncodex.model.Endpoint;
import org.oncodex.model.Regimen;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.Therapy;
import org.oncodex.model.evidence.TrialResult;

/** Properties of whole knowledge bases: JSON round trips, and indexed lookups equal a plain scan. */
class EvidenceBasePropertyTest {
    private static final List<Endpoint> ENDPOINTS = List.of(Endpoint.values());

    @Test
    void any_generated_valid_base_round_trips_through_json() {
        qt().withExamples(60).forAll(EvidenceGenerators.bases(4)).checkAssert(kb -> {
            String json = kb.toJson();
            EvidenceBase back = KnowledgeBases.load(json);
            assertThat(back).isEqualTo(kb);
            assertThat(back.toJson()).isEqualTo(json);
        });
    }

    @Test
    void indexed_lookups_equal_a_scan_of_every_result() {
        lookupsEqualAScan(100, EvidenceGenerators.bases(5));
    }

    /** Bases large enough that rare facet values are kept as lists and common ones as bitmaps. */
    @Test
    void indexed_lookups_equal_a_scan_when_lists_and_bitmaps_mix() {
        lookupsEqualAScan(30, EvidenceGenerators.bases(60));
    }

    private static void lookupsEqualAScan(int examples, org.quicktheories.core.Gen<EvidenceBase> bases) {
        qt().withExamples(examples)
                .forAll(bases, org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert((kb, seed) -> {
                    Random random = new Random(seed);
                    Vocabulary v = kb.vocabulary();
                    EvidenceQuery.Builder q = EvidenceQuery.builder();
                    @Nullable CancerType cancerType = null;
                    @Nullable Concept treatment = null;
                    @Nullable Endpoint endpoint = null;
                    if (random.nextBoolean()) {
                        cancerType = v.cancerTypes()
                                .get(random.nextInt(v.cancerTypes().size()));
                        q.cancerType(cancerType);
                    }
                    if (random.nextBoolean()) {
                        treatment =
                                v.therapies().get(random.nextInt(v.therapies().size()));
                        q.therapy((Therapy) treatment);
                    } else if (random.nextBoolean()) {
                        treatment = v.drugs().get(random.nextInt(v.drugs().size()));
                        q.drug((org.oncodex.model.Drug) treatment);
                    }
                    if (random.nextBoolean()) {
                        endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
                        q.endpoint(endpoint);
                    }
                    @Nullable StudyDesign design = null;
                    if (random.nextBoolean()) {
                        design = List.of(StudyDesign.values()).get(random.nextInt(StudyDesign.values().length));
                        q.design(design);
                    }
                    @Nullable String subgroup = null;
                    if (random.nextInt(3) == 0 && !kb.results().isEmpty()) {
                        // a subgroup some result has, written with other case and spacing
                        subgroup = kb.results()
                                .get(random.nextInt(kb.results().size()))
                                .population()
                                .subgroup()
                                .map(s -> "  "
                                        + s.toUpperCase(java.util.Locale.ROOT).replace(" ", "   "))
                                .orElse("nobody");
                        q.subgroup(subgroup);
                    }
                    List<TrialResult> expected = new ArrayList<>();
                    for (TrialResult r : kb.results()) {
                        if (matches(v, r, cancerType, treatment, endpoint)
                                && (design == null || r.study().design() == design)
                                && (subgroup == null || sameSubgroup(r, subgroup))) {
                            expected.add(r);
                        }
                    }
                    readsTheSameEveryWay(kb.results(q.build()), expected);
                });
    }

    /** The list returned reads the same by iterator, by index, by forEach and as a stream. */
    private static void readsTheSameEveryWay(List<TrialResult> got, List<TrialResult> expected) {
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(got).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(got.get(i)).as("hit %d", i).isSameAs(expected.get(i));
        }
        List<TrialResult> each = new ArrayList<>();
        got.forEach(each::add);
        assertThat(each).containsExactlyElementsOf(expected);
        assertThat(got.stream().toList()).containsExactlyElementsOf(expected);
        assertThat(got).isEqualTo(expected);
        assertThat(got.hashCode()).isEqualTo(expected.hashCode());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> got.add(expected.isEmpty() ? null : expected.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> got.get(expected.size()))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static boolean sameSubgroup(TrialResult r, String subgroup) {
        String asked = String.join(
                " ", subgroup.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return r.population()
                .subgroup()
                .map(s -> String.join(
                        " ", s.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")))
                .filter(asked::equals)
                .isPresent();
    }

    private static boolean matches(
            Vocabulary v,
            TrialResult r,
            @Nullable CancerType cancerType,
            @Nullable Concept treatment,
            @Nullable Endpoint endpoint) {
        if (endpoint != null && r.endpoint() != endpoint) {
            return false;
        }
        if (cancerType != null
                && r.population().cancerTypeIds().stream()
                        .noneMatch(id -> v.isA(v.byId(id).orElseThrow(), cancerType))) {
            return false;
        }
        if (treatment != null) {
            boolean uses = false;
            for (String id : r.comparison().interventionIds()) {
                Concept c = v.byId(id).orElseThrow();
                Set<Concept> parts = c instanceof Regimen reg
                        ? Set.copyOf(reg.componentIds().stream()
                                .map(x -> v.byId(x).orElseThrow())
                                .toList())
                        : Set.of();
                uses |= v.isA(c, treatment) || parts.stream().anyMatch(p -> v.isA(p, treatment));
                uses |= c.equals(treatment);
            }
            return uses;
        }
        return true;
    }
}
