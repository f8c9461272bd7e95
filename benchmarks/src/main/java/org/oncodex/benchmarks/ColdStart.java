package org.oncodex.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.oncodex.evidence.EvidenceBase;

/**
 * How long {@code EvidenceBase.bundled()} takes in a fresh JVM (issue 14's cold start; not JMH,
 * which warms up). Starts {@code runs} JVMs on this jar, each of which times its first call of
 * {@code bundled()}, then loads the same JSON again with {@code EvidenceBase.load}, the way a user's
 * base is read (schema validation, data binding when a record has a problem), which pays for the
 * start-up of the schema validator and Jackson's data binding that {@code bundled()} no longer
 * needs; prints each run and the medians.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.oncodex.benchmarks.ColdStart 7}
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("--once")) {
            once();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<double[]> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(java, "-cp", classPath, ColdStart.class.getName(), "--once")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            System.out.print(out.lines()
                    .filter(l -> !l.startsWith("SLF4J"))
                    .map(l -> l + "\n")
                    .reduce("", String::concat));
            String line = out.lines()
                    .filter(l -> l.startsWith("to-main "))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the timed JVM printed no timing:\n" + out));
            String[] f = line.split("\\s+");
            all.add(new double[] {
                Double.parseDouble(f[1]), Double.parseDouble(f[3]), Double.parseDouble(f[5]), Double.parseDouble(f[7])
            });
        }
        System.out.printf(
                Locale.ROOT,
                "median of %d fresh JVMs: JVM start to main %.0f ms, first bundled() %.0f ms, the same JSON then"
                        + " through load() %.1f ms, classes loaded by the first call %.0f%n",
                runs,
                median(all, 0),
                median(all, 1),
                median(all, 2),
                median(all, 3));
    }

    private static void once() throws IOException {
        long toMain = ManagementFactory.getRuntimeMXBean().getUptime();
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long start = System.nanoTime();
        EvidenceBase.bundled();
        long first = System.nanoTime() - start;
        int loaded = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() - classes;
        start = System.nanoTime();
        try (InputStream in =
                EvidenceBase.class.getResourceAsStream("/org/oncodex/evidence/bundled-knowledge-base.json")) {
            if (in == null) {
                throw new IllegalStateException("the bundled knowledge base is not where this harness expects it");
            }
            EvidenceBase.load(in);
        }
        long again = System.nanoTime() - start;
        System.out.printf(
                Locale.ROOT,
                "to-main %d bundled() %.1f again %.1f classes %d%n",
                toMain,
                first / 1e6,
                again / 1e6,
                loaded);
    }

    private static double median(List<double[]> runs, int column) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(r[column]));
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
