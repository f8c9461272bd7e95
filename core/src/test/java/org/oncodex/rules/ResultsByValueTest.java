package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncodex.answer.ReferenceAnswers;
import org.oncodex.model.evidence.Citation;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.ConfidenceInterval;
import org.oncodex.model.stats.EffectEstimate;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MeanDifference;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.model.stats.Proportion;
import org.oncodex.model.stats.Quantity;
import org.oncodex.model.stats.Unit;
import org.oncodex.model.stats.ValueRange;

/** The bundled base's results found by value and by citation as a scan of every result finds them. */
class ResultsByValueTest {
    private static final ResultsByValue INDEX = ResultsByValue.of(ReferenceAnswers.KB);

    private static Stream<EffectEstimate> estimates(TrialResult r) {
        return Stream.of(Stream.of(r.estimate()), r.comparatorEstimate().stream(), r.overallEstimate().stream())
                .flatMap(s -> s);
    }

    @Test
    void the_results_with_a_value_in_a_range_are_those_a_scan_finds() {
        qt().withExamples(100)
                .forAll(doubles().between(0, 60), doubles().between(0, 40))
                .checkAssert((low, width) -> {
                    double high = low + width;
                    Set<TrialResult> scanned = ReferenceAnswers.KB.results().stream()
                            .filter(r -> estimates(r)
                                    .flatMap(e -> ResultsByValue.values(e).stream())
                                    .anyMatch(v -> v >= low && v <= high))
                            .collect(Collectors.toSet());
                    // a result with two values in the range may come twice: callers take the first that fits
                    Set<TrialResult> found = INDEX.withValueBetween(low, high).collect(Collectors.toSet());
                    assertThat(found).as("[%s, %s]", low, high).isEqualTo(scanned);
                });
    }

    @Test
    void the_bounds_of_a_range_are_in_it() {
        TrialResult any = ReferenceAnswers.KB.results().get(0);
        double v = ResultsByValue.values(any.estimate()).get(0);
        assertThat(INDEX.withValueBetween(v, v)).contains(any);
    }

    @Test
    void an_estimate_prints_its_value_and_its_bounds() {
        assertThat(ResultsByValue.values(HazardRatio.of(0.62, 0.51, 0.75))).containsExactly(0.62, 0.51, 0.75);
        assertThat(ResultsByValue.values(HazardRatio.of(0.62))).containsExactly(0.62);
        assertThat(ResultsByValue.values(MedianTime.of(16.4, Unit.MONTHS, ConfidenceInterval.of(14.0, 19.6))))
                .containsExactly(16.4, 14.0, 19.6);
        assertThat(ResultsByValue.values(MedianTime.notReached(Unit.MONTHS))).isEmpty();
        assertThat(ResultsByValue.values(Proportion.builder()
                        .percent(34)
                        .ci(ConfidenceInterval.of(28, 40))
                        .build()))
                .containsExactly(34.0, 28.0, 40.0);
        assertThat(ResultsByValue.values(Proportion.ofCount(1, 4))).containsExactly(25.0);
        assertThat(ResultsByValue.values(MeanDifference.of(3.3, Unit.MONTHS, 1.2, 5.4)))
                .containsExactly(3.3, 1.2, 5.4);
        assertThat(ResultsByValue.values(Quantity.of(12.5, ConfidenceInterval.of(10.1, 14.9))))
                .containsExactly(12.5, 10.1, 14.9);
        assertThat(ResultsByValue.values(ValueRange.between(2, 5, Unit.MONTHS))).containsExactly(2.0, 5.0);
        assertThat(ResultsByValue.values(ValueRange.atLeast(2, Unit.MONTHS))).containsExactly(2.0);
        assertThat(ResultsByValue.values(ValueRange.atMost(5, Unit.MONTHS))).containsExactly(5.0);
    }

    @Test
    void a_citation_is_found_by_itself_its_doi_in_any_case_its_pmid_and_its_address() {
        Citation c = Citation.builder()
                .doi("10.1000/ABC.Written-For-The-Test")
                .pmid("12345678")
                .url("https://example.org/written-for-the-test")
                .title("Written for the test")
                .build();
        assertThat(ResultsByValue.keys(c))
                .containsExactlyInAnyOrder(
                        c,
                        Citation.builder()
                                .doi("10.1000/abc.written-for-the-test")
                                .build(),
                        Citation.builder()
                                .doi("10.1000/ABC.Written-For-The-Test")
                                .build(),
                        Citation.builder().pmid("12345678").build(),
                        Citation.builder()
                                .url("https://example.org/written-for-the-test")
                                .build());
        Citation bare =
                Citation.builder().title("Only a title, written for the test").build();
        assertThat(ResultsByValue.keys(bare)).containsExactly(bare);
    }

    @Test
    void the_results_citing_a_doi_are_found_by_the_doi_alone_in_lower_case() {
        TrialResult cited = ReferenceAnswers.KB.results().stream()
                .filter(r -> r.citation().flatMap(Citation::doi).isPresent())
                .findFirst()
                .orElseThrow();
        String doi = cited.citation().flatMap(Citation::doi).orElseThrow();
        assertThat(INDEX.citingAny(
                        Citation.builder().doi(doi.toLowerCase(Locale.ROOT)).build()))
                .contains(cited);
        assertThat(INDEX.citingAny(cited.citation().orElseThrow())).contains(cited);
        assertThat(INDEX.citingAny(
                        Citation.builder().doi("10.1000/not-in-the-base").build()))
                .isEmpty();
    }
}
