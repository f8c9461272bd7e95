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
            if (t.id[i] == NO && t.stem[i] == NO) {
                i++;
                continue;
            }
            int node = 0;
            int bestEnd = NO;
            List<Concept> best = List.of();
            for (int j = i; j < t.count; j++) {
                if (j > i && !t.joins(text, j - 1)) {
                    break;
                }
                if (t.stem[j] != NO) {
                    int plural = edges.get(node, t.stem[j]);
                    List<Concept> found = plural == NO ? List.of() : accept(plural, text, t, i, j, true);
                    if (!found.isEmpty()) {
                        bestEnd = j;
                        best = found;
                    }
                }
                if (t.id[j] == NO) {
                    break;
                }
                node = edges.get(node, t.id[j]);
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
            int start = t.start[i];
            int end = t.end[bestEnd];
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
            int start = t.start[from + k];
            if (t.end[from + k] - start != token.length() || !text.startsWith(token, start)) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of one text: spans, token ids, and ids of the token less a plural "s". */
    private static final class Tokens {
        int count;
        int[] start = new int[16];
        int[] end = new int[16];
        int[] id = new int[16];
        int[] stem = new int[16];

        static Tokens read(String text, TokenTable table) {
            Tokens t = new Tokens();
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int s = i;
                while (i < n) {
                    char d = text.charAt(i);
                    int dp = Character.isHighSurrogate(d) ? text.codePointAt(i) : d;
                    if (!isWordChar(dp)) {
                        break;
                    }
                    i += Character.charCount(dp);
                }
                t.add(s, i, table.find(text, s, i), stemOf(text, s, i, table));
            }
            return t;
        }

        private static int stemOf(String text, int s, int e, TokenTable table) {
            return e - s >= 4 && text.charAt(e - 1) == 's' ? table.find(text, s, e - 1) : NO;
        }

        private static boolean isWordChar(int cp) {
            return cp < 128
                    ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    : Character.isLetterOrDigit(cp);
        }

        private void add(int s, int e, int tokenId, int stemId) {
            if (count == start.length) {
                int size = count * 2;
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                id = Arrays.copyOf(id, size);
                stem = Arrays.copyOf(stem, size);
            }
            start[count] = s;
            end[count] = e;
            id[count] = tokenId;
            stem[count] = stemId;
            count++;
        }

        /** Whether token {@code k} and the next may belong to one name: a short gap of joiners. */
        boolean joins(String text, int k) {
            int from = end[k];
            int to = start[k + 1];
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
        private int[] ids = new int[64];
        private int size;

        int intern(String token) {
            int found = find(token, 0, token.length());
            if (found != NO) {
                return found;
            }
            if ((size + 1) * 2 > keys.length) {
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
            int h = hash(text, from, to);
            int mask = keys.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                char[] key = keys[slot];
                if (key == null) {
                    return NO;
                }
                if (key.length == to - from && equalsFolded(key, text, from)) {
                    return ids[slot];
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
            return h ^ (h >>> 16);
        }

        private static int hash(char[] key) {
            int h = 0;
            for (char c : key) {
                h = 31 * h + c;
            }
            return h ^ (h >>> 16);
        }

        private void insert(char[] key, int id) {
            int mask = keys.length - 1;
            int slot = hash(key) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            ids[slot] = id;
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldIds = ids;
            keys = new char[oldKeys.length * 2][];
            ids = new int[oldKeys.length * 2];
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
