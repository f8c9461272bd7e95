package org.oncodex.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.oncodex.render.OncodexJson;

/*
 * One SARIF 2.1.0 log with one run, filled a report at a time: the rules of every report once in the
 * driver, each file once in run.artifacts, and each finding a result pointing at its rule and its
 * artifact by index (and by uri, which SARIF viewers that ignore indexes need). A file that could not
 * be read becomes an artifact with an error notification in the run's invocation, which then did not
 * succeed.
 *
 * Lines come from looking each finding's quote up in the file's source (QuoteLines), not from
 * commonmark's source spans: the answer model does not carry where its blocks came from.
 */
final class SarifLog {
    private final ObjectNode root = OncodexJson.mapper().createObjectNode();
    private final ObjectNode run;
    private final ArrayNode descriptors;
    private final ArrayNode results;
    private @Nullable ObjectNode invocation;
    private @Nullable ArrayNode artifacts;
    private final Map<String, Integer> ruleIndexes = new HashMap<>();
    private final Map<String, Integer> artifactIndexes = new HashMap<>();
    private boolean allRead = true;

    /** With {@code invocation}, the run says whether every file could be read. */
    SarifLog(boolean invocation) {
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Oncodex");
        driver.put("informationUri", "https://github.com/oncodex/oncodex");
        driver.put("version", "0.1.0");
        descriptors = driver.putArray("rules");
        this.invocation = invocation ? run.putArray("invocations").addObject() : null;
        results = run.putArray("results");
    }

    /** Adds the report's rules and findings; those of a file ({@code uri}) point at it. */
    void add(Report report, @Nullable String uri, @Nullable String source) {
        for (ContentRule rule : report.rules()) {
            if (!ruleIndexes.containsKey(rule.id())) {
                ruleIndexes.put(rule.id(), ruleIndexes.size());
                ObjectNode d = descriptors.addObject();
                d.put("id", rule.id());
                d.putObject("shortDescription").put("text", rule.description());
                d.putObject("defaultConfiguration").put("level", Report.level(rule.severity()));
            }
        }
        int artifact = uri == null ? -1 : artifact(uri);
        @Nullable QuoteLines lines = source == null ? null : new QuoteLines(source);
        @Nullable Location previous = null;
        for (Finding full : report.shown()) {
            Finding f = Excerpts.shorten(full);
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            Integer index = ruleIndexes.get(f.ruleId());
            if (index != null) {
                r.put("ruleIndex", index);
            }
            r.put("level", Report.level(f.severity()));
            String message =
                    f.message() + f.suggestion().map(s -> " (" + s + ")").orElse("");
            r.putObject("message").put("text", message);
            ObjectNode location = r.putArray("locations").addObject();
            if (uri != null) {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.set("artifactLocation", artifactLocation(uri, artifact));
                // the full quote: the shortened one would be found too, but less surely at its own line
                OptionalInt line = lines == null || full.quote().isEmpty()
                        ? OptionalInt.empty()
                        : lines.line(full.quote().get(), full.location().equals(previous));
                if (line.isPresent()) {
                    physical.putObject("region").put("startLine", line.getAsInt());
                }
            }
            location.putArray("logicalLocations")
                    .addObject()
                    .put("name", f.location().toString())
                    .put("kind", "element");
            previous = full.location();
        }
        report.notShown().forEach((rule, n) -> {
            ObjectNode note = notifications().addObject();
            note.put("level", "note");
            note.putObject("message").put("text", (uri == null ? "" : uri + ": ") + Report.notShownMessage(rule, n));
            note.putObject("associatedRule").put("id", rule);
            if (uri != null) {
                note.putArray("locations")
                        .addObject()
                        .putObject("physicalLocation")
                        .set("artifactLocation", artifactLocation(uri, artifact));
            }
        });
    }

    /*
     * The invocation's notifications. A log of one report has no invocation until a note needs one;
     * it then says the run succeeded, which it did.
     */
    private ArrayNode notifications() {
        ObjectNode at = invocation;
        if (at == null) {
            at = run.putArray("invocations").addObject();
            invocation = at;
        }
        return at.has("toolExecutionNotifications")
                ? (ArrayNode) at.get("toolExecutionNotifications")
                : at.putArray("toolExecutionNotifications");
    }

    /** Adds a file that could not be read, and why, as an error notification: the run failed. */
    void addUnreadable(String uri, String problem) {
        if (invocation == null) {
            throw new IllegalStateException("a log without an invocation cannot report unreadable files");
        }
        int artifact = artifact(uri);
        allRead = false;
        ObjectNode n = notifications().addObject();
        n.put("level", "error");
        n.putObject("message").put("text", uri + ": cannot be read as an answer: " + problem);
        n.putArray("locations")
                .addObject()
                .putObject("physicalLocation")
                .set("artifactLocation", artifactLocation(uri, artifact));
    }

    ObjectNode root() {
        ObjectNode at = invocation;
        if (at != null) {
            at.put("executionSuccessful", allRead);
        }
        // the artifacts, added as files came, go before the results that point at them
        run.set("results", run.remove("results"));
        return root;
    }

    private int artifact(String uri) {
        Integer known = artifactIndexes.get(uri);
        if (known != null) {
            return known;
        }
        if (artifacts == null) {
            ArrayNode created = OncodexJson.mapper().createArrayNode();
            run.set("artifacts", created);
            artifacts = created;
        }
        int index = artifactIndexes.size();
        artifactIndexes.put(uri, index);
        artifacts.addObject().putObject("location").put("uri", uri);
        return index;
    }

    private static ObjectNode artifactLocation(String uri, int index) {
        ObjectNode location = OncodexJson.mapper().createObjectNode();
        location.put("uri", uri);
        location.put("index", index);
        return location;
    }
}
