package org.oncodex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.PValue;
import org.oncodex.model.stats.PValueMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What answer checking pays per hazard ratio: building one from table values, the P value from its
 * interval (exact normal and Altman-Bland), and the ratio of two hazard ratios.
 *
 * <p>Run: {@code ./mvnw -pl benchmarks -am package -Dquick && java -jar benchmarks/target/benchmarks.jar RatioStatistics}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RatioStatisticsBenchmark {
    private final HazardRatio withLiverMetastases = HazardRatio.of(0.83, 0.70, 0.90);
    private final HazardRatio withoutLiverMetastases = HazardRatio.of(0.73, 0.63, 0.84);

    @Benchmark
    public HazardRatio construct() {
        return HazardRatio.of(0.62, 0.44, 0.87);
    }

    @Benchmark
    public PValue pValueNormal() {
        return withLiverMetastases.pValue().orElseThrow();
    }

    @Benchmark
    public PValue pValueAltmanBland() {
        return withLiverMetastases.pValue(PValueMethod.ALTMAN_BLAND).orElseThrow();
    }

    @Benchmark
    public HazardRatio ratioOfHazardRatios() {
        return HazardRatio.ratio(withLiverMetastases, withoutLiverMetastases);
    }
}
