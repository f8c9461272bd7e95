package org.oncodex.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * patient-question prose that names a concept every few words, with the bundled vocabulary and with
 * the 800-concept synthetic one. MB/s = 1 / (seconds per call), as the document is 1 MB.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Tagging -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TaggingBenchmark {
    static final int DOCUMENT_BYTES = 1_000_000;
    static final List<String> SENTENCES = List.of(
            "Is Kymriah better than sorafenib for HCC, or should I ask about clinical trials first? ",
            "My doctor mentioned atezolizumab with bevacizumab and radiofrequency ablation for liver cancer. ",
            "What does a hazard ratio of 0.62 mean for non-small-cell lung cancer with liver metastases? ",
            "Nearly all of the people in the study had stereotactic body radiation therapy (SBRT) and chemo. ",
            "Can CAR-T cell therapy or checkpoint inhibitors help melanoma that spread to the liver? ",
            "We talked about surveillance, partial hepatectomy and a liver transplant at the visit today. ");

    @Param({"bundled", "synthetic"})
    public String vocabulary;

    private Vocabulary words;
    private String document;

    @Setup(Level.Trial)
    public void build() {
        words = vocabulary.equals("bundled")
                ? EvidenceBase.bundled().vocabulary()
                : SyntheticBases.of(0, 42).vocabulary();
        StringBuilder s = new StringBuilder(DOCUMENT_BYTES + 200);
        for (int i = 0; s.length() < DOCUMENT_BYTES; i++) {
            s.append(SENTENCES.get(i % SENTENCES.size()));
        }
        document = s.substring(0, DOCUMENT_BYTES);
        System.out.printf(
                "%n%d bytes, %d mentions%n",
                document.getBytes(StandardCharsets.UTF_8).length,
                words.tag(document).size());
    }

    @Benchmark
    public List<Mention> tagOneMegabyte() {
        return words.tag(document);
    }
}
