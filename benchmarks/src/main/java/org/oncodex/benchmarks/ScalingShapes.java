package org.oncodex.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The input shapes of {@link ScalingAudit}: each builds a text of about {@code n} characters that
 * repeats one thing, so that the same shape at 100 KB and at 1 MB differ only in how often.
 *
 * <p>Text shapes go to every entry point: as they are to those that take plain text, as the body of
 * an answer's "What the studies show" section to those that take Markdown. Knowledge-base and rule-set
 * shapes are JSON documents for {@code EvidenceBase.load} and {@code RuleSet.fromJson}.
 */
final class ScalingShapes {
    /** A shape: its name and how it builds an input of about {@code n} characters. */
    record Shape(String name, IntFunction<String> build) {}

    /** A claim that several rules read: a drug, a statistic, an overpromise. */
    static final String CLAIM = "Pembrolizumab improved overall survival (HR 0.62, 95% CI 0.51-0.75; P<0.001) ";

    private static final String[] RUN_CHARACTERS = {
        " ", "\t", "\n", ",", ".", "0", "-", "(", ")", "[", "]", "{", "<", ">", "*", "_", "#", "|", "`", "~", "!", "&",
        "\\", "%", ":", ";", "/", "'", "\"", "=", "+", "·", "\u00a0", "–", "\u200b", "é", "\r"
    };

    private ScalingShapes() {}

