package org.oncodex.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Concept;

/**
 * The tagger finds exactly what a naive scan finds: at each word, every name of every concept tried
 * in turn, the longest match kept, matching resumed after it. The scan shares nothing with the
 * tagger's automaton but the rules it states (which names are case-sensitive, what may join two words
 * of a name, when a plural "s" is allowed).
 */
class TaggerReferenceTest {
    private static final Vocabulary BUNDLED = EvidenceBase.bundled().vocabulary();

    @Test
    void bundled_vocabulary_tags_as_the_naive_scan() {
        qt().withExamples(400)
                .forAll(EvidenceGenerators.textAbout(BUNDLED))
                .checkAssert(text -> assertThat(mentions(BUNDLED.tag(text)))
                        .as("tags of %s", text)
                        .isEqualTo(naive(BUNDLED, text)));
    }

    @Test
    void generated_vocabularies_tag_as_the_naive_scan() {
        qt().withExamples(150).forAll(longs().all(), integers().between(0, 12)).checkAssert((seed, size) -> {
            Vocabulary vocabulary =
                    EvidenceGenerators.base(new Random(seed), size).vocabulary();
            String text = EvidenceGenerators.textAbout(vocabulary, new Random(seed), 12);
            assertThat(mentions(vocabulary.tag(text))).as("tags of %s", text).isEqualTo(naive(vocabulary, text));
        });
    }

    @Test
    void the_naive_scan_is_not_trivially_empty() {
        // guards the properties above: a scan that found nothing would agree with a broken tagger
        Set<String> found = naive(BUNDLED, "Sorafenib or LENVATINIB for hepatocellular carcinomas, HCC and NSCLC.");
        assertThat(found).hasSizeGreaterThanOrEqualTo(4);
        assertThat(found)
                .isEqualTo(
                        mentions(BUNDLED.tag("Sorafenib or LENVATINIB for hepatocellular carcinomas, HCC and NSCLC.")));
    }

    private static Set<String> mentions(List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        mentions.forEach(
                m -> out.add(m.start() + "-" + m.end() + ":" + m.concept().id()));
        return out;
    }

    /** Every mention, by trying every name at every word. */
    static Set<String> naive(Vocabulary vocabulary, String text) {
        Map<String, Set<Concept>> owners = new HashMap<>();
        for (Concept c : vocabulary.concepts()) {
            for (String name : c.names()) {
                owners.computeIfAbsent(Tagger.foldedKey(name), k -> new HashSet<>())
                        .add(c);
            }
        }
        List<int[]> words = words(text);
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            int bestEnd = -1;
            boolean bestPlural = false;
            Set<Concept> best = new LinkedHashSet<>();
            for (Concept c : vocabulary.concepts()) {
                for (String name : c.names()) {
                    List<String> parts = Tagger.tokens(name);
                    boolean exact = Tagger.isCaseSensitive(name)
                            && (owners.getOrDefault(Tagger.foldedKey(name), Set.of())
                                                    .size()
                                            > 1
                                    || parts.stream().anyMatch(Abbreviations::isEnglishWord));
                    int last = i + parts.size() - 1;
                    if (parts.isEmpty() || last >= words.size()) {
                        continue;
                    }
                    int plural = matchAt(text, words, i, parts, exact, !Tagger.isCaseSensitive(name));
                    if (plural < 0) {
                        continue;
                    }
                    boolean isPlural = plural == 1;
                    // longer wins; at the same end, a match of the word as written wins over a plural
                    if (last > bestEnd || (last == bestEnd && bestPlural && !isPlural)) {
                        bestEnd = last;
                        bestPlural = isPlural;
                        best.clear();
                    }
                    if (last == bestEnd && bestPlural == isPlural) {
                        best.add(c);
                    }
                }
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            for (Concept c : best) {
                out.add(words.get(i)[0] + "-" + words.get(bestEnd)[1] + ":" + c.id());
            }
            i = bestEnd + 1;
        }
        return out;
    }

    /** -1 if the name does not start at word {@code i}, 0 if it does as written, 1 as a plural. */
    private static int matchAt(
            String text, List<int[]> words, int i, List<String> parts, boolean exact, boolean mayBePlural) {
        for (int k = 0; k < parts.size(); k++) {
            int[] w = words.get(i + k);
            if (k > 0 && !joins(text, words.get(i + k - 1)[1], w[0])) {
                return -1;
            }
            String word = text.substring(w[0], w[1]);
            if (same(word, parts.get(k), exact)) {
                continue;
            }
            boolean lastWord = k == parts.size() - 1;
            if (lastWord
                    && mayBePlural
                    && word.length() >= 4
                    && word.endsWith("s")
                    && same(word.substring(0, word.length() - 1), parts.get(k), exact)) {
                return 1;
            }
            return -1;
        }
        return 0;
    }

    private static boolean same(String written, String part, boolean exact) {
        if (exact) {
            return written.equals(part);
        }
        if (written.length() != part.length()) {
            return false;
        }
        for (int k = 0; k < part.length(); k++) {
            char lower = Character.toLowerCase(part.charAt(k));
            char c = written.charAt(k);
            if (lower != c && lower != Character.toLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean joins(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (" -/+\u2010\u2011\u2013\u00a0".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Maximal runs of letters and digits, as [start, end) spans. */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(new int[] {start, i});
        }
        return out;
    }
}
