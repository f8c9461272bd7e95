package org.oncodex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerPolicy;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.CancerType;
import org.oncodex.render.HtmlRenderer;
import org.oncodex.render.MarkdownRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a service pays per answer: building a typical answer (three sections, a cited statistic,
 * six questions; the builder tags its text against the bundled evidence base and applies the
 * patient-facing policy), and rendering it as Markdown and as HTML.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AnswerRendering}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnswerRenderingBenchmark {
    private EvidenceBase kb = EvidenceBase.bundled();
    private CancerType liver = kb.vocabulary().cancerType("liver cancer").orElseThrow();
    private Answer answer = build();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlRenderer html = new HtmlRenderer();

    @Setup
    public void setUp() {
        kb = EvidenceBase.bundled();
        liver = kb.vocabulary().cancerType("liver cancer").orElseThrow();
        answer = build();
    }

    @Benchmark
    public Answer build() {
        return Answer.builder(DisclaimerPolicy.patientFacing())
                .question("What is immunotherapy and does it work for liver cancer?")
                .cancerType(liver)
                .aiGenerated("Benchmark AI")
                .evidence(kb)
                .section(
                        "What is immunotherapy?",
                        s -> s.paragraph(
                                        "Immunotherapy helps your own immune system find and attack cancer cells, unlike "
                                                + "chemotherapy, which attacks dividing cells directly.")
                                .cite(kb.citation("nccn-patients-liver-cancer-2026")
                                        .orElseThrow()))
                .section(
                        "How it works",
                        s -> s.bullets(
                                "Checkpoint inhibitors such as nivolumab release brakes on the immune system.",
                                "Cancer vaccines train the immune system.",
                                "CAR-T cell therapy changes your own T cells."))
                .section(
                        "Liver metastases",
                        s -> s.paragraph("Immunotherapy often works less well in the liver:")
                                .statistic(
                                        kb.result("pan-cancer-meta-analysis-os").orElseThrow()))
                .questionsToAsk(
                        "Am I a candidate for immunotherapy?",
                        "Which immunotherapy would you recommend, and why?",
                        "Would combining treatments help in my case?",
                        "Which tests show if I am likely to respond?",
                        "What side effects should I watch for?",
                        "Are there clinical trials I should consider?")
                .keyTakeaway("Immunotherapy is an option for many people with liver cancer.")
                .build();
    }

    @Benchmark
    public String renderMarkdown() {
        return markdown.render(answer);
    }

    @Benchmark
    public String renderHtml() {
        return html.render(answer);
    }
}
