package org.oncodex.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.oncodex.answer.Answer;
import org.oncodex.disclaimers.DisclaimerCatalog;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.evidence.EvidenceFormatException;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.model.text.EffectStatements;
import org.oncodex.model.text.ReadingLevel;
import org.oncodex.render.HtmlRenderer;
import org.oncodex.render.MarkdownRenderer;
import org.oncodex.render.OncodexJson;
import org.oncodex.render.PlainTextRenderer;
import org.oncodex.rules.ContentRule;
import org.oncodex.rules.Finding;
import org.oncodex.rules.Report;
import org.oncodex.rules.Reports;
import org.oncodex.rules.RuleSet;
import org.oncodex.rules.Sentences;
import org.oncodex.rules.Severity;

/**
 * The untrusted-input entry points {@link ScalingAudit} times, and the inputs each takes. A text
 * shape becomes an {@link Inputs}: the text itself, the Markdown answer around it, and (built lazily,
 * outside the timing) that answer read, checked, written as JSON and saved as a file.
 */
final class ScalingEntries {
    /** What an entry point reads. */
    enum Takes {
        TEXT,
        KNOWLEDGE_BASE,
        RULE_SET
    }

    /** One timed call; returns the size of its output in characters, or -1 when it has none to weigh. */
    interface Work {
        long run(Inputs in) throws Exception;
    }

    /**
     * An entry point: {@code documented} are the exceptions its Javadoc lists (none for none);
     * {@code report} marks output that must stay within ten times the answer.
     */
    record Entry(String name, Takes takes, Work work, List<Class<? extends Throwable>> documented, boolean report) {
        boolean documents(Throwable t) {
            return documented.stream().anyMatch(c -> c.isInstance(t));
        }
    }

    static final String TOP = "# Is this treatment right for me?\n\n## What the studies show\n\n";

    private static final EvidenceBase KB = EvidenceBase.bundled();
    private static final RuleSet RULES = RuleSet.standard(KB);
    private static final DisclaimerCatalog CATALOG = DisclaimerCatalog.bundled();

    /**
     * The errors "Cures everyone." adds to an answer of plain words: a shape that holds the sentence
     * must raise one of them (or be rejected as unreadable).
     */
    static final Set<String> CLAIM_ERRORS = claimErrors();

    private static Set<String> claimErrors() {
        Set<String> raised = new HashSet<>(errors(RULES.check(MarkdownAnswers.read(TOP + "Cures everyone.\n", KB))));
        raised.removeAll(errors(RULES.check(MarkdownAnswers.read(TOP + "Plain words.\n", KB))));
        if (raised.isEmpty()) {
            throw new IllegalStateException("the standard rules no longer flag 'Cures everyone.'");
        }
        return Set.copyOf(raised);
    }

