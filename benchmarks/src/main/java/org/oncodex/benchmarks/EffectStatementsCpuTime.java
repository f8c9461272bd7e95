package org.oncodex.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.oncodex.model.text.EffectStatements;

/**
 * Effect-statement parsing speed in table cells per second of the parsing thread's CPU time, on the
 * cells of {@link EffectStatementsBenchmark} (not JMH and not a test: it prints). On a machine shared
 * with other builds, JMH's wall-clock score counts the time slices the thread waited for, and one run
 * measured 18,000 cells per second where a quiet machine gives 460,000; the thread's CPU time leaves
 * most of that out. Other processes still slow it through the shared caches, so compare two builds by
 * running them one after the other, alternating, and read the ratio, not the figure.
 *
 * <p>Run: {@code java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar
 * org.oncodex.benchmarks.EffectStatementsCpuTime [measurements]}: three warm-up passes, then the given
 * number of measurements (7 by default) of 20,000 passes over the 16 cells each; prints their median,
 * lowest and highest, and the bytes the thread allocated per cell over them, which load does not change.
 */
public final class EffectStatementsCpuTime {
    private static final int PASSES = 20_000;

    private EffectStatementsCpuTime() {}

    public static void main(String[] args) {
        int measurements = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int w = 0; w < 3; w++) {
            sink += passes();
        }
        double cells = (double) PASSES * EffectStatementsBenchmark.CELLS.size();
        double[] rates = new double[measurements];
        long allocatedBefore = allocated();
        for (int k = 0; k < measurements; k++) {
            long before = mx.getCurrentThreadCpuTime();
            sink += passes();
            long cpu = mx.getCurrentThreadCpuTime() - before;
            rates[k] = cells / (cpu / 1e9);
        }
        double bytesPerCell = (allocated() - allocatedBefore) / (cells * measurements);
        Arrays.sort(rates);
        System.out.printf(
                Locale.ROOT,
                "median %.0f cells per CPU-second, lowest %.0f, highest %.0f (%d measurements; %d statements); %.1f bytes"
                        + " allocated per cell%n",
                rates[measurements / 2],
                rates[0],
                rates[measurements - 1],
                measurements,
                sink,
                bytesPerCell);
    }

    /** The bytes this thread has allocated so far (exact, unlike JMH's rate, which includes its own), or 0. */
    private static long allocated() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean sun
                ? sun.getThreadAllocatedBytes(Thread.currentThread().getId())
                : 0;
    }

    /** Parses every cell {@link #PASSES} times; the number of statements found, so nothing is optimised away. */
    private static long passes() {
        long statements = 0;
        for (int p = 0; p < PASSES; p++) {
            for (String cell : EffectStatementsBenchmark.CELLS) {
                statements += EffectStatements.parse(cell).statements().size();
            }
        }
        return statements;
    }
}