    /** Shapes of text and Markdown. */
    static List<Shape> text() {
        List<Shape> shapes = new ArrayList<>();
        for (String c : RUN_CHARACTERS) {
            String label = "run of " + visible(c);
            shapes.add(new Shape(label, n -> c.repeat(n)));
            shapes.add(new Shape(label + " in a claim", n -> CLAIM + c.repeat(n) + " and cures everyone."));
        }
        shapes.add(new Shape("run of ' ,'", n -> " ,".repeat(n / 2)));
        shapes.add(new Shape("run of '. '", n -> ". ".repeat(n / 2)));
        shapes.add(new Shape("run of '- '", n -> "- ".repeat(n / 2)));
        shapes.add(new Shape("run of '1. '", n -> "1. ".repeat(n / 3)));

        // words and sentences
        shapes.add(new Shape("words, one sentence", n -> repeat("patients lived longer and ", n) + "more."));
        shapes.add(new Shape("sentences", n -> repeat("Patients lived longer. ", n)));
        shapes.add(new Shape("words then a run of spaces", n -> repeat("word ", 400) + " ".repeat(n)));
        shapes.add(new Shape("long word", n -> "a".repeat(n)));
        shapes.add(new Shape("hyphenated word", n -> repeat("CAR-T-", n) + "cell"));
        shapes.add(new Shape("dotted number", n -> repeat("0.5", n)));
        shapes.add(new Shape("apostrophes in a word", n -> repeat("it'", n) + "s"));

        // numbers and statistics
        shapes.add(new Shape("statistics, one sentence", n -> repeat("HR 0.5 (95% CI 0.4-0.6) ", n)));
        shapes.add(new Shape(
                "statistics in sentences",
                n -> repeat("Median OS was 12.1 vs 10.2 months (HR 0.62; 95% CI 0.51-0.75; P<0.001). ", n)));
        shapes.add(new Shape("percentages in a list", n -> repeat("67.2%, 54.6% and 28%, ", n)));
        shapes.add(new Shape("respectively", n -> repeat("12.1 and 10.2 months, respectively, ", n)));
        shapes.add(new Shape("numbers", n -> repeat("12 ", n)));
        shapes.add(new Shape("out of 100", n -> repeat("22 out of 100 people ", n)));
        shapes.add(new Shape("relative changes", n -> repeat("lowered the risk of death by 31% ", n)));
        shapes.add(new Shape("from X to Y", n -> repeat("from 10.2 to 12.1 months ", n)));
        shapes.add(new Shape("intervals", n -> repeat("(95% CI, 0.4 to 0.6) ", n)));

        // drugs and claims
        shapes.add(new Shape("drug names", n -> repeat("pembrolizumab ", n)));
        shapes.add(new Shape("drug combinations", n -> repeat("atezolizumab plus bevacizumab, ", n)));
        shapes.add(new Shape("drugs in one sentence", n -> repeat("pembrolizumab, sorafenib, ", n) + "is approved."));
        shapes.add(new Shape(
                "claims in sentences",
                n -> repeat("Pembrolizumab is approved for liver cancer and cures everyone. ", n)));
        shapes.add(new Shape("claims with statistics", n -> repeat(CLAIM + "and cures everyone. ", n)));
        shapes.add(new Shape("drug with arms", n -> repeat("8.0 months with placebo and 10.7 with sorafenib; ", n)));
        shapes.add(new Shape("trial names", n -> repeat("CheckMate 649 and IMbrave150, ", n)));

        // nesting
        shapes.add(new Shape("nested quotes", n -> "> ".repeat(n / 2) + "Cures everyone."));
        shapes.add(new Shape("nested lists, one line", n -> "- ".repeat(n / 2) + "Cures everyone."));
        shapes.add(new Shape("nested ordered lists, one line", n -> "1. ".repeat(n / 3) + "Cures everyone."));
        shapes.add(new Shape("nested lists, indented", ScalingShapes::indentedLists));
        shapes.add(new Shape("nested quotes and lists", n -> "> - ".repeat(n / 4) + "Cures everyone."));
        shapes.add(new Shape("nested emphasis", n -> "*".repeat(n / 2) + "x" + "*".repeat(n / 2)));
        shapes.add(new Shape("nested strong and emphasis", n -> "**_".repeat(n / 6) + "x" + "_**".repeat(n / 6)));
        shapes.add(new Shape("nested links", n -> "[".repeat(n / 5) + "x" + "](u)".repeat(n / 5)));
        shapes.add(new Shape("nested images", n -> "![".repeat(n / 6) + "x" + "](u)".repeat(n / 6)));
        shapes.add(new Shape("nested brackets", n -> "(".repeat(n / 2) + "x" + ")".repeat(n / 2)));
        shapes.add(new Shape("nested square brackets", n -> "[".repeat(n / 2) + "x" + "]".repeat(n / 2)));
        shapes.add(new Shape("nested braces", n -> "{".repeat(n / 2) + "x" + "}".repeat(n / 2)));
        shapes.add(new Shape("nested html", n -> "<div>".repeat(n / 11) + "Cures everyone." + "</div>".repeat(n / 11)));
        shapes.add(new Shape("nested inline html", n -> "x <b>".repeat(n / 9) + "x" + "</b>".repeat(n / 9)));
        shapes.add(new Shape(
                "nested details",
                n -> "<details><summary>More</summary>\n\n".repeat(n / 60) + "Cures everyone.\n\n"
                        + "</details>\n".repeat(n / 60)));

        // tables
        shapes.add(new Shape("table columns", ScalingShapes::tableColumns));
        shapes.add(new Shape(
                "table rows",
                n -> "| Arm | Median OS |\n|---|---|\n"
                        + repeat("| Pembrolizumab | 12.1 months (HR 0.62, 95% CI 0.51-0.75) |\n", n)));
        shapes.add(new Shape("table pipes in a cell", n -> "| a | b |\n|---|---|\n| " + "\\|".repeat(n / 2) + " |\n"));

        // structure
        shapes.add(new Shape("headings", n -> repeat("## Heading\n\nSome text.\n\n", n)));
        shapes.add(new Shape("title headings", n -> repeat("# Title\n", n)));
        shapes.add(new Shape("setext headings", n -> repeat("Heading\n---\n\n", n)));
        shapes.add(new Shape("thematic breaks", n -> repeat("Text.\n\n---\n\n", n)));
        shapes.add(new Shape("bold lines", n -> repeat("**Sources**\n\n", n)));
        shapes.add(new Shape("references in the body", ScalingShapes::references));
        shapes.add(new Shape("many sources", ScalingShapes::sources));
        shapes.add(new Shape(
                "sources with a run of spaces", n -> "Text.\n\n## Sources\n\n- A title" + " ".repeat(n) + "x\n"));
        shapes.add(new Shape(
                "sources with a run of commas", n -> "Text.\n\n## Sources\n\n- A title" + ",".repeat(n) + "x\n"));
        shapes.add(new Shape("questions", n -> "Text.\n\n## Questions to ask\n\n" + repeat("- Is it for me?\n", n)));
        shapes.add(new Shape(
                "questions with notes",
                n -> "Text.\n\n## Questions to ask\n\n"
                        + repeat("- Is it for me? Ask your doctor about side effects.\n", n)));
        shapes.add(new Shape(
                "question with a run of spaces",
                n -> "Text.\n\n## Questions to ask\n\n- Is it" + " ".repeat(n) + "for me?\n"));
        shapes.add(new Shape("bylines", n -> repeat("Navis AI · 2026-05-18\n\n", n)));
        shapes.add(new Shape(
                "byline with a long cancer type",
                n -> repeat("liver ", n) + "cancer · May 18, 2026 · Generated by AI"));
        shapes.add(new Shape("byline separators", n -> repeat("Navis AI · ", n) + "2026-05-18"));
        shapes.add(new Shape("disclaimers", n -> repeat("This is general information. Talk to your care team. ", n)));

        // blocks a renderer shows
        shapes.add(new Shape("fenced code blocks", n -> repeat("```\nCures everyone.\n```\n\n", n)));
        shapes.add(new Shape("indented code", n -> "Text.\n\n" + repeat("    Cures everyone.\n", n)));
        shapes.add(new Shape("html blocks", n -> repeat("<div>Cures everyone.</div>\n\n", n)));
        shapes.add(new Shape("inline html", n -> repeat("<b>Cures</b> everyone ", n)));
        shapes.add(new Shape("html attributes", n -> "<div " + repeat("a=\"b\" ", n) + ">Cures everyone.</div>"));
        shapes.add(new Shape("footnotes", n -> repeat("Cures everyone[^1].\n\n[^1]: Cures everyone.\n\n", n)));
        shapes.add(new Shape("link reference definitions", n -> repeat("[a]: http://x.org\n", n) + "\n[a]"));
        shapes.add(new Shape("entities", n -> repeat("&amp;", n)));
        shapes.add(new Shape("numeric entities", n -> repeat("&#x41;", n)));
        shapes.add(new Shape("autolinks", n -> repeat("<http://x.org> ", n)));
        shapes.add(new Shape("images", n -> repeat("![Cures everyone](x.png) ", n)));
        shapes.add(new Shape("html comments", n -> repeat("<!-- x --> ", n)));

        // unclosed
        shapes.add(new Shape("unclosed fence", n -> "```\n" + repeat("Cures everyone.\n", n)));
        shapes.add(new Shape("unclosed html block", n -> "<div>\n" + repeat("Cures everyone. ", n)));
        shapes.add(new Shape("unclosed comment", n -> "<!--" + repeat("Cures everyone. ", n)));
        shapes.add(new Shape("unclosed links", n -> repeat("[Cures everyone ", n)));
        shapes.add(new Shape("unclosed link targets", n -> repeat("[x](", n)));
        shapes.add(new Shape("unclosed emphasis", n -> repeat("**Cures everyone ", n)));
        shapes.add(new Shape("unclosed code spans", n -> repeat("`a ", n)));
        shapes.add(new Shape("unclosed tags", n -> repeat("<a ", n)));
        shapes.add(new Shape("unclosed details", n -> repeat("<details>\n\nCures everyone.\n\n", n)));
        shapes.add(new Shape("unclosed brackets", n -> repeat("(HR 0.5 ", n)));

        shapes.add(new Shape("mixed", ScalingShapes::mixed));
        return shapes;
    }

