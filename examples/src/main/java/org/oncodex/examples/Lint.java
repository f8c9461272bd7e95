package org.oncodex.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.render.OncodexJson;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;

/**
 * Checks answer files against the standard rules, for content teams' CI: Markdown ({@code .md}) or
 * JSON ({@code .json}, as {@code OncodexJson} writes answers). Prints one report per file as text,
 * JSON or SARIF 2.1.0.
 *
 * <p>Exit status: 0 when no file has an error, 1 when one has, 2 when a file cannot be used (missing,
 * unreadable, not an answer) or the arguments are wrong.
 *
 * <pre>
 * lint [--format text|json|sarif] FILE...
 * </pre>
 */
public final class Lint {
    private Lint() {}

    /** Runs the command; returns the exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        String format = Main.option(args, "--format").orElse("text").toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif").contains(format)) {
            err.println("unknown format \"" + format + "\": use text, json or sarif");
            return 2;
        }
        if (args.isEmpty()) {
            err.println("usage: lint [--format text|json|sarif] FILE...");
            return 2;
        }
        EvidenceBase kb = EvidenceBase.bundled();
        RuleSet rules = RuleSet.standard(kb);
        int status = 0;
        for (String name : args) {
            Path file = Path.of(name);
            String source;
            Answer answer;
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
                answer = name.toLowerCase(Locale.ROOT).endsWith(".json")
                        ? OncodexJson.mapper().readValue(source, Answer.class)
                        : MarkdownAnswers.read(source, kb);
            } catch (IOException | RuntimeException e) {
                err.println(name + ": cannot be read as an answer: " + e.getMessage());
                status = 2;
                continue;
            }
            Report report = rules.check(answer);
            switch (format) {
                case "json" -> out.print(report.toJson());
                case "sarif" -> out.print(report.toSarif(file.toString().replace('\\', '/'), source));
                default -> {
                    out.println("== " + name);
                    out.print(report.toText());
                }
            }
            if (!report.passed() && status == 0) {
                status = 1;
            }
        }
        return status;
    }
}
