package org.oncodex.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.EvidenceQuery;
import org.oncodex.evidence.Mention;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.model.Endpoint;
import org.oncodex.model.StudyDesign;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;
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

/**
 * Whether lookups, tagging and rule checks scale with cores: one shared knowledge base, vocabulary
 * and rule set, called from as many threads as JMH's {@code -t} gives. Throughput is the sum over
 * threads, so a figure that doubles from {@code -t 1} to {@code -t 2} scales perfectly. (That every
 * thread gets the single-threaded results is a test: core's {@code ConcurrentUseTest}.)
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ThreadsBenchmark -t 1}, then the same with
 * {@code -t 2} (this machine's cores) and {@code -t max}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
public class ThreadsBenchmark {
    @Param("100000")
    public int results;

    private EvidenceBase synthetic;
    private EvidenceQuery selective;
    private EvidenceQuery parentAndDesign;
    private EvidenceBase bundled;
    private String document;
    private RuleSet rules;
    private Answer answer;

    @Setup(Level.Trial)
    public void build() {
        synthetic = SyntheticBases.of(results, 42);
        selective = EvidenceQuery.builder()
                .cancerType(synthetic.vocabulary().cancerType("cancer-137").orElseThrow())
                .subgroup("liver metastases")
                .endpoint(Endpoint.OS)
                .build();
        parentAndDesign = EvidenceQuery.builder()
                .cancerType(synthetic.vocabulary().cancerType("cancer-3").orElseThrow())
                .design(StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
                .build();
        bundled = EvidenceBase.bundled();
        StringBuilder s = new StringBuilder();
        for (int i = 0; s.length() < 10_000; i++) {
            s.append(TaggingBenchmark.SENTENCES.get(i % TaggingBenchmark.SENTENCES.size()));
        }
        document = s.toString();
        rules = RuleSet.standard(bundled);
        answer = MarkdownAnswers.read(RuleCheckBenchmark.ANSWER, bundled);
    }

    @Benchmark
    public List<TrialResult> lookupSelective() {
        return synthetic.results(selective);
    }

    @Benchmark
    public List<TrialResult> lookupParentAndDesign() {
        return synthetic.results(parentAndDesign);
    }

    @Benchmark
    public List<Mention> tagTenKilobytes() {
        return bundled.vocabulary().tag(document);
    }

    @Benchmark
    public Report checkTypicalAnswer() {
        return rules.check(answer);
    }
}
