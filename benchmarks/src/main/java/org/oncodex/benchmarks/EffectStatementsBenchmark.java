package org.oncodex.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncodex.model.text.EffectStatements;
import org.oncodex.model.text.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing speed in table cells per second: each operation parses one cell of a mix of WJCO 2026
 * table cells and journal-style strings (the score is cells per second).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EffectStatements}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EffectStatementsBenchmark {
    static final List<String> CELLS = List.of(
            "OS: HR = 1.82, 95%CI: 1.59-2.08; PFS: HR = 1.68, 95%CI: 1.49-1.89",
            "10 months",
            "HR = 0.68, 95%CI: 0.50-0.91",
            "HR = 0.62, 95%CI: 0.44-0.87)",
            "Approximately 21% higher risk of death (OS: HR = 1.21, 95%CI: 1.17-1.27) with liver metastases",
            "Numerically lower survival than those without hepatic mets; 18% OS rate (vs 11% with chemo alone)",
            "ORR = 58%; PFS: HR = 3.18, 95%CI: 1.52-6.67",
            "7%-19% (North American cohorts)",
            "ORR = 18% (4 of 22 patients); median OS = 4.0 months, 95%CI: 2.1-8.7",
            "OS = 13.43 months (noLM); P = 0.584",
            "Yes (CLOCC: 8-year OS 35.9% vs 8.9%, HR = 0.58, P = 0.01)",
            "Minimal grade ≥ 3 toxicity (< 10%)",
            "Stomach/GEJ show increase proliferating CD4+/CD8+ and decrease monocytic MDSC vs EAC",
            "(hazard ratio [HR] 0.71, 95% CI 0.58-0.88; p=0.0008)",
            "HR 0·62, 95% CI 0·44–0·87; p=0·006",
            "30.0 months (95% CI, 18.3 months to not reached)");

    @Benchmark
    @OperationsPerInvocation(16)
    public void parseCells(Blackhole bh) {
        for (String cell : CELLS) {
            ParseResult r = EffectStatements.parse(cell);
            bh.consume(r);
        }
    }
}
