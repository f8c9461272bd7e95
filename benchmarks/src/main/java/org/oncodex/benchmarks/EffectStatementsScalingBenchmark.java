package org.oncodex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.oncodex.model.text.EffectStatements;
import org.oncodex.model.text.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How parsing time grows with the length of the text: the benchmark cells joined into one text of 1 KB
 * to 1 MB. Linear growth shows as a time per operation proportional to {@code size}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EffectStatementsScaling}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EffectStatementsScalingBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    private String text = "";

    @Setup
    public void setUp() {
        StringBuilder b = new StringBuilder(size + 200);
        int k = 0;
        while (b.length() < size) {
            b.append(EffectStatementsBenchmark.CELLS.get(k % EffectStatementsBenchmark.CELLS.size()))
                    .append(". ");
            k++;
        }
        text = b.substring(0, size);
    }

    @Benchmark
    public ParseResult parse() {
        return EffectStatements.parse(text);
    }
}
