package org.oncodex.rules;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.TrialResult;

/**
 * The trials an evidence base names, by key (normalised words: "KEYNOTE-189" is "keynote 189"), with
 * the word sequences that begin a key: finding the trials a text names costs a lookup per word of the
 * text, however many trials the base has.
 */
final class TrialNames {
    private static final LoadingCache<EvidenceBase, TrialNames> BY_BASE =
            CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(TrialNames::new));

    private static final Splitter BRACKET = Splitter.on(CharMatcher.anyOf("(["));
    private static final Splitter WHITESPACE =
            Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();
    private static final Splitter WORDS = Splitter.on(' ');
    private static final Pattern NOT_A_TRIAL =
            Pattern.compile("\\b(?:analysis|meta|cohort|study|real|retrospective|review)\\b");
    private static final Pattern LETTER_THEN_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\d)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");

    private static final Pattern TRIAL_TOKEN = Pattern.compile("[A-Za-z]*\\d+[A-Za-z0-9/]*|[A-Z]{4,}");

    /** Display names by key, in the base's order. */
    private final Map<String, String> names = new LinkedHashMap<>();

    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    private TrialNames(EvidenceBase kb) {
        Map<String, Optional<String>> keyOf = new HashMap<>();
        for (TrialResult r : kb.results()) {
            String name = r.study().name();
            keyOf.computeIfAbsent(name, TrialNames::key).ifPresent(k -> names.putIfAbsent(k, displayName(name)));
        }
        for (String key : names.keySet()) {
            order.put(key, order.size());
            for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
                prefixes.add(key.substring(0, i));
            }
        }
    }

    /** The trial names of {@code evidence}, gathered on first use and kept while the base is. */
    static TrialNames of(EvidenceBase evidence) {
        return BY_BASE.getUnchecked(evidence);
    }

    /** The name a key is shown by ("CheckMate 040" for "checkmate 040"), or the key itself. */
    String display(String key) {
        return names.getOrDefault(key, key);
    }

    /** The trials a text names, by key, in the base's order. */
    List<String> named(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return List.of();
        }
        List<String> words = WORDS.splitToList(normalized);
        Set<String> found = new HashSet<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            run.setLength(0);
            // extend a run of words while it can still become a key: a word or two per start
            for (int j = i; j < words.size(); j++) {
                if (j > i) {
                    run.append(' ');
                }
                run.append(words.get(j));
                String candidate = run.toString();
                if (names.containsKey(candidate)) {
                    found.add(candidate);
                }
                if (!prefixes.contains(candidate)) {
                    break;
                }
            }
        }
        List<String> keys = new ArrayList<>(found);
        keys.sort(Comparator.comparing(order::get));
        return keys;
    }

    /** A study name without what follows it in brackets: "CheckMate 040 (cohort 4)" → "CheckMate 040". */
    private static String displayName(String studyName) {
        int bracket = studyName.indexOf('(');
        return (bracket > 0 ? studyName.substring(0, bracket) : studyName).strip();
    }

    /** The key a study name is known by when it names a trial ("KEYNOTE-189" → "keynote 189"). */
    static Optional<String> key(String studyName) {
        String head = BRACKET.splitToList(studyName).get(0).strip();
        List<String> words = WHITESPACE.splitToList(head);
        if (words.isEmpty()
                || words.size() > 3
                || NOT_A_TRIAL.matcher(head.toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        boolean trialLike = false;
        boolean capitalized = false;
        boolean numbered = false;
        for (String w : words) {
            if (TRIAL_TOKEN.matcher(w).matches() && w.chars().anyMatch(Character::isUpperCase)) {
                trialLike = true;
            }
            capitalized |= w.chars().anyMatch(Character::isUpperCase);
            numbered |= w.chars().anyMatch(Character::isDigit);
        }
        // "CheckMate 649", "CheckMate 017/057": a capitalised name with a number is a trial's name too
        return trialLike || (capitalized && numbered) ? Optional.of(normalize(head)) : Optional.empty();
    }

    /** Lower case, hyphens and punctuation as spaces, letters and digits split: "IMbrave150" → "imbrave 150". */
    static String normalize(String text) {
        String t = LETTER_THEN_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        t = NOT_WORD.matcher(t).replaceAll(" ");
        return t.strip();
    }
}