    /** Knowledge bases for {@code EvidenceBase.load}: the bundled base grown in one way. */
    static List<Shape> knowledgeBases(String bundled) {
        List<Shape> shapes = new ArrayList<>();
        String citation =
                "{\"id\": \"c%d\", \"title\": \"A title\", \"publisher\": \"A publisher\", \"date\": \"2024-05-15\","
                        + " \"sourceType\": \"GOVERNMENT_INFORMATION\", \"retrieved\": \"2026-11-30\"},\n";
        shapes.add(new Shape("citations", n -> withCitations(bundled, citation, n)));
        shapes.add(
                new Shape("citations that break the schema", n -> withCitations(bundled, "{\"id\": \"c%d\"},\n", n)));
        shapes.add(new Shape(
                "citations with long titles",
                n -> withCitations(
                        bundled,
                        "{\"id\": \"c%d\", \"title\": \"" + "word ".repeat(10_000) + "\", \"publisher\": \"P\","
                                + " \"sourceType\": \"GOVERNMENT_INFORMATION\"},\n",
                        n)));
        shapes.add(new Shape(
                "hyphenated ids",
                n -> withCitations(
                        bundled,
                        "{\"id\": \"c%d" + "-a".repeat(5_000) + "\", \"title\": \"T\", \"publisher\": \"P\","
                                + " \"sourceType\": \"GOVERNMENT_INFORMATION\"},\n",
                        n)));
        shapes.add(new Shape("white space", n -> " ".repeat(n) + bundled));
        shapes.add(new Shape("deep arrays", n -> "[".repeat(n / 2) + "]".repeat(n / 2)));
        shapes.add(new Shape("many keys", n -> "{" + repeatNumbered("\"k%d\": 1, ", n) + "\"z\": 1}"));
        shapes.add(new Shape("long number", n -> "{\"results\": [{\"endpoint\": 1" + "0".repeat(n) + "}]}"));
        return shapes;
    }

