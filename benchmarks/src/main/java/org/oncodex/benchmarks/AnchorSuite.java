package org.oncodex.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Issue 14's anchor suite in one command: Oncodex beside the tool a Java developer would otherwise
 * use, in the same JMH run on the same data, then a table of ratios. Lookups against H2 (and against
 * copying the hits), tagging against a regex alternation, and the standard check of a typical answer
 * at four base sizes against the smallest. Each figure is the median of its measurement iterations:
 * on a shared two-core machine, an iteration that another process or the collector interrupts can be
 * twenty times slower, and the median does not follow it.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.oncodex.benchmarks.AnchorSuite}; JMH
 * options may follow (such as {@code -wi 5} or a regex of benchmarks to run instead).
 */
public final class AnchorSuite {
    private static final List<String> SHAPES =
            List.of("SelectiveThreeFacets", "BroaderCancerTypeAndDesign", "DrugAndEndpoint");

    private AnchorSuite() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include("EvidenceLookupBenchmark\\.(selectiveThreeFacets|broaderCancerTypeAndDesign|drugAndEndpoint"
                            + "|h2.*|copy.*)$")
                    .include("TaggingBenchmark")
                    .include("GroundingScalingBenchmark");
        }
        if (!command.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!command.getWarmupIterations().hasValue()) {
            options.warmupIterations(3);
        }
        if (!command.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(2));
        }
        if (!command.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5);
        }
        if (!command.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.seconds(2));
        }
        Options built = options.build();
        Collection<RunResult> results = new Runner(built).run();
        System.out.println(table(results));
    }

    /** The ratios of medians, as a Markdown table, from whatever of the suite ran. */
    static String table(Collection<RunResult> results) {
        Map<String, Double> score = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            for (String key : r.getParams().getParamsKeys()) {
                name += " " + key + "=" + r.getParams().getParam(key);
            }
            score.put(name, r.getPrimaryResult().getStatistics().getPercentile(50));
        }
        StringBuilder s =
                new StringBuilder("\n| work | Oncodex | the alternative | ratio |\n| --- | --- | --- | --- |\n");
        for (String shape : SHAPES) {
            String method = Character.toLowerCase(shape.charAt(0)) + shape.substring(1);
            Double ours = score.get(method + " results=1000000");
            Double h2 = score.get("h2" + shape + " results=1000000");
            Double copy = score.get("copy" + shape + " results=1000000");
            if (ours != null && h2 != null) {
                s.append(row("lookup " + shape, us(ours), "H2 " + us(h2), times(h2 / ours) + " faster than H2"));
            }
            if (ours != null && copy != null) {
                s.append(row(
                        "lookup " + shape, us(ours), "copying the hits " + us(copy), times(ours / copy) + " the copy"));
            }
        }
        for (String vocabulary : List.of("bundled", "synthetic")) {
            Double tag = score.get("tagOneMegabyte vocabulary=" + vocabulary);
            Double regex = score.get("regexOneMegabyte vocabulary=" + vocabulary);
            if (tag != null && regex != null) {
                s.append(row(
                        "tag 1 MB, " + vocabulary + " vocabulary",
                        mbps(tag),
                        "regex alternation " + mbps(regex),
                        times(regex / tag) + " faster than the regex"));
            }
        }
        for (String method : List.of("check", "checkWithUncitedNumber")) {
            Double small = score.get(method + " base=1000");
            for (String base : List.of("bundled", "10000", "100000", "1000000")) {
                Double at = score.get(method + " base=" + base);
                if (small != null && at != null) {
                    s.append(row(
                            "rules " + method + ", base " + base,
                            us(at),
                            "the same at 1,000 results " + us(small),
                            times(at / small) + " the 1,000-result figure"));
                }
            }
        }
        return s.toString();
    }

    private static String row(String work, String ours, String alternative, String ratio) {
        return "| " + work + " | " + ours + " | " + alternative + " | " + ratio + " |\n";
    }

    private static String us(double micros) {
        return String.format(Locale.ROOT, "%.1f µs", micros);
    }

    /** A 1 MB document read in {@code millis}. */
    private static String mbps(double millis) {
        return String.format(Locale.ROOT, "%.2f MB/s", 1000 / millis);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
