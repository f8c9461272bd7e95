package org.oncodex.benchmarks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lookups on a synthetic knowledge base of a million trial results: queries with one to four
 * facets, from selective (tens of hits) to broad (tens of thousands), and reading every hit of a
 * selective one.
 *
 * <p>Beside Oncodex, in the same run and on the same rows (issue 14's anchors), three query shapes
 * run against {@link H2Results} (an in-memory H2 database with a composite index per shape and the
 * cancer-type hierarchy as a closure table), and the same hits are copied from a list that holds
 * them, the floor for any lookup that returns a new list:
 *
 * <ul>
 *   <li>{@code selective}: cancer type {@code cancer-137} (a leaf) + subgroup "liver metastases" +
 *       endpoint OS;
 *   <li>{@code parentAndDesign}: parent cancer type {@code cancer-3} with its descendants + design
 *       randomized controlled trial;
 *   <li>{@code drugAndEndpoint}: drug {@code drug-7} (brand "Brand7") + endpoint PFS.
 * </ul>
 *
 * <p>The set-up prints each shape's hit count and checks that H2 returns the same results.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EvidenceLookup -f 1 -wi 3 -i 5 -w 2 -r 2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class EvidenceLookupBenchmark {
    @Param("1000000")
    public int results;

    private EvidenceBase kb;
    private EvidenceQuery selective;
    private EvidenceQuery parentAndDesign;
    private EvidenceQuery drugAndEndpoint;
    private EvidenceQuery fourFacets;
    private EvidenceQuery nothingMatches;

    private @Nullable H2Results h2;
    private PreparedStatement h2Selective;
    private PreparedStatement h2ParentAndDesign;
    private PreparedStatement h2DrugAndEndpoint;
    private List<TrialResult> selectiveHits;
    private List<TrialResult> parentAndDesignHits;
    private List<TrialResult> drugAndEndpointHits;

    @Setup(Level.Trial)
    public void build(BenchmarkParams params) throws SQLException {
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
        selectiveHits = new ArrayList<>(kb.results(selective));
        parentAndDesignHits = new ArrayList<>(kb.results(parentAndDesign));
        drugAndEndpointHits = new ArrayList<>(kb.results(drugAndEndpoint));
        if (!params.getBenchmark().contains(".h2")) {
            return; // loading H2 takes half a minute: only for the benchmarks that query it
        }
        h2 = new H2Results(kb);
        h2Selective = h2.prepare(H2Results.CANCER_SUBGROUP_ENDPOINT);
        h2Selective.setString(1, leaf.id());
        h2Selective.setString(2, "liver metastases");
        h2Selective.setString(3, Endpoint.OS.name());
        h2ParentAndDesign = h2.prepare(H2Results.CANCER_DESIGN);
        h2ParentAndDesign.setString(1, parent.id());
        h2ParentAndDesign.setString(2, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL.name());
        h2DrugAndEndpoint = h2.prepare(H2Results.DRUG_ENDPOINT);
        h2DrugAndEndpoint.setString(1, drug.id());
        h2DrugAndEndpoint.setString(2, Endpoint.PFS.name());
        sameHits("selective", selectiveHits, h2.run(h2Selective), H2Results.CANCER_SUBGROUP_ENDPOINT);
        sameHits("parent+design", parentAndDesignHits, h2.run(h2ParentAndDesign), H2Results.CANCER_DESIGN);
        sameHits("drug+endpoint", drugAndEndpointHits, h2.run(h2DrugAndEndpoint), H2Results.DRUG_ENDPOINT);
    }

    private void sameHits(String shape, List<TrialResult> oncodex, List<TrialResult> sql, String query)
            throws SQLException {
        if (!new HashSet<>(oncodex).equals(new HashSet<>(sql)) || oncodex.size() != sql.size()) {
            throw new IllegalStateException(
                    shape + ": Oncodex has " + oncodex.size() + " hits, H2 " + sql.size() + " other ones");
        }
        System.out.printf("%s: %d hits, the same in H2; plan: %s%n", shape, sql.size(), h2.plan(query));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (h2 != null) {
            h2.close();
        }
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

    @Benchmark
    public List<TrialResult> h2SelectiveThreeFacets() throws SQLException {
        return h2.run(h2Selective);
    }

    @Benchmark
    public List<TrialResult> h2BroaderCancerTypeAndDesign() throws SQLException {
        return h2.run(h2ParentAndDesign);
    }

    @Benchmark
    public List<TrialResult> h2DrugAndEndpoint() throws SQLException {
        return h2.run(h2DrugAndEndpoint);
    }

    @Benchmark
    public List<TrialResult> copySelectiveThreeFacets() {
        return new ArrayList<>(selectiveHits);
    }

    @Benchmark
    public List<TrialResult> copyBroaderCancerTypeAndDesign() {
        return new ArrayList<>(parentAndDesignHits);
    }

    @Benchmark
    public List<TrialResult> copyDrugAndEndpoint() {
        return new ArrayList<>(drugAndEndpointHits);
    }
}