    /** Rule-set configurations for {@code RuleSet.fromJson}. */
    static List<Shape> ruleSets() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape(
                "unknown rule ids", n -> "{\"rules\": {" + repeatNumbered("\"R%d\": {}, ", n) + "\"x\": {}}}"));
        shapes.add(new Shape(
                "repeated known rules",
                n -> "{\"rules\": {" + repeat("\"ONC-READABILITY\": {\"severity\": \"INFO\"}, ", n) + "\"x\": {}}}"));
        shapes.add(new Shape(
                "unknown settings",
                n -> "{\"rules\": {\"ONC-READABILITY\": {" + repeatNumbered("\"k%d\": 1, ", n) + "\"x\": 1}}}"));
        shapes.add(new Shape("unknown top-level keys", n -> "{" + repeatNumbered("\"k%d\": 1, ", n) + "\"x\": 1}"));
        shapes.add(new Shape("long policy", n -> "{\"policy\": \"" + "a".repeat(n) + "\"}"));
        shapes.add(new Shape("white space", n -> "{" + " ".repeat(n) + "}"));
        shapes.add(new Shape("deep nesting", n -> "{\"rules\": " + "[".repeat(n / 2) + "]".repeat(n / 2) + "}"));
        return shapes;
    }

    /** {@code unit} repeated to about {@code n} characters. */
    static String repeat(String unit, int n) {
        return unit.repeat(Math.max(1, n / unit.length()));
    }

    private static String repeatNumbered(String unit, int n) {
        StringBuilder s = new StringBuilder(n + 64);
        for (int i = 0; s.length() < n; i++) {
            s.append(String.format(java.util.Locale.ROOT, unit, i));
        }
        return s.toString();
    }

    private static String withCitations(String bundled, String unit, int n) {
        int at = bundled.indexOf("\"citations\": [") + "\"citations\": [".length();
        return bundled.substring(0, at) + "\n" + repeatNumbered(unit, n) + bundled.substring(at);
    }

    private static String indentedLists(int n) {
        StringBuilder s = new StringBuilder(n + 64);
        for (int depth = 0; s.length() < n; depth++) {
            s.append("  ".repeat(depth)).append("- Cures everyone.\n");
        }
        return s.toString();
    }

    private static String tableColumns(int n) {
        int columns = Math.max(1, n / 12);
        return "| a ".repeat(columns) + "|\n" + "|---".repeat(columns) + "|\n" + "| 1 ".repeat(columns) + "|\n";
    }

    private static String references(int n) {
        return repeat("Survival improved [1]. ", n) + "\n\n## Sources\n\n1. A title. J Clin Oncol. 2020.\n";
    }

    private static String sources(int n) {
        StringBuilder body = new StringBuilder("Survival improved");
        StringBuilder list = new StringBuilder("\n\n## Sources\n\n");
        for (int i = 1; body.length() + list.length() < n; i++) {
            body.append(" [").append(i).append(']');
            list.append(i)
                    .append(". Title ")
                    .append(i)
                    .append(". J Clin Oncol. 2020. doi:10.1000/x")
                    .append(i)
                    .append('\n');
        }
        return body.append('.').append(list).toString();
    }

    private static String mixed(int n) {
        String[] tokens = {
            "Pembrolizumab ",
            "HR 0.62 ",
            "(95% CI 0.5-0.8) ",
            "cures everyone. ",
            "\n\n",
            "- ",
            "> ",
            "**",
            "_",
            "`",
            "[1] ",
            "<div>",
            "</div>",
            "| a |",
            "\n# ",
            "   ",
            ",,",
            "...",
            "((",
            "))",
            "is approved ",
            "12.1 months ",
            "vs ",
            "placebo ",
            "<details>",
            "&amp;",
            "![x](y) ",
            "[^1]",
            "\n    code\n",
            "```\n",
            "·",
            "sorafenib, "
        };
        Random random = new Random(16);
        StringBuilder s = new StringBuilder(n + 64);
        while (s.length() < n) {
            s.append(tokens[random.nextInt(tokens.length)]);
        }
        return s.toString();
    }

    private static String visible(String c) {
        return switch (c) {
            case " " -> "' '";
            case "\t" -> "tabs";
            case "\n" -> "newlines";
            case "\r" -> "carriage returns";
            case "\u00a0" -> "no-break spaces";
            case "\u200b" -> "zero-width spaces";
            default -> "'" + c + "'";
        };
    }
}
