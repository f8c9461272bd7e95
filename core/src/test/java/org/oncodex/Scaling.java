package org.oncodex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * How the time of some work grows with its input: the time for about 100 KB over the time for about
 * 10 KB of the same shape, each the best of a few runs. Linear work gives about 10, quadratic about
 * 100; tests assert a bound between the two, so a slow or busy machine does not fail them, as an
 * absolute time would. Times are the CPU time of the calling thread where the JVM measures it: on a
 * machine shared with other builds, wall-clock time charges the large input with the time slices it
 * waited for (ratios near 50 for linear work at a load average of 11), CPU time does not.
 */
public final class Scaling {
    private static final int RUNS = 5;

    private Scaling() {}

    /** The ratio of the time {@code work} takes on {@code input.apply(100_000)} to that on {@code input.apply(10_000)}. */
    public static double ratio(IntFunction<String> input, Consumer<String> work) {
        String small = input.apply(10_000);
        String large = input.apply(100_000);
        // warm up on both sizes: load and compile the classes, and let the heap grow to the large input
        work.accept(small);
        work.accept(large);
        work.accept(small);
        // the least of three ratios: a busy machine inflates one now and then, a quadratic cost every time
        double least = Double.MAX_VALUE;
        for (int i = 0; i < 3 && least >= 15; i++) {
            least = Math.min(least, best(large, work) / best(small, work));
        }
        return least;
    }

    private static double best(String input, Consumer<String> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = now();
            work.accept(input);
            best = Math.min(best, now() - start);
        }
        return Math.max(1, best);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME =
            THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    /**
     * Now, in nanoseconds: the calling thread's CPU time where the JVM measures it, else wall-clock time.
     * Only differences of two readings mean anything.
     */
    public static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
