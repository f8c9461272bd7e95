package org.oncodex.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.EvidenceQuery;
import org.oncodex.model.CancerType;
import org.oncodex.model.Drug;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.EffectEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lookups on a synthetic knowledge base of a million trial results: queries with one to four
 * facets, from selective (tens of hits) to broad (tens of thousands), and reading every hit of a
 * selective one.
 *
 * <p>Run: {@code ./mvnw -pl benchmarks -am package -Dquick && java -jar benchmarks/target/benchmarks.jar EvidenceLookup -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
public class EvidenceLookupBenchmark {
    @Param("1000000")
    public int results;

    private EvidenceBase kb;
    private EvidenceQuery selective;
    private EvidenceQuery parentAndDesign;
    private EvidenceQuery drugAndEndpoint;
    private EvidenceQuery fourFacets;
    private EvidenceQuery nothingMatches;

    @Setup(Level.Trial)
    public void build() {
        kb = SyntheticBases.of(results, 42);
        CancerType leaf = kb.vocabulary().cancerType("cancer-137").orElseThrow();
        CancerType parent = kb.vocabulary().cancerType("cancer-3").orElseThrow();
        Drug drug = kb.vocabulary().drug("Brand7").orElseThrow();
        selective = EvidenceQuery.builder()
                .cancerType(leaf)
                .subgroup("liver metastases")
                .endpoint(Endpoint.OS)
                .build();
        parentAndDesign = EvidenceQuery.builder()
                .cancerType(parent)
                .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
                .build();
        drugAndEndpoint =
                EvidenceQuery.builder().drug(drug).endpoint(Endpoint.PFS).build();
        fourFacets = EvidenceQuery.builder()
                .cancerType(parent)
                .drugClass("class 7")
                .estimateKind(EffectEstimate.Kind.HAZARD_RATIO)
                .significant(true)
                .build();
        nothingMatches = EvidenceQuery.builder()
                .cancerType(leaf)
                .subgroup("no such subgroup")
                .build();
        System.out.printf(
                "%n%s; hits: selective %d, parent+design %d, drug+endpoint %d, four facets %d%n",
                kb,
                kb.results(selective).size(),
                kb.results(parentAndDesign).size(),
                kb.results(drugAndEndpoint).size(),
                kb.results(fourFacets).size());
    }

    @Benchmark
    public List<TrialResult> selectiveThreeFacets() {
        return kb.results(selective);
    }

    @Benchmark
    public void selectiveThreeFacetsReadEveryHit(Blackhole bh) {
        for (TrialResult r : kb.results(selective)) {
            bh.consume(r.estimate());
        }
    }

    @Benchmark
    public List<TrialResult> broaderCancerTypeAndDesign() {
        return kb.results(parentAndDesign);
    }

    @Benchmark
    public List<TrialResult> drugAndEndpoint() {
        return kb.results(drugAndEndpoint);
    }

    @Benchmark
    public List<TrialResult> fourFacets() {
        return kb.results(fourFacets);
    }

    @Benchmark
    public List<TrialResult> noHit() {
        return kb.results(nothingMatches);
    }
}
