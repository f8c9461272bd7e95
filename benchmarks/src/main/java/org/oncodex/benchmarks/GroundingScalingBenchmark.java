package org.oncodex.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.model.evidence.TrialResult;
import org.oncodex.model.stats.HazardRatio;
import org.oncodex.model.stats.MedianTime;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;
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
 * Whether the standard check of a typical answer, grounding included, costs the same however large
 * the evidence base is (issue 12): {@code RuleSet.standard(kb).check(answer)} on the bundled base
 * with the CAR-T answer of {@link RuleCheckBenchmark}, and on synthetic bases of 1,000, 10,000 and
 * 100,000 results with an answer that cites two of their sources and states four of their numbers
 * (the same text at every size: the first thousand results are the same in each base).
 *
 * <p>{@code checkWithUncitedNumber} adds one sentence whose hazard ratio is in the base but not in
 * the answer's sources, so that grounding also looks the value up across the whole base to name the
 * result it belongs to (on the bundled base, a made-up number that no result has).
 *
 * <p>The set-up times the first check, which builds core's grounding index for the base
 * ({@code ResultsByValue}) and the trial names the attribution rule looks words up in.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GroundingScaling -f 1 -wi 3 -i 5 -w 2 -r 2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class GroundingScalingBenchmark {
    /** The sources the synthetic answer cites, among the first thousand results' sources. */
    static final int FIRST_SOURCE = 3;

    static final int SECOND_SOURCE = 41;

    /** The source of the uncited number: its results are in every synthetic base, uncited by the answer. */
    static final int UNCITED_SOURCE = 77;

    @Param({"bundled", "1000", "10000", "100000", "1000000"})
    public String base;

    private RuleSet rules;
    private Answer answer;
    private Answer withUncitedNumber;

    @Setup(Level.Trial)
    public void build() {
        EvidenceBase kb =
                base.equals("bundled") ? EvidenceBase.bundled() : SyntheticBases.of(Integer.parseInt(base), 42);
        String markdown;
        String uncited;
        if (base.equals("bundled")) {
            markdown = RuleCheckBenchmark.ANSWER;
            uncited =
                    "Immunotherapies work less well when cancer has spread to the liver (OS: HR = 1.82, 95%CI: 1.59-2.08).";
        } else {
            markdown = answer(kb);
            uncited = hazardRatioSentence(firstHazardRatio(kb, UNCITED_SOURCE), "");
        }
        rules = RuleSet.standard(kb);
        answer = MarkdownAnswers.read(markdown, kb);
        String stray = markdown.replace("## Questions to ask", uncited + "\n\n## Questions to ask");
        withUncitedNumber = MarkdownAnswers.read(stray, kb);
        long start = System.nanoTime();
        Report report = rules.check(answer);
        long firstCheck = System.nanoTime() - start;
        Report strayReport = rules.check(withUncitedNumber);
        System.out.printf(
                "%n%s%n%s%nfirst check (builds the grounding index): %d ms%nfindings: %s%nwith the uncited number: %s%n",
                kb, markdown, firstCheck / 1_000_000, report.counts(), strayReport.counts());
        report.findings().forEach(f -> System.out.println("  " + f));
        strayReport.findings().stream()
                .filter(f -> !report.findings().contains(f))
                .forEach(f -> System.out.println("  + " + f));
    }

    @Benchmark
    public Report check() {
        return rules.check(answer);
    }

    @Benchmark
    public Report checkWithUncitedNumber() {
        return rules.check(withUncitedNumber);
    }

    /** A patient-facing answer in the accepted shape that cites two synthetic sources. */
    static String answer(EvidenceBase kb) {
        TrialResult first = firstHazardRatio(kb, FIRST_SOURCE);
        TrialResult second = firstHazardRatio(kb, SECOND_SOURCE);
        List<String> facts = new ArrayList<>();
        facts.add(hazardRatioSentence(first, "[^1]"));
        firstMedian(kb, FIRST_SOURCE).ifPresent(m -> facts.add(medianSentence(m, "[^1]")));
        facts.add(hazardRatioSentence(second, "[^2]"));
        firstMedian(kb, SECOND_SOURCE).ifPresent(m -> facts.add(medianSentence(m, "[^2]")));
        return """
                # What did the trials of syntheticumab find?

                *Synthetic Cancer · 2026-05-18 · Generated by AI (Navis AI)*

                <!-- oncodex:disclaimer informational-only -->
                For informational purposes only

                <!-- oncodex:disclaimer ai-generated not-medical-advice -->
                This answer was generated by AI. It is not medical advice.

                ## What the first trial found

                %s

                ## What the second trial found

                %s

                <!-- oncodex:disclaimer clinical-trials -->
                A clinical trial is a research study that tests new treatments.

                ## Questions to ask your care team

                1. Is either of these treatments right for me?
                2. What side effects should I watch for?
                3. Are there clinical trials I could join?

                ## Sources

                [^1]: Synthetic trial report %d. doi:10.99999/synthetic.%d
                [^2]: Synthetic trial report %d. doi:10.99999/synthetic.%d

                ---

                <!-- oncodex:disclaimer consult-care-team -->
                Always consult your healthcare team.

                <!-- oncodex:disclaimer general-information -->
                This is general information.
                """.formatted(
                        String.join(" ", facts.subList(0, facts.size() / 2)),
                        String.join(" ", facts.subList(facts.size() / 2, facts.size())),
                        FIRST_SOURCE,
                        FIRST_SOURCE,
                        SECOND_SOURCE,
                        SECOND_SOURCE);
    }

    private static List<TrialResult> cited(EvidenceBase kb, int source) {
        int from = source * SyntheticBases.RESULTS_PER_SOURCE;
        return kb.results().subList(from, from + SyntheticBases.RESULTS_PER_SOURCE);
    }

    private static TrialResult firstHazardRatio(EvidenceBase kb, int source) {
        return cited(kb, source).stream()
                .filter(r -> r.estimate() instanceof HazardRatio)
                .filter(r -> r.comparison().interventionIds().get(0).startsWith("drug-"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no drug hazard ratio in source " + source));
    }

    private static java.util.Optional<TrialResult> firstMedian(EvidenceBase kb, int source) {
        return cited(kb, source).stream()
                .filter(r -> r.estimate() instanceof MedianTime m && m.value().isPresent())
                .filter(r -> r.comparison().interventionIds().get(0).startsWith("drug-"))
                .findFirst();
    }

    private static String hazardRatioSentence(TrialResult r, String note) {
        HazardRatio hr = (HazardRatio) r.estimate();
        return String.format(
                Locale.ROOT,
                "In the %s trial of %s for %s (%s), the hazard ratio for %s was %.2f (95%% CI %.2f to %.2f).%s",
                r.study().name(),
                treatment(r),
                cancer(r),
                r.population().subgroup().orElse("everyone"),
                r.endpoint().label(),
                hr.value(),
                hr.ci().orElseThrow().lower(),
                hr.ci().orElseThrow().upper(),
                note);
    }

    private static String medianSentence(TrialResult r, String note) {
        MedianTime m = (MedianTime) r.estimate();
        return String.format(
                Locale.ROOT,
                "In the %s trial, people with %s (%s) who took %s had a median %s of %.1f months.%s",
                r.study().name(),
                cancer(r),
                r.population().subgroup().orElse("everyone"),
                treatment(r),
                r.endpoint().label(),
                m.value().orElseThrow(),
                note);
    }

    private static String treatment(TrialResult r) {
        return "syntheticumab " + r.comparison().interventionIds().get(0).substring("drug-".length());
    }

    private static String cancer(TrialResult r) {
        return "synthetic cancer " + r.population().cancerTypeIds().get(0).substring("cancer-".length());
    }
}
