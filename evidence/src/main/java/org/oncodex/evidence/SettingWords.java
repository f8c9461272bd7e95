package org.oncodex.evidence;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncodex.model.DiseaseSetting;

/*
 * The words patients and sources use for a disease setting, mapped to DiseaseSetting. "Advanced"
 * and "unresectable" cover both locally advanced and metastatic disease, as the NCI summary groups
 * them ("locally advanced or metastatic"); "early stage" is localized disease.
 */
final class SettingWords {
    private static final Map<String, Set<DiseaseSetting>> WORDS = words();
    private static final List<Map.Entry<String, Set<DiseaseSetting>>> LONGEST_FIRST = WORDS.entrySet().stream()
            .sorted(Comparator.comparingInt(
                    (Map.Entry<String, Set<DiseaseSetting>> e) -> -e.getKey().length()))
            .toList();

    private SettingWords() {}

    private static Map<String, Set<DiseaseSetting>> words() {
        Set<DiseaseSetting> localized = EnumSet.of(DiseaseSetting.LOCALIZED);
        Set<DiseaseSetting> advanced = EnumSet.of(DiseaseSetting.LOCALLY_ADVANCED, DiseaseSetting.METASTATIC);
        Set<DiseaseSetting> locallyAdvanced = EnumSet.of(DiseaseSetting.LOCALLY_ADVANCED);
        Set<DiseaseSetting> metastatic = EnumSet.of(DiseaseSetting.METASTATIC);
        Set<DiseaseSetting> recurrent = EnumSet.of(DiseaseSetting.RECURRENT);
        ImmutableMap.Builder<String, Set<DiseaseSetting>> out = ImmutableMap.builder();
        for (String w : new String[] {"early stage", "early", "localized", "localised", "resectable", "operable"}) {
            out.put(Tagger.foldedKey(w), localized);
        }
        for (String w : new String[] {"advanced", "unresectable", "inoperable", "locally advanced or metastatic"}) {
            out.put(Tagger.foldedKey(w), advanced);
        }
        out.put(Tagger.foldedKey("locally advanced"), locallyAdvanced);
        for (String w : new String[] {"metastatic", "stage IV", "stage 4", "spread"}) {
            out.put(Tagger.foldedKey(w), metastatic);
        }
        for (String w : new String[] {"recurrent", "relapsed", "came back", "returned"}) {
            out.put(Tagger.foldedKey(w), recurrent);
        }
        return out.buildKeepingLast();
    }

    static Set<DiseaseSetting> settings(String words) {
        Set<DiseaseSetting> found = WORDS.get(Tagger.foldedKey(words));
        return found == null ? Set.of() : Set.copyOf(found);
    }

    /**
     * Every setting a text names, longest words first ("locally advanced" is not also "advanced"),
     * on word boundaries. Linear in the text for the fixed list of words.
     */
    static Set<DiseaseSetting> named(String text) {
        StringBuilder folded =
                new StringBuilder(" ").append(Tagger.foldedKey(text)).append(' ');
        Set<DiseaseSetting> out = EnumSet.noneOf(DiseaseSetting.class);
        for (Map.Entry<String, Set<DiseaseSetting>> e : LONGEST_FIRST) {
            String word = " " + e.getKey() + " ";
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                out.addAll(e.getValue());
                for (int i = at + 1; i < at + word.length() - 1; i++) {
                    folded.setCharAt(i, '\u0000'); // taken: no shorter word may match inside it
                }
            }
        }
        return Set.copyOf(out);
    }
}
