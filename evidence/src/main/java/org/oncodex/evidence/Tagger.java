package org.oncodex.evidence;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oncodex.model.Concept;

/*
 * Finds concept names in text without a regular expression per name.
 *
 * Text and names are cut into tokens: maximal runs of letters and digits. Each distinct lower-cased
 * name token gets an id in an open-addressing table that is probed straight from the text's chars,
 * so reading text allocates nothing per token. Names are paths of token ids in a trie whose edges
 * live in one open-addressing map from (node, token) to node. At each token the longest name that
 * starts there wins, and matching resumes after it: leftmost-longest, never overlapping.
 *
 * Between two tokens of one name the text may have only a short run of spaces, hyphens, slashes or
 * plus signs: "non-small-cell lung cancer" matches "non-small cell lung cancer", but "liver. Cancer"
 * does not match "liver cancer". Short all-capital names (HCC, ALL, CAR-T) match only as written
 * when a word of theirs is an everyday English word ("all", "car") or their lowercase form also
 * names another concept; otherwise they are unambiguous and ignore case like every other name
 * ("hcc" is HCC, "all" is not ALL). Names' last word may carry a plural "s".
 */
final class Tagger {
    private static final int MAX_GAP = 3;
    private static final int NO = -1;

    private final TokenTable tokens = new TokenTable();
    private final EdgeMap edges = new EdgeMap();
    private final List<@Nullable List<Entry>> terminals = new ArrayList<>();
    private int nodes = 1;

    /**
     * A name that ends at a trie node: its concept, for a case-sensitive name its tokens as written,
     * and whether it may take a plural "s" (an abbreviation may not: "HCCs" is not tagged).
     */
    private record Entry(Concept concept, @Nullable List<String> exactTokens, boolean plural) {}

    Tagger(List<Concept> concepts) {
        terminals.add(null);
        Map<String, Set<Concept>> owners = new HashMap<>();
        for (Concept concept : concepts) {
            for (String name : concept.names()) {
                owners.computeIfAbsent(foldedKey(name), k -> new HashSet<>()).add(concept);
            }
        }
        for (Concept concept : concepts) {
            for (String name : concept.names()) {
                boolean exact = isCaseSensitive(name)
                        && (owners.getOrDefault(foldedKey(name), Set.of()).size() > 1
                                || tokens(name).stream().anyMatch(Abbreviations::isEnglishWord));
                add(concept, name, exact);
            }
        }
    }