    /** The rule ids of a report's errors. */
    static Set<String> errors(Report report) {
        return report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    /** One shape at one size, and what is derived from it. */
    static final class Inputs implements AutoCloseable {
        final String text;
        final String markdown;
        private Answer answer;
        private Report report;
        private String json;
        private Path file;

        Inputs(String text, boolean asMarkdown) {
            this.text = text;
            this.markdown = asMarkdown ? TOP + text + "\n" : text;
        }

        Answer answer() {
            if (answer == null) {
                answer = MarkdownAnswers.read(markdown, KB);
            }
            return answer;
        }

        Report report() {
            if (report == null) {
                report = RULES.check(answer());
            }
            return report;
        }

        String json() throws JsonProcessingException {
            if (json == null) {
                json = OncodexJson.mapper().writeValueAsString(answer());
            }
            return json;
        }

        Path file() throws IOException {
            if (file == null) {
                file = Files.createTempFile("scaling-audit", ".md");
                file.toFile().deleteOnExit();
                Files.writeString(file, markdown);
            }
            return file;
        }

        @Override
        public void close() {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private ScalingEntries() {}

    static List<Entry> all(boolean perRule) {
        List<Entry> entries = new ArrayList<>();
        entries.add(text(
                "EffectStatements.parse",
                in -> EffectStatements.parse(in.text).estimates().size()));
        entries.add(text("ReadingLevel.fleschKincaidGrade", in -> (long) ReadingLevel.fleschKincaidGrade(in.text)));
        entries.add(text("ReadingLevel.fernandezHuertaEase", in -> (long) ReadingLevel.fernandezHuertaEase(in.text)));
        entries.add(text("Sentences.of", in -> Sentences.of(in.text).size()));
        entries.add(text(
                "DisclaimerCatalog.kindsStatedBy en",
                in -> CATALOG.kindsStatedBy(in.text, Locale.ENGLISH).size()));
        entries.add(text(
                "DisclaimerCatalog.kindsStatedBy es",
                in -> CATALOG.kindsStatedBy(in.text, Locale.forLanguageTag("es"))
                        .size()));
        entries.add(text("Vocabulary.tag", in -> KB.vocabulary().tag(in.text).size()));
        entries.add(text(
                "MarkdownAnswers.read",
                in -> MarkdownAnswers.read(in.markdown, KB).sections().size()));
        entries.add(new Entry(
                "OncodexJson answer read",
                Takes.TEXT,
                in -> {
                    String json = in.json();
                    return OncodexJson.mapper()
                            .readValue(json, Answer.class)
                            .sections()
                            .size();
                },
                List.of(JsonProcessingException.class),
                false));
        entries.add(
                text("RuleSet.check", in -> RULES.check(in.answer()).findings().size()));
        if (perRule) {
            for (ContentRule rule : RULES.rules()) {
                entries.add(
                        text("rule " + rule.id(), in -> rule.check(in.answer()).size()));
            }
        }
        entries.add(text(
                "HtmlRenderer", in -> new HtmlRenderer().render(in.answer()).length()));
        entries.add(text(
                "MarkdownRenderer",
                in -> new MarkdownRenderer().render(in.answer()).length()));
        entries.add(text(
                "PlainTextRenderer",
                in -> new PlainTextRenderer().render(in.answer()).length()));
        entries.add(report("Report.toText", in -> in.report().toText().length()));
        entries.add(report("Report.toJson", in -> in.report().toJson().length()));
        entries.add(report("Report.toSarif", in -> in.report().toSarif().length()));
        entries.add(report(
                "Report.toSarif(uri, source)",
                in -> in.report().toSarif("answer.md", in.markdown).length()));
        entries.add(report("Reports.toJson", in -> reports(in).toJson().length()));
        entries.add(report("Reports.toSarif", in -> reports(in).toSarif().length()));
        entries.add(report("lint --format sarif", in -> lint(in, "sarif")));
        entries.add(new Entry(
                "EvidenceBase.load",
                Takes.KNOWLEDGE_BASE,
                in -> EvidenceBase.load(new ByteArrayInputStream(in.text.getBytes(StandardCharsets.UTF_8)))
                        .results()
                        .size(),
                List.of(IOException.class, EvidenceFormatException.class),
                false));
        entries.add(new Entry(
                "RuleSet.fromJson",
                Takes.RULE_SET,
                in -> RuleSet.fromJson(in.text, KB).rules().size(),
                List.of(IllegalArgumentException.class),
                false));
        return entries;
    }

    private static Entry text(String name, Work work) {
        return new Entry(name, Takes.TEXT, work, List.of(), false);
    }

    private static Entry report(String name, Work work) {
        return new Entry(name, Takes.TEXT, work, List.of(), true);
    }

    private static Reports reports(Inputs in) {
        return Reports.builder().add("answer.md", in.report(), in.markdown).build();
    }

    /*
     * The lint command of the examples module, called in-process. Its run method is package-private
     * (Main is the public way in, and exits the JVM), hence the reflection. Exit 2 means the file
     * could not be used: for Markdown of any content that is a failure inside the reader or rules.
     */
    private static long lint(Inputs in, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            status = (int) LINT.invoke(
                    null, new ArrayList<>(List.of("--format", format, in.file().toString())), o, e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        if (status == 2) {
            throw new IllegalStateException("lint exit 2: " + err.toString(StandardCharsets.UTF_8));
        }
        return out.size();
    }

    private static final Method LINT = lintMethod();

    private static Method lintMethod() {
        try {
            Method run = Class.forName("org.oncodex.examples.Lint")
                    .getDeclaredMethod("run", List.class, PrintStream.class, PrintStream.class);
            run.setAccessible(true);
            return run;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the examples module's Lint is not on the class path", e);
        }
    }
}
