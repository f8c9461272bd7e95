package org.oncodex.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oncodex.render.OncodexJson;

/**
 * The reports of several answer files, in the order they were added, written as one JSON document
 * or one SARIF 2.1.0 log; a file that could not be read as an answer is listed with the reason.
 *
 * <pre>{@code
 * Reports reports = Reports.builder()
 *         .add("answers/a.md", rules.check(a), sourceOfA)
 *         .unreadable("answers/b.json", "not an object")
 *         .build();
 * String sarif = reports.toSarif();
 * }</pre>
 */
public final class Reports {
    private final List<Entry> entries;

    private Reports(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A builder, empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether every file was read and passed (has no error). */
    public boolean passed() {
        return entries.stream().allMatch(e -> e.report != null && e.report.passed());
    }

    /** Whether every file could be read as an answer. */
    public boolean allRead() {
        return entries.stream().allMatch(e -> e.report != null);
    }

    /** The report of the file {@code name} (the first added under that name), if it was read. */
    public Optional<Report> report(String name) {
        return entries.stream()
                .filter(e -> e.name.equals(name))
                .findFirst()
                .flatMap(e -> Optional.ofNullable(e.report));
    }

    /**
     * A JSON array with one object per file: {@code {"file": name, "report": {...}}}, the report as
     * {@link Report#toJson()} writes it, or {@code {"file": name, "error": why}} for a file that
     * could not be read.
     */
    public String toJson() {
        ArrayNode files = OncodexJson.mapper().createArrayNode();
        for (Entry e : entries) {
            ObjectNode file = files.addObject();
            file.put("file", e.name);
            if (e.report != null) {
                file.set("report", e.report.toJsonTree());
            } else {
                file.put("error", e.error);
            }
        }
        return Report.write(files);
    }

    /**
     * A SARIF 2.1.0 log with one run: each file an artifact in {@code run.artifacts} (its name as a
     * URI reference: {@code \} as {@code /}, characters a URI cannot hold percent-encoded), each
     * finding a result pointing at its file by index and uri, with the line of its quote where the
     * file's source was given (as {@link Report#toSarif(String, String)} finds it). A file that could
     * not be read is an error notification of the run's invocation, which is then not successful.
     */
    public String toSarif() {
        SarifLog log = new SarifLog(true);
        for (Entry e : entries) {
            String uri = uri(e.name);
            if (e.report != null) {
                log.add(e.report, uri, e.source);
            } else {
                log.addUnreadable(uri, String.valueOf(e.error));
            }
        }
        return Report.write(log.root());
    }

    /*
     * Unreserved and reserved characters of RFC 3986 and '%' stay (a name may already be a URI);
     * others, such as spaces and non-ASCII letters, become UTF-8 percent-escapes.
     */
    static String uri(String name) {
        String slashed = name.replace('\\', '/');
        StringBuilder uri = new StringBuilder(slashed.length());
        for (byte b : slashed.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                uri.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    private static final class Entry {
        final String name;
        final @Nullable Report report;
        final @Nullable String source;
        final @Nullable String error;

        Entry(String name, @Nullable Report report, @Nullable String source, @Nullable String error) {
            this.name = checkNotNull(name, "name");
            this.report = report;
            this.source = source;
            this.error = error;
        }
    }

    /** Builds {@link Reports}, a file at a time. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {}

        /** Adds the report of the file {@code name}, without its source: SARIF results get no line. */
        public Builder add(String name, Report report) {
            entries.add(new Entry(name, checkNotNull(report, "report"), null, null));
            return this;
        }

        /** Adds the report of the file {@code name} read from {@code source}, for SARIF's lines. */
        public Builder add(String name, Report report, String source) {
            entries.add(new Entry(name, checkNotNull(report, "report"), checkNotNull(source, "source"), null));
            return this;
        }

        /** Adds a file that could not be read as an answer, and why. */
        public Builder unreadable(String name, String problem) {
            entries.add(new Entry(name, null, null, checkNotNull(problem, "problem")));
            return this;
        }

        /** The reports added so far. */
        public Reports build() {
            return new Reports(entries);
        }
    }
}