    /**
     * Whether a name is a short all-capital abbreviation, such as "ALL" or "HCC": one that lookups
     * and tagging treat with care about case (see the class comment).
     */
    static boolean isCaseSensitive(String name) {
        int letters = 0;
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetterOrDigit(c)) {
                letters++;
                upper |= Character.isUpperCase(c);
            }
        }
        return upper && letters <= 6;
    }

    /** The tokens of a text, as written. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(text.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** The key under which a name is looked up ignoring case: its lower-cased tokens joined by spaces. */
    static String foldedKey(String name) {
        List<String> parts = tokens(name);
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (s.length() > 0) {
                s.append(' ');
            }
            for (int i = 0; i < part.length(); i++) {
                s.append(Character.toLowerCase(part.charAt(i)));
            }
        }
        return s.toString();
    }

    /** The key under which a name is looked up as written: its tokens joined by spaces. */
    static String exactKey(String name) {
        return String.join(" ", tokens(name));
    }

    private void add(Concept concept, String name, boolean exactCase) {
        List<String> parts = tokens(name);
        if (parts.isEmpty()) {
            return;
        }
        int node = 0;
        for (String part : parts) {
            int token = tokens.intern(part);
            int next = edges.get(node, token);
            if (next == NO) {
                next = nodes++;
                terminals.add(null);
                edges.put(node, token, next);
            }
            node = next;
        }
        List<Entry> entries = terminals.get(node);
        if (entries == null) {
            entries = new ArrayList<>(1);
            terminals.set(node, entries);
        }
        @Nullable List<String> exact = exactCase ? List.copyOf(parts) : null;
        for (Entry e : entries) {
            if (e.concept().equals(concept) && Objects.equals(e.exactTokens(), exact)) {
                return;
            }
        }
        entries.add(new Entry(concept, exact, !isCaseSensitive(name)));
    }

    /** Every mention in {@code text}, in text order; never throws. */
    List<Mention> tag(String text) {
        Tokens t = Tokens.read(text, tokens);
        ImmutableList.Builder<Mention> out = ImmutableList.builder();
        int i = 0;
        while (i < t.count) {
            int node = 0;
            int bestEnd = NO;
            List<Concept> best = List.of();
            for (int j = i; j < t.count; j++) {
                if (j > i && !t.joins(text, j - 1)) {
                    break;
                }
                if (t.stem(j) != NO) {
                    int plural = edges.get(node, t.stem(j));
                    List<Concept> found = plural == NO ? List.of() : accept(plural, text, t, i, j, true);
                    if (!found.isEmpty()) {
                        bestEnd = j;
                        best = found;
                    }
                }
                if (t.id(j) == NO) {
                    break;
                }
                node = edges.get(node, t.id(j));
                if (node == NO) {
                    break;
                }
                List<Concept> found = accept(node, text, t, i, j, false);
                if (!found.isEmpty()) {
                    bestEnd = j;
                    best = found;
                }
            }
            if (bestEnd == NO) {
                i++;
                continue;
            }
            int start = t.start(i);
            int end = t.end(bestEnd);
            String written = text.substring(start, end);
            for (Concept concept : best) {
                out.add(Mention.of(concept, start, end, written));
            }
            i = bestEnd + 1;
        }
        return out.build();
    }

    private List<Concept> accept(int node, String text, Tokens t, int from, int to, boolean plural) {
        List<Entry> entries = terminals.get(node);
        if (entries == null) {
            return List.of();
        }
        if (entries.size() == 1) {
            Entry only = entries.get(0);
            return matches(only, text, t, from, to, plural) ? List.of(only.concept()) : List.of();
        }
        Set<Concept> found = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (matches(e, text, t, from, to, plural)) {
                found.add(e.concept());
            }
        }
        return List.copyOf(found);
    }

    private static boolean matches(Entry e, String text, Tokens t, int from, int to, boolean plural) {
        if (plural && !e.plural()) {
            return false;
        }
        @Nullable List<String> exact = e.exactTokens();
        return exact == null || writtenAs(exact, text, t, from, to);
    }

    private static boolean writtenAs(List<String> exact, String text, Tokens t, int from, int to) {
        if (exact.size() != to - from + 1) {
            return false;
        }
        for (int k = 0; k < exact.size(); k++) {
            String token = exact.get(k);
            int start = t.start(from + k);
            if (t.end(from + k) - start != token.length() || !text.startsWith(token, start)) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of one text: spans, token ids, and ids of the token less a plural "s". */
    private static final class Tokens {
        int count;
        /** Per token, four ints: start, end, token id, id of the token less a plural "s". */
        private int[] spans;

        private Tokens(int capacity) {
            spans = new int[4 * capacity];
        }

        int start(int k) {
            return spans[4 * k];
        }

        int end(int k) {
            return spans[4 * k + 1];
        }

        int id(int k) {
            return spans[4 * k + 2];
        }

        int stem(int k) {
            return spans[4 * k + 3];
        }

        /**
         * Reads the tokens of a text that are name tokens (or a name token plus a plural "s"): one pass
         * over the characters, hashing each token as it is read. Other tokens are not kept: one between
         * two kept tokens is a gap that {@link #joins} refuses, as it holds letters or digits.
         */
        static Tokens read(String text, TokenTable table) {
            int n = text.length();
            Tokens t = new Tokens(Math.min(n / 32, 1 << 16) + 16);
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c < 128 ? FOLDED[c] == 0 : !isWordChar(text.codePointAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                int h = 0;
                int before = 0;
                while (i < n) {
                    char d = text.charAt(i);
                    int folded;
                    if (d < 128) {
                        folded = FOLDED[d];
                        if (folded == 0) {
                            break;
                        }
                    } else if (Character.isHighSurrogate(d)) {
                        int dp = text.codePointAt(i);
                        if (!isWordChar(dp)) {
                            break;
                        }
                        if (Character.charCount(dp) == 2) {
                            before = h;
                            h = 31 * h + d;
                            i++;
                            d = text.charAt(i);
                        }
                        folded = d;
                    } else {
                        if (!isWordChar(d)) {
                            break;
                        }
                        folded = Character.toLowerCase(d);
                    }
                    before = h;
                    h = 31 * h + folded;
                    i++;
                }
                int id = table.find(text, s, i, TokenTable.mix(h));
                int stem = i - s >= 4 && text.charAt(i - 1) == 's'
                        ? table.find(text, s, i - 1, TokenTable.mix(before))
                        : NO;
                if (id != NO || stem != NO) {
                    t.add(s, i, id, stem);
                }
            }
            return t;
        }

        /** For each ASCII character, its lower case if it is a letter or digit, otherwise 0. */
        private static final char[] FOLDED = new char[128];

        static {
            for (char c = '0'; c <= '9'; c++) {
                FOLDED[c] = c;
            }
            for (char c = 'a'; c <= 'z'; c++) {
                FOLDED[c] = c;
                FOLDED[c - 'a' + 'A'] = c;
            }
        }

        private static boolean isWordChar(int cp) {
            return cp < 128
                    ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    : Character.isLetterOrDigit(cp);
        }

        private void add(int s, int e, int tokenId, int stemId) {
            int at = 4 * count;
            if (at == spans.length) {
                spans = Arrays.copyOf(spans, at * 2);
            }
            spans[at] = s;
            spans[at + 1] = e;
            spans[at + 2] = tokenId;
            spans[at + 3] = stemId;
            count++;
        }

        /** Whether token {@code k} and the next may belong to one name: a short gap of joiners. */
        boolean joins(String text, int k) {
            int from = end(k);
            int to = start(k + 1);
            if (to - from > MAX_GAP) {
                return false;
            }
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (!(c == ' '
                        || c == '-'
                        || c == '/'
                        || c == '+'
                        || c == '\u2010'
                        || c == '\u2011'
                        || c == '\u2013'
                        || c == '\u00a0')) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Lower-cased name tokens and their ids, probed with a span of a text without copying it. */
    private static final class TokenTable {
        private char[][] keys = new char[64][];
        private int[] hashes = new int[64];
        private int[] ids = filled(64);
        private int size;

        private static int[] filled(int length) {
            int[] empty = new int[length];
            Arrays.fill(empty, NO);
            return empty;
        }

        int intern(String token) {
            int found = find(token, 0, token.length());
            if (found != NO) {
                return found;
            }
            if ((size + 1) * 4 > keys.length) {
                grow();
            }
            char[] key = new char[token.length()];
            for (int i = 0; i < key.length; i++) {
                key[i] = Character.toLowerCase(token.charAt(i));
            }
            insert(key, size);
            return size++;
        }

        int find(String text, int from, int to) {
            return find(text, from, to, hash(text, from, to));
        }

        /** As {@link #find(String, int, int)}, given the span's {@link #hash}. */
        int find(String text, int from, int to, int h) {
            int mask = keys.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int id = ids[slot];
                if (id == NO) {
                    return NO;
                }
                if (hashes[slot] == h) {
                    char[] key = keys[slot];
                    if (key != null && key.length == to - from && equalsFolded(key, text, from)) {
                        return id;
                    }
                }
            }
        }

        private static boolean equalsFolded(char[] key, String text, int from) {
            for (int i = 0; i < key.length; i++) {
                char c = text.charAt(from + i);
                if (key[i] != c && key[i] != Character.toLowerCase(c)) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(String text, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                h = 31 * h + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
            }
            return mix(h);
        }

        /** Spreads a polynomial hash over the low bits, which pick the slot. */
        static int mix(int h) {
            int m = h * 0x9E3779B9;
            return m ^ (m >>> 15);
        }

        private static int hash(char[] key) {
            int h = 0;
            for (char c : key) {
                h = 31 * h + c;
            }
            return mix(h);
        }

        private void insert(char[] key, int id) {
            int mask = keys.length - 1;
            int h = hash(key);
            int slot = h & mask;
            while (ids[slot] != NO) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = h;
            ids[slot] = id;
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldIds = ids;
            keys = new char[oldKeys.length * 2][];
            hashes = new int[oldKeys.length * 2];
            ids = filled(oldKeys.length * 2);
            for (int i = 0; i < oldKeys.length; i++) {
                char[] key = oldKeys[i];
                if (key != null) {
                    insert(key, oldIds[i]);
                }
            }
        }
    }

    /** Trie edges: (node, token) to node, in open addressing over longs. */
    private static final class EdgeMap {
        private long[] keys = new long[64];
        private int[] values = new int[64];
        private int size;

        EdgeMap() {
            Arrays.fill(keys, -1L);
        }

        int get(int node, int token) {
            long key = key(node, token);
            int mask = keys.length - 1;
            for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
                long k = keys[slot];
                if (k == -1L) {
                    return NO;
                }
                if (k == key) {
                    return values[slot];
                }
            }
        }

        void put(int node, int token, int child) {
            if ((size + 1) * 2 > keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                Arrays.fill(keys, -1L);
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != -1L) {
                        insert(oldKeys[i], oldValues[i]);
                    }
                }
            }
            insert(key(node, token), child);
        }

        private void insert(long key, int value) {
            int mask = keys.length - 1;
            int slot = spread(key) & mask;
            while (keys[slot] != -1L && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == -1L) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        private static long key(int node, int token) {
            return ((long) node << 32) | (token & 0xffffffffL);
        }

        private static int spread(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
