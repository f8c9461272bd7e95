package org.oncodex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncodex.answer.Answer;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.lint.MarkdownAnswers;
import org.oncodex.render.OncodexJson;
import org.oncodex.rules.Report;
import org.oncodex.rules.Reports;
import org.oncodex.rules.RuleSet;

/**
 * Checks answer files against the standard rules, for content teams' CI: Markdown ({@code .md}) or
 * JSON ({@code .json}, as {@code OncodexJson} writes answers). Prints one report per file as text;
 * as JSON, one array with an object per file ({@link Reports#toJson()}); as SARIF 2.1.0, one log
 * with each file an artifact ({@link Reports#toSarif()}).
 *
 * <p>Exit status: 0 when no file has an error, 1 when one has, 2 when a file cannot be used
 * (missing, unreadable, larger than {@code --max-bytes}, not UTF-8, not an answer, or failing inside
 * the rules) or the arguments are wrong. A file that cannot be used does not stop the others: each
 * is reported (as text, its problem goes to standard error).
 *
 * <pre>
 * lint [--format text|json|sarif] [--max-bytes N] FILE...
 * </pre>
 *
 * <p>{@code --max-bytes} bounds each file's size, 16 MiB ({@value #DEFAULT_MAX_BYTES} bytes) unless
 * given; a larger file is not read.
 */
public final class Lint {
    /** The default of {@code --max-bytes}: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    // a Java string holds at most about this many characters, and a file is read whole
    private static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 16;

    private static final String USAGE = "usage: lint [--format text|json|sarif] [--max-bytes N] FILE...";

    private Lint() {}

    /** Runs the command; returns the exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        String format = Main.option(args, "--format").orElse("text").toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif").contains(format)) {
            err.println("unknown format \"" + format + "\": use text, json or sarif");
            return 2;
        }
        Optional<String> maxOption = Main.option(args, "--max-bytes");
        long maxBytes = DEFAULT_MAX_BYTES;
        if (maxOption.isPresent()) {
            try {
                maxBytes = Long.parseLong(maxOption.get().trim());
            } catch (NumberFormatException e) {
                maxBytes = -1;
            }
            if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
                err.println("--max-bytes must be a whole number of bytes from 1 to " + LARGEST_MAX_BYTES + ": "
                        + maxOption.get());
                return 2;
            }
        }
        for (String arg : args) {
            if (arg.startsWith("--")) {
                err.println("unknown option, or an option without its value: " + arg);
                err.println(USAGE);
                return 2;
            }
        }
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        EvidenceBase kb = EvidenceBase.bundled();
        RuleSet rules = RuleSet.standard(kb);
        Reports.Builder reports = Reports.builder();
        boolean failed = false;
        boolean unusable = false;
        for (String name : args) {
            String source;
            Report report;
            try {
                source = read(name, maxBytes);
                report = check(rules, answer(name, source, kb));
            } catch (Unusable e) {
                unusable = true;
                err.println(name + ": cannot be read as an answer: " + e.getMessage());
                reports.unreadable(name, e.getMessage());
                continue;
            }
            failed |= !report.passed();
            if (format.equals("text")) {
                out.println("== " + name);
                out.print(report.toText());
            }
            reports.add(name, report, source);
        }
        switch (format) {
            case "json" -> out.print(reports.build().toJson());
            case "sarif" -> out.print(reports.build().toSarif());
            default -> {}
        }
        return unusable ? 2 : failed ? 1 : 0;
    }

    /*
     * The file's text, strictly UTF-8. Its size is checked before it is read, and the read stops
     * past the limit anyway: a file may grow meanwhile, or be a device or pipe whose size says 0.
     */
    private static String read(String name, long maxBytes) throws Unusable {
        try {
            Path file = Path.of(name);
            if (Files.isDirectory(file)) {
                throw new Unusable("is a directory");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(Long.toString(size), maxBytes);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                throw tooLarge("more than " + maxBytes, maxBytes);
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (InvalidPathException e) {
            throw new Unusable("is not a valid path: " + e.getReason());
        } catch (NoSuchFileException e) {
            throw new Unusable("no such file");
        } catch (AccessDeniedException e) {
            throw new Unusable("permission denied");
        } catch (CharacterCodingException e) {
            throw new Unusable("is not UTF-8 text");
        } catch (IOException e) {
            throw new Unusable("cannot be read: " + e);
        }
    }

    private static Unusable tooLarge(String size, long maxBytes) {
        return new Unusable(
                "is " + size + " bytes, larger than the limit of " + maxBytes + " bytes (raise it with --max-bytes)");
    }

    /*
     * Markdown unless the name ends in .json. A JSON answer must be an object: `null` would read as
     * no answer at all. Whatever the reader (or, below, the rules) throws makes the file unusable
     * (exit 2), not an answer with errors (exit 1), and does not stop the other files; that includes
     * a StackOverflowError from deeply nested input, which the reader and rules are meant to reject
     * before recursing.
     */
    private static Answer answer(String name, String source, EvidenceBase kb) throws Unusable {
        try {
            if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return MarkdownAnswers.read(source, kb);
            }
            JsonNode tree = OncodexJson.mapper().readTree(source);
            if (!tree.isObject()) {
                throw new Unusable(
                        "expected a JSON object (an answer as OncodexJson writes it), found " + describe(tree));
            }
            return OncodexJson.mapper().treeToValue(tree, Answer.class);
        } catch (JsonProcessingException e) {
            throw new Unusable("invalid JSON answer: " + e.getOriginalMessage()
                    + Optional.ofNullable(e.getLocation())
                            .map(l -> " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")")
                            .orElse(""));
        } catch (RuntimeException | StackOverflowError e) {
            throw new Unusable("the reader failed on it: " + e);
        }
    }

    private static Report check(RuleSet rules, Answer answer) throws Unusable {
        try {
            return rules.check(answer);
        } catch (RuntimeException | StackOverflowError e) {
            throw new Unusable("the rules failed on it: " + e);
        }
    }

    private static String describe(JsonNode tree) {
        if (tree.isMissingNode()) {
            return "nothing";
        }
        return switch (tree.getNodeType()) {
            case NULL -> "null";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> tree.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /** Why a file cannot be used; the message completes "NAME: cannot be read as an answer: ". */
    private static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String why) {
            super(why);
        }

        @Override
        public String getMessage() {
            return String.valueOf(super.getMessage());
        }
    }
}
