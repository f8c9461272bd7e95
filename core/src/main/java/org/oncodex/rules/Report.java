package org.oncodex.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.oncodex.render.OncodexJson;

/**
 * The result of checking an answer: its findings in document order, their counts per severity,
 * and whether it passed (no errors). Writes itself as text for people, JSON for programs, and SARIF
 * 2.1.0 for CI systems that show findings inline.
 */
public final class Report {
    private static final List<Location.Part> PART_ORDER = List.of(Location.Part.values());
    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator.<Finding>comparingInt(
                    f -> PART_ORDER.indexOf(f.location().part()))
            .thenComparingInt(f -> orMinus(f.location().sectionIndex()))
            .thenComparingInt(f -> orMinus(f.location().blockIndex()))
            .thenComparingInt(f -> orMinus(f.location().itemIndex()))
            .thenComparingInt(f -> orMinus(f.location().start()));

    /**
     * The most findings of one rule that the text, JSON and SARIF forms show, the first in document
     * order; each form says how many more each rule has. {@link #findings()} and the counts hold them
     * all. Without a cap, an answer that repeats a short claim gets a report many times its own size
     * (a few hundred characters per finding of a few characters of text).
     */
    public static final int MAX_SHOWN_PER_RULE = 50;

    private final List<Finding> findings;
    private final List<ContentRule> rules;
    private final List<Finding> shown;
    private final Map<String, Integer> notShown;

    Report(List<Finding> findings, List<ContentRule> rules) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(DOCUMENT_ORDER);
        this.findings = List.copyOf(sorted);
        this.rules = List.copyOf(rules);
        Map<String, Integer> perRule = new HashMap<>();
        Map<String, Integer> over = new TreeMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : this.findings) {
            int seen = perRule.merge(f.ruleId(), 1, Integer::sum);
            if (seen <= MAX_SHOWN_PER_RULE) {
                kept.add(f);
            } else {
                over.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        this.shown = List.copyOf(kept);
        this.notShown = Collections.unmodifiableMap(over);
    }

    private static int orMinus(OptionalInt value) {
        return value.orElse(-1);
    }

    /** Whether the answer has no error. */
    public boolean passed() {
        return count(Severity.ERROR) == 0;
    }

    /** The findings, in document order (whole-answer findings first). */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** How many findings have this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The count per severity, every severity present. */
    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, count(s));
        }
        return counts;
    }

    /**
     * One line per finding and a summary line: {@code passed: 0 errors, 1 warning, 0 info}. Like
     * the JSON and SARIF forms, it shows at most 200 characters of each quote and section heading and
     * 600 of each message, cut with an ellipsis, and at most {@value #MAX_SHOWN_PER_RULE} findings of
     * each rule, with a line per rule that has more ({@code ONC-OVERPROMISE: 12 more findings not
     * shown}); the summary counts every finding.
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Finding f : shown) {
            text.append(Excerpts.shorten(f)).append('\n');
        }
        notShown.forEach((rule, n) -> text.append(notShownMessage(rule, n)).append('\n'));
        text.append(passed() ? "passed" : "failed")
                .append(": ")
                .append(plural(count(Severity.ERROR), "error"))
                .append(", ")
                .append(plural(count(Severity.WARNING), "warning"))
                .append(", ")
                .append(count(Severity.INFO))
                .append(" info\n");
        return text.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * {@code {"passed": ..., "counts": {...}, "findings": [...]}}, findings as {@link Finding}'s JSON
     * with their text cut and their number capped per rule as {@link #toText()} says; when the cap
     * leaves some out, {@code "notShown": {"ONC-OVERPROMISE": 12}} says how many of each rule.
     */
    public String toJson() {
        return write(toJsonTree());
    }

    ObjectNode toJsonTree() {
        ObjectNode root = OncodexJson.mapper().createObjectNode();
        root.put("passed", passed());
        ObjectNode counts = root.putObject("counts");
        counts().forEach((s, n) -> counts.put(s.name(), n));
        root.set(
                "findings",
                OncodexJson.mapper()
                        .valueToTree(shown.stream().map(Excerpts::shorten).toList()));
        if (!notShown.isEmpty()) {
            ObjectNode over = root.putObject("notShown");
            notShown.forEach(over::put);
        }
        return root;
    }

    /** The findings the written forms show: at most {@link #MAX_SHOWN_PER_RULE} of each rule. */
    List<Finding> shown() {
        return shown;
    }

    /** How many findings of each rule the written forms leave out, for the rules that have more. */
    Map<String, Integer> notShown() {
        return notShown;
    }

    static String notShownMessage(String ruleId, int n) {
        return ruleId + ": " + n + " more finding" + (n == 1 ? "" : "s") + " not shown (a report shows the first "
                + MAX_SHOWN_PER_RULE + " of each rule)";
    }

    /**
     * SARIF 2.1.0 without a file location: for answers that are not files. Findings are capped per
     * rule as {@link #toText()} says; a rule with more gets a note in the run's invocation ({@code
     * toolExecutionNotifications}) saying how many are not shown.
     */
    public String toSarif() {
        SarifLog log = new SarifLog(false);
        log.add(this, null, null);
        return write(log.root());
    }

    /**
     * SARIF 2.1.0 for an answer read from {@code artifactUri}, the log's one artifact; with its
     * {@code source} text, each finding that quotes text gets the line where the quote appears
     * (looked for after the previous finding's place, findings being in document order). Linear in
     * the source: past a budget of a few passes over it, findings whose quote is not found get no
     * line. For several files, see {@link Reports}.
     */
    public String toSarif(String artifactUri, String source) {
        SarifLog log = new SarifLog(false);
        log.add(this, artifactUri, source);
        return write(log.root());
    }

    List<ContentRule> rules() {
        return rules;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    static String write(JsonNode node) {
        try {
            return OncodexJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report's JSON cannot fail to write", e);
        }
    }

    @Override
    public String toString() {
        return toText();
    }
}
