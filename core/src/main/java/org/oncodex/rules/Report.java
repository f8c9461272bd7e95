package org.oncodex.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
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

    private final List<Finding> findings;
    private final List<ContentRule> rules;

    Report(List<Finding> findings, List<ContentRule> rules) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(DOCUMENT_ORDER);
        this.findings = List.copyOf(sorted);
        this.rules = List.copyOf(rules);
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

    /** One line per finding and a summary line: {@code passed: 0 errors, 1 warning, 0 info}. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(f).append('\n');
        }
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

    /** {@code {"passed": ..., "counts": {...}, "findings": [...]}}, findings as {@link Finding}'s JSON. */
    public String toJson() {
        ObjectNode root = OncodexJson.mapper().createObjectNode();
        root.put("passed", passed());
        ObjectNode counts = root.putObject("counts");
        counts().forEach((s, n) -> counts.put(s.name(), n));
        root.set("findings", OncodexJson.mapper().valueToTree(findings));
        return write(root);
    }

    /** SARIF 2.1.0 without a file location: for answers that are not files. */
    public String toSarif() {
        return toSarif(Optional.empty(), Optional.empty());
    }

    /**
     * SARIF 2.1.0 for an answer read from {@code artifactUri}; with its {@code source} text, each
     * finding that quotes text gets the line where the quote appears (looked for after the previous
     * finding's place, findings being in document order). Linear in the source: past a budget of a
     * few passes over it, findings whose quote is not found get no line.
     */
    public String toSarif(String artifactUri, String source) {
        return toSarif(Optional.of(artifactUri), Optional.of(source));
    }

    private String toSarif(Optional<String> artifactUri, Optional<String> source) {
        ObjectNode root = OncodexJson.mapper().createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Oncodex");
        driver.put("informationUri", "https://github.com/oncodex/oncodex");
        driver.put("version", "0.1.0");
        ArrayNode descriptors = driver.putArray("rules");
        List<String> ids = new ArrayList<>();
        for (ContentRule rule : rules) {
            if (ids.contains(rule.id())) {
                continue;
            }
            ids.add(rule.id());
            ObjectNode d = descriptors.addObject();
            d.put("id", rule.id());
            d.putObject("shortDescription").put("text", rule.description());
            d.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        ArrayNode results = run.putArray("results");
        Optional<QuoteLines> lines = source.map(QuoteLines::new);
        @Nullable Location previous = null;
        for (Finding f : findings) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            int index = ids.indexOf(f.ruleId());
            if (index >= 0) {
                r.put("ruleIndex", index);
            }
            r.put("level", level(f.severity()));
            String message =
                    f.message() + f.suggestion().map(s -> " (" + s + ")").orElse("");
            r.putObject("message").put("text", message);
            ObjectNode location = r.putArray("locations").addObject();
            if (artifactUri.isPresent()) {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", artifactUri.get());
                OptionalInt line = lines.isEmpty() || f.quote().isEmpty()
                        ? OptionalInt.empty()
                        : lines.get().line(f.quote().get(), f.location().equals(previous));
                if (line.isPresent()) {
                    physical.putObject("region").put("startLine", line.getAsInt());
                }
            }
            location.putArray("logicalLocations")
                    .addObject()
                    .put("name", f.location().toString())
                    .put("kind", "element");
            previous = f.location();
        }
        return write(root);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String write(ObjectNode node) {
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
