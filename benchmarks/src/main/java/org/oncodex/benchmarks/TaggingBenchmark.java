package org.oncodex.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.Mention;
import org.oncodex.evidence.Vocabulary;
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
 * How fast {@link Vocabulary#tag(String)} reads text: one call over a document of about 1 MB of
 * patient-question prose that names a concept every few words, with the bundled vocabulary, the
 * 800-concept synthetic one and the bundled one grown to 10,000 names. MB/s = 1 / (seconds per call), as the document is 1 MB.
 *
 * <p>Beside it, in the same run (issue 14's anchor), {@code regexOneMegabyte} finds the same names
 * with one {@code java.util.regex} alternation of every name of the same vocabulary, as a developer
 * would write it: names longest first (a regex alternation is leftmost-first, the tagger
 * leftmost-longest), case ignored except for short all-capital names, the gaps the tagger allows
 * between a name's words, an optional plural "s", and letter-or-digit boundaries at both ends. The
 * set-up compares the two on the first {@value #SAMPLE_CHARS} characters and prints how many mention
 * spans agree.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Tagging -f 1 -wi 3 -i 5 -w 2 -r 2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TaggingBenchmark {
    static final int DOCUMENT_BYTES = 1_000_000;
    static final int SAMPLE_CHARS = 20_000;
    static final List<String> SENTENCES = List.of(
            "Is Kymriah better than sorafenib for HCC, or should I ask about clinical trials first? ",
            "My doctor mentioned atezolizumab with bevacizumab and radiofrequency ablation for liver cancer. ",
            "What does a hazard ratio of 0.62 mean for non-small-cell lung cancer with liver metastases? ",
            "Nearly all of the people in the study had stereotactic body radiation therapy (SBRT) and chemo. ",
            "Can CAR-T cell therapy or checkpoint inhibitors help melanoma that spread to the liver? ",
            "We talked about surveillance, partial hepatectomy and a liver transplant at the visit today. ");

    /**
     * {@code bundled}: the bundled vocabulary; {@code synthetic}: the synthetic base's 800 concepts,
     * whose names the document does not hold; {@code bundled+10k}: the bundled vocabulary grown to
     * 10,000 names with made-up drugs ({@link SyntheticBases#bundledPlus}), the dictionary size.
     */
    @Param({"bundled", "synthetic", "bundled+10k"})
    public String vocabulary;

    private Vocabulary words;
    private String document;
    private Pattern alternation;

    @Setup(Level.Trial)
    public void build() {
        words = switch (vocabulary) {
            case "bundled" -> EvidenceBase.bundled().vocabulary();
            case "synthetic" -> SyntheticBases.of(0, 42).vocabulary();
            case "bundled+10k" -> SyntheticBases.bundledPlus(10_000, 42);
            default -> throw new IllegalArgumentException("no vocabulary " + vocabulary);
        };
        StringBuilder s = new StringBuilder(DOCUMENT_BYTES + 200);
        for (int i = 0; s.length() < DOCUMENT_BYTES; i++) {
            s.append(SENTENCES.get(i % SENTENCES.size()));
        }
        document = s.substring(0, DOCUMENT_BYTES);
        System.out.printf(
                "%n%d bytes, %d mentions%n",
                document.getBytes(StandardCharsets.UTF_8).length,
                words.tag(document).size());
        alternation = alternation(words);
        String sample = document.substring(0, SAMPLE_CHARS);
        Set<List<Integer>> tagged = new LinkedHashSet<>();
        words.tag(sample).forEach(m -> tagged.add(List.of(m.start(), m.end())));
        Set<List<Integer>> matched = new LinkedHashSet<>();
        for (Matcher m = alternation.matcher(sample); m.find(); ) {
            matched.add(List.of(m.start(), m.end()));
        }
        Set<List<Integer>> both = new LinkedHashSet<>(tagged);
        both.retainAll(matched);
        System.out.printf(
                "regex alternation of %d names; on the first %d chars: %d mention spans from the tagger, %d from the"
                        + " regex, %d the same%n",
                names(words).size(), SAMPLE_CHARS, tagged.size(), matched.size(), both.size());
        tagged.stream()
                .filter(m -> !both.contains(m))
                .limit(5)
                .forEach(m -> System.out.println("  tagger only: " + sample.substring(m.get(0), m.get(1))));
        matched.stream()
                .filter(m -> !both.contains(m))
                .limit(5)
                .forEach(m -> System.out.println("  regex only: " + sample.substring(m.get(0), m.get(1))));
    }

    private static List<String> names(Vocabulary words) {
        Set<String> names = new LinkedHashSet<>();
        words.concepts().forEach(c -> names.addAll(c.names()));
        List<String> sorted = new ArrayList<>(names);
        sorted.removeIf(n -> !n.codePoints().anyMatch(Character::isLetterOrDigit));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    /** One alternation of every name, with the tagger's rules for gaps, case and plurals. */
    static Pattern alternation(Vocabulary words) {
        StringJoiner alternatives = new StringJoiner("|", "(?<![\\p{L}\\p{Nd}])(?:", ")(?![\\p{L}\\p{Nd}])");
        for (String name : names(words)) {
            List<String> tokens = new ArrayList<>();
            for (Matcher t = TOKEN.matcher(name); t.find(); ) {
                tokens.add(Pattern.quote(t.group()));
            }
            String body = String.join(GAP, tokens);
            alternatives.add(isCaseSensitive(name) ? "(?-i:" + body + ")" : body + "s?");
        }
        return Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{Nd}]+");
    private static final String GAP = "[ \\-/+\u2010\u2011\u2013\u00a0]{1,3}";

    /** As the tagger decides (a copy of the evidence module's package-private rule): short, no lower case, such as "ALL". */
    private static boolean isCaseSensitive(String name) {
        int letters = 0;
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetterOrDigit(c)) {
                letters++;
                upper |= Character.isUpperCase(c);
            }
        }
        return upper && letters <= 6;
    }

    @Benchmark
    public List<Mention> tagOneMegabyte() {
        return words.tag(document);
    }

    @Benchmark
    public int regexOneMegabyte() {
        int count = 0;
        for (Matcher m = alternation.matcher(document); m.find(); ) {
            count++;
        }
        return count;
    }
}
