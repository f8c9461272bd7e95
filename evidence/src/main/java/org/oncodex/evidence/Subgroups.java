package org.oncodex.evidence;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/*
 * Subgroups as concepts with synonyms: the names a question or a source uses for one subgroup of
 * patients ("liver mets", "hepatic metastases") map to the one name results are indexed under.
 * Keys are folded the way vocabulary names are (Tagger.foldedKey), so case, spacing and punctuation
 * between words do not matter.
 */
final class Subgroups {
    private static final Map<String, List<String>> SYNONYMS = ImmutableMap.of(
            "liver metastases",
            List.of(
                    "liver metastasis",
                    "liver mets",
                    "liver met",
                    "hepatic metastases",
                    "hepatic metastasis",
                    "hepatic mets",
                    "metastases to the liver",
                    "metastatic to the liver"));
    private static final Map<String, String> CANONICAL = canonical();

    private Subgroups() {}

    private static Map<String, String> canonical() {
        ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
        SYNONYMS.forEach((name, synonyms) -> {
            out.put(Tagger.foldedKey(name), name);
            synonyms.forEach(s -> out.put(Tagger.foldedKey(s), name));
        });
        return out.buildKeepingLast();
    }

    /** The subgroup's canonical name, if the name is one of the known subgroups or their synonyms. */
    static Optional<String> canonical(String name) {
        return Optional.ofNullable(CANONICAL.get(Tagger.foldedKey(name)));
    }

    /** The canonical name of a known subgroup, or the name itself. */
    static String normalize(String name) {
        return canonical(name).orElse(name);
    }
}
