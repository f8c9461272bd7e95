package org.oncodex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.render.HtmlRenderer;
import org.oncodex.render.MarkdownRenderer;
import org.oncodex.render.OncodexJson;
import org.oncodex.render.PlainTextRenderer;
import org.oncodex.rules.Report;
import org.oncodex.rules.RuleSet;

/**
 * The README's first command. With no arguments: builds the answer to "What is immunotherapy and
 * does it work for liver cancer?" from the bundled evidence base, checks it with the standard rules,
 * and prints the Markdown and the report.
 *
 * <pre>
 * answer [--question immunotherapy|car-t|how-it-works] [--format markdown|html|text|json]
 * lint [--format text|json|sarif] FILE...     (see {@link Lint})
 * serve [--port N]                            (see {@link AnswerServer})
 * </pre>
 */
public final class Main {
    private Main() {}

    /** Runs the command; exits with the command's status when it is not 0. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command with its output on {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String command = rest.isEmpty() || rest.get(0).startsWith("--") ? "answer" : rest.remove(0);
        return switch (command) {
            case "answer" -> answer(rest, out, err);
            case "lint" -> Lint.run(rest, out, err);
            case "serve" -> AnswerServer.serve(rest, out, err);
            default -> {
                err.println("unknown command \"" + command + "\": use answer, lint or serve");
                yield 2;
            }
        };
    }

    private static int answer(List<String> args, PrintStream out, PrintStream err) throws JsonProcessingException {
        String question = option(args, "--question").orElse("immunotherapy");
        String format = option(args, "--format").orElse("markdown").toLowerCase(Locale.ROOT);
        Optional<PatientAnswers.Question> q = PatientAnswers.Question.named(question);
        if (q.isEmpty()) {
            err.println("unknown question \"" + question + "\": use immunotherapy, car-t or how-it-works");
            return 2;
        }
        EvidenceBase kb = EvidenceBase.bundled();
        Answer answer = new PatientAnswers(kb, LocalDate.now(ZoneOffset.UTC)).answer(q.get());
        String rendered = switch (format) {
            case "markdown", "md" -> new MarkdownRenderer().render(answer);
            case "html" -> new HtmlRenderer().render(answer);
            case "text", "txt" -> new PlainTextRenderer().render(answer);
            case "json" -> OncodexJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n";
            default -> null;
        };
        if (rendered == null) {
            err.println("unknown format \"" + format + "\": use markdown, html, text or json");
            return 2;
        }
        Report report = RuleSet.standard(kb).check(answer);
        out.print(rendered);
        out.println();
        out.println("---- content rules ----");
        out.print(report.toText());
        return report.passed() ? 0 : 1;
    }

    /** The value after {@code name} in {@code args}, removing both. */
    static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size()) {
            return Optional.empty();
        }
        String value = args.get(at + 1);
        args.remove(at + 1);
        args.remove(at);
        return Optional.of(value);
    }
}
