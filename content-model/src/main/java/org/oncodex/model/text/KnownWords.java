package org.oncodex.model.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.Unit;

/*
 * Most words of a statistic are a few hundred words: "HR", "CI", "months", "median", "vs", "the". The
 * lexer looks each word up here straight from the text, before making a string of it: a known word
 * shares one string (whose hash is computed once, for every later lookup), its lower-cased form, and
 * what the recognizers would otherwise look up for it at every visit (whether one may start there,
 * its unit of time). An unknown word is none of these: the sets they come from are all in the table.
 *
 * The table is open addressing over the words' String hash codes, computed from the text's
 * characters in place; it is filled once and only read, so any number of threads may share it.
 */
/** The words the parser knows, found in the text without allocating. */
final class KnownWords {

    /** One known word as printed, with what the parser needs of it. */
    static final class Entry {
        final String text;
        final String lower;
        /** Whether a recognizer may start at this word ({@link Words#mayStart}). */
        final boolean start;
        /** The unit of time the word names, or null. */
        final @Nullable Unit timeUnit;
        /** The kind the word abbreviates as printed ({@link Words#ABBREVIATIONS}), or null. */
        final EffectStatement.@Nullable Kind abbreviation;
        /** {@link Words#isAbbreviationAsWritten} of the word. */
        final boolean asWritten;
        /** Whether the word is one of {@link Words#APPROXIMATE}. */
        final boolean approximate;
        /** The phrase of {@link Words#PHRASES} the word starts, or null: looked up once, not at each label and endpoint. */
        final Words.@Nullable Phrase phrase;

        Entry(String text, String lower, boolean start, @Nullable Unit timeUnit) {
            this.text = text;
            this.lower = lower;
            this.start = start;
            this.timeUnit = timeUnit;
            this.abbreviation = Words.ABBREVIATIONS.get(text);
            this.asWritten = Words.isAbbreviationAsWritten(text);
            this.approximate = Words.APPROXIMATE.contains(lower);
            this.phrase = Words.PHRASES.then(lower);
        }
    }

    /** Words longer than this are never looked up: no known word is. */
    static final int MAX_LENGTH = 24;

    /** Words of every sentence, and of every trial report, looked up often enough to be worth sharing. */
    private static final List<String> COMMON = List.of(
            "the",
            "a",
            "an",
            "of",
            "in",
            "and",
            "or",
            "with",
            "was",
            "were",
            "is",
            "are",
            "to",
            "for",
            "on",
            "by",
            "from",
            "than",
            "that",
            "this",
            "these",
            "those",
            "who",
            "which",
            "as",
            "at",
            "be",
            "been",
            "had",
            "has",
            "have",
            "not",
            "all",
            "both",
            "each",
            "per",
            "arm",
            "arms",
            "group",
            "groups",
            "respectively",
            "treatment",
            "therapy",
            "placebo",
            "chemotherapy",
            "alone",
            "plus",
            "trial",
            "study",
            "compared",
            "control",
            "rate",
            "rates",
            "risk",
            "ratio",
            "ratios",
            "interval",
            "percent",
            "alive",
            "survived",
            "death",
            "deaths",
            "cases",
            "higher",
            "lower",
            "survival",
            "overall",
            "response",
            "progression",
            "free",
            "disease",
            "event",
            "events",
            "grade");

    private static final Entry[] TABLE = table();
    private static final int MASK = TABLE.length - 1;

    private KnownWords() {}

    /** The known word that {@code s} holds from {@code start} to {@code end}, or null. */
    static @Nullable Entry find(String s, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH || length <= 0) {
            return null;
        }
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + s.charAt(k);
        }
        for (int slot = spread(h) & MASK; ; slot = (slot + 1) & MASK) {
            Entry e = TABLE[slot];
            if (e == null) {
                return null;
            }
            if (e.text.length() == length && s.regionMatches(start, e.text, 0, length)) {
                return e;
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static Entry[] table() {
        Set<String> lower = new LinkedHashSet<>(Words.startWords());
        for (String phrase : Words.ENDPOINTS.keySet()) {
            addWords(phrase, lower);
        }
        for (String phrase : Words.LABELS.keySet()) {
            addWords(phrase, lower);
        }
        lower.addAll(Words.TIME_UNITS.keySet());
        lower.addAll(Words.PEOPLE);
        lower.addAll(Words.MEASURES);
        lower.addAll(Words.VERSUS);
        lower.addAll(Words.HIGHER);
        lower.addAll(Words.LOWER);
        lower.addAll(RelativeChanges.VERBS.keySet());
        lower.addAll(COMMON);
        // as printed: lower case, capitalised, upper case, and abbreviations as the literature writes them
        Set<String> printed = new LinkedHashSet<>();
        for (String w : lower) {
            if (w.indexOf(' ') >= 0 || w.isEmpty() || w.length() > MAX_LENGTH) {
                continue;
            }
            printed.add(w);
            printed.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            printed.add(w.toUpperCase(Locale.ROOT));
        }
        printed.addAll(Words.ABBREVIATIONS.keySet());
        for (Endpoint e : Endpoint.values()) {
            printed.add(e.abbreviation());
            for (String synonym : e.synonyms()) {
                if (synonym.indexOf(' ') < 0 && synonym.length() <= MAX_LENGTH) {
                    printed.add(synonym);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        java.util.Map<String, String> lowers = new java.util.HashMap<>();
        for (String text : printed) {
            String l = lowers.computeIfAbsent(text.toLowerCase(Locale.ROOT), x -> x);
            entries.add(new Entry(text, l, Words.isStartWord(l), Words.TIME_UNITS.get(l)));
        }
        int size = Integer.highestOneBit(entries.size() * 4);
        Entry[] table = new Entry[size];
        for (Entry e : entries) {
            int slot = spread(e.text.hashCode()) & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = e;
        }
        return table;
    }

    private static void addWords(String phrase, Set<String> out) {
        for (String w : phrase.split(" ", -1)) {
            out.add(w);
        }
    }
}
