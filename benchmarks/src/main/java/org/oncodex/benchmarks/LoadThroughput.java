package org.oncodex.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.EvidenceQuery;
import org.oncodex.model.Endpoint;

/**
 * How fast {@code EvidenceBase.load(Path)} reads a large synthetic base, and the heap the loaded
 * base holds (issue 14's load throughput, issue 16's memory; not JMH and not a test). Writes {@code
 * SyntheticBases.of(results, 42)} as JSON once (kept under {@code target/} for later runs), then
 * loads it {@code rounds} times and prints each round's wall and CPU time, MB/s (10^6 bytes per
 * second of wall time) and the heap in use after a full collection with the base still held, before
 * and after a first lookup builds the result index.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.oncodex.benchmarks.LoadThroughput 100000 5}. The smallest {@code -Xmx} at which a round still
 * loads is the heap that base needs; the loader's size limit (64 MiB) caps how many results a file
 * can hold.
 */
public final class LoadThroughput {
    private LoadThroughput() {}

    public static void main(String[] args) throws IOException {
        int results = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Path.of(args.length > 2 ? args[2] : "benchmarks/target/synthetic-" + results + ".json");
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            EvidenceBase base = SyntheticBases.of(results, 42);
            try (OutputStream out = Files.newOutputStream(file)) {
                base.write(out);
            }
        }
        long bytes = Files.size(file);
        System.out.printf(
                Locale.ROOT, "%s: %d results, %.1f MB (%.1f MiB)%n", file, results, bytes / 1e6, bytes / 1048576.0);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Runtime runtime = Runtime.getRuntime();
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            System.gc();
            long heapBefore = runtime.totalMemory() - runtime.freeMemory();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            EvidenceBase base = EvidenceBase.load(file);
            long wall = System.nanoTime() - start;
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            System.gc();
            long heapAfter = runtime.totalMemory() - runtime.freeMemory();
            int hits = base.results(
                            EvidenceQuery.builder().endpoint(Endpoint.OS).build())
                    .size(); // builds the result index, which waits for the first lookup
            System.gc();
            long heapIndexed = runtime.totalMemory() - runtime.freeMemory();
            double rate = bytes / 1e6 / (wall / 1e9);
            rates.add(rate);
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d results in %.0f ms (CPU %.0f ms): %.1f MB/s; heap held by the base %.0f MiB"
                            + " (%.2f MiB per MB of file), %.0f MiB once indexed (%d OS results)%n",
                    i + 1,
                    base.results().size(),
                    wall / 1e6,
                    cpu / 1e6,
                    rate,
                    (heapAfter - heapBefore) / 1048576.0,
                    (heapAfter - heapBefore) / 1048576.0 / (bytes / 1e6),
                    (heapIndexed - heapBefore) / 1048576.0,
                    hits);
        }
        Collections.sort(rates);
        System.out.printf(Locale.ROOT, "median %.1f MB/s over %d rounds%n", rates.get(rates.size() / 2), rounds);
    }
}
