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
 * The README's first command. With no arguments: builds the answers to "What is immunotherapy and
 * does it work for liver cancer?" and "Is Keytruda (pembrolizumab) approved for liver cancer?" from the bundled
 * evidence base, checks each with the standard rules, and prints the Markdown and the reports.
 *
 * <pre>
 * answer [--question immunotherapy|keytruda|car-t|how-it-works] [--format markdown|html|text|json]
 * lint [--format text|json|sarif] [--max-bytes N] FILE...   (see {@link Lint})
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
        Optional<String> named = option(args, "--question");
        String format = option(args, "--format").orElse("markdown").toLowerCase(Locale.ROOT);
        List<PatientAnswers.Question> questions;
        if (named.isPresent()) {
            Optional<PatientAnswers.Question> q = PatientAnswers.Question.named(named.get());
            if (q.isEmpty()) {
                err.println(
                        "unknown question \"" + named.get() + "\": use immunotherapy, keytruda, car-t or how-it-works");
                return 2;
            }
            questions = List.of(q.get());
        } else {
            // the two questions of the README's main example
            questions = List.of(PatientAnswers.Question.IMMUNOTHERAPY, PatientAnswers.Question.KEYTRUDA);
        }
        if (!List.of("markdown", "md", "html", "text", "txt", "json").contains(format)) {
            err.println("unknown format \"" + format + "\": use markdown, html, text or json");
            return 2;
        }
        EvidenceBase kb = EvidenceBase.bundled();
        PatientAnswers answers = new PatientAnswers(kb, LocalDate.now(ZoneOffset.UTC));
        RuleSet rules = RuleSet.standard(kb);
        int status = 0;
        for (PatientAnswers.Question question : questions) {
            Answer answer = answers.answer(question);
            String rendered = switch (format) {
                case "html" -> new HtmlRenderer().render(answer);
                case "text", "txt" -> new PlainTextRenderer().render(answer);
                case "json" ->
                    OncodexJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n";
                default -> new MarkdownRenderer().render(answer);
            };
            Report report = rules.check(answer);
            out.print(rendered);
            out.println();
            out.println("---- content rules ----");
            out.print(report.toText());
            if (!report.passed()) {
                status = 1;
            }
        }
        return status;
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
