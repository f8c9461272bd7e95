package org.oncodex.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oncodex.answer.Source;
import org.oncodex.model.evidence.Citation;

/**
 * The sources of a written answer as the reader finds them: labelled ones (footnote definitions,
 * "[2] ..." lines, items of a numbered list), which "[^2]" and "[2]" in the text cite, and unlabelled
 * ones, numbered after them.
 */
final class SourceList {
    private static final Pattern NUMBERED =
            Pattern.compile("^\\s*(?:\\[\\^?(\\d{1,3})]:?|\\^?(\\d{1,3})[.)]|\\((\\d{1,3})\\))\\s+(.+)$");
    /** What a line of a list of sources looks like: an identifier, a year, an author list or a publisher. */
    private static final Pattern CITATION_LIKE = Pattern.compile(
            "(?i)\\bdoi\\b|\\b10\\.\\d{4,9}/|https?://|www\\.|\\bPMID\\b|\\b(?:19|20)\\d{2}\\b|\\bet al\\b"
                    + "|\\b(?:NCI|NCCN|FDA|EMA|ASCO|ESMO|WHO|National Cancer Institute|American Cancer Society|Lancet"
                    + "|N Engl J Med|NEJM|JAMA|J Clin Oncol|Journal|Guidelines?|PDQ|Mayo Clinic|Cancer\\.gov)\\b");

    private final Map<String, Citation> labelled = new LinkedHashMap<>();
    private final List<Citation> unlabelled = new ArrayList<>();

    /** Whether a line reads as a source: numbered, or with an identifier, a year, authors or a publisher. */
    static boolean looksLikeSource(String line) {
        return isNumbered(line) || CITATION_LIKE.matcher(line).find();
    }

    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\[\\d{1,3}]\\s+\\S.*");

    /**
     * Whether the lines are sources with no heading over them: every one starts "[n]" and reads as a citation
     * (an identifier, a year, authors or a publisher): "[1] Llovet JM, et al. ... N Engl J Med. 2008."
     */
    static boolean areBareSources(List<String> lines) {
        return !lines.isEmpty()
                && lines.stream()
                        .allMatch(l -> BRACKETED.matcher(l).matches()
                                && CITATION_LIKE.matcher(l).find());
    }

    /** Whether a line starts with a source number: "[2]", "2.", "(2)". */
    static boolean isNumbered(String line) {
        return NUMBERED.matcher(line).matches();
    }

    /** Where a numbered entry starts within a line: "2. ", "2) " or "[2] " after a space. */
    private static final Pattern ENTRY_START = Pattern.compile("(?:^|\\s)(?:\\[(\\d{1,3})]|(\\d{1,3})[.)])\\s+");

    /**
     * The entries of one line that holds several numbered sources in sequence, as a chat assistant's link line is
     * copied ("1. [site](url) 2. [site](url)"): split where the next number (in the first's style) starts, and only
     * when every part reads as a source; otherwise the line alone.
     */
    static List<String> entries(String line) {
        String t = line.strip();
        Matcher m = ENTRY_START.matcher(t);
        if (!m.lookingAt()) {
            return List.of(line);
        }
        boolean bracketed = m.group(1) != null;
        int expected = Integer.parseInt(bracketed ? m.group(1) : m.group(2)) + 1;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int from = m.end();
        // each search starts where the last match ended, so the line is scanned once
        while (from < t.length() && m.find(from)) {
            String label = bracketed ? m.group(1) : m.group(2);
            if (label != null && Integer.parseInt(label) == expected) {
                starts.add(m.start() + (Character.isWhitespace(t.charAt(m.start())) ? 1 : 0));
                expected++;
            }
            from = m.end();
        }
        if (starts.size() < 2) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String part = t.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : t.length())
                    .strip();
            if (!CITATION_LIKE.matcher(part).find()) {
                return List.of(line);
            }
            parts.add(part);
        }
        return parts;
    }

    /** Whether the part of {@code line} after its first colon starts as {@code rest} does (its first words). */
    static boolean sameStart(String line, String rest) {
        int colon = line.indexOf(':');
        String after = colon < 0 ? "" : line.substring(colon + 1).strip();
        String head = rest.strip().substring(0, Math.min(12, rest.strip().length()));
        return !head.isEmpty() && after.startsWith(head);
    }

    /** Records a footnote definition's source under its label. */
    void define(String label, Citation citation) {
        labelled.put(label, citation);
    }

    /** Records one line: "[2] Finn RS, et al. ..." under its number, a line without one after the others. */
    void add(String line) {
        Matcher numbered = NUMBERED.matcher(line);
        String text = line;
        String label = null;
        if (numbered.matches()) {
            label = numbered.group(1) != null
                    ? numbered.group(1)
                    : numbered.group(2) != null ? numbered.group(2) : numbered.group(3);
            text = numbered.group(4);
        }
        @Nullable String number = label;
        SourceItems.citation(QuestionLines.BULLET.matcher(text).replaceFirst(""))
                .ifPresent(c -> {
                    if (number != null && !labelled.containsKey(number)) {
                        labelled.put(number, c);
                    } else {
                        unlabelled.add(c);
                    }
                });
    }

    /** The source a label names. */
    Optional<Citation> labelled(String label) {
        return Optional.ofNullable(labelled.get(label));
    }

    /** Whether no source has been read. */
    boolean isEmpty() {
        return labelled.isEmpty() && unlabelled.isEmpty();
    }

    /** The labelled sources, by label. */
    Map<String, Citation> labels() {
        return Map.copyOf(labelled);
    }

    /** Every source, numbered from 1: the labelled ones first, each work once. */
    List<Source> numbered() {
        List<Citation> ordered = new ArrayList<>(labelled.values());
        // looked up in a set: a search of the list per source took time quadratic in their number
        Set<Citation> seen = new HashSet<>(ordered);
        for (Citation c : unlabelled) {
            if (seen.add(c)) {
                ordered.add(c);
            }
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            sources.add(Source.of(i + 1, ordered.get(i)));
        }
        return sources;
    }
}
