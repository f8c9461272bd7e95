package org.oncodex.rules;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.Citation;

/*
 * The sources of an answer are shown, so the rules read them: a footnote that says "This treatment
 * cures everyone" is a claim. The title of a real source is not the answer's claim, though: "FDA
 * approves pembrolizumab for sorafenib-intolerant HCC patients" names a news item the evidence base
 * cites, and reading it as the answer saying sorafenib is approved was a false error on correct
 * answers. So the words the base's own citations print (titles, journals, publishers, authors) are
 * blanked in a source before the rules read it, sentence by sentence, and only where a sentence is
 * one of them whole: anything written around a real title is still read.
 */
/** The words an evidence base's citations print, by which a source's real title is told from a claim. */
final class KnownTitles {
    private static final LoadingCache<EvidenceBase, KnownTitles> INDEXES =
            CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(KnownTitles::new));

    private final Set<String> known = new HashSet<>();

    private KnownTitles(EvidenceBase evidence) {
        for (Citation c : evidence.citations().values()) {
            add(c);
        }
        // records may carry a citation the list of sources does not hold
        evidence.results().forEach(r -> r.citation().ifPresent(this::add));
        evidence.approvals().forEach(a -> add(a.citation()));
        evidence.treatmentOptions().forEach(o -> add(o.citation()));
    }

    private void add(Citation c) {
        c.title().ifPresent(t -> known.add(key(t)));
        c.journal().ifPresent(t -> known.add(key(t)));
        c.publisher().ifPresent(t -> known.add(key(t)));
        c.authors().forEach(a -> known.add(key(a)));
    }

    /** The index of {@code evidence}, built on first use. */
    static KnownTitles of(EvidenceBase evidence) {
        return INDEXES.getUnchecked(evidence);
    }

    /** {@code text} with each sentence that is a title, journal, publisher or author the base cites blanked. */
    String blank(String text) {
        List<int[]> sentences = Sentences.of(text);
        StringBuilder out = null;
        for (int[] s : sentences) {
            if (known.contains(key(text.substring(s[0], s[1])))) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = s[0]; i < s[1]; i++) {
                    if (!Character.isWhitespace(out.charAt(i))) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Lower case, white space collapsed, no full stop or white space at either end. */
    private static String key(String text) {
        String t = text.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
