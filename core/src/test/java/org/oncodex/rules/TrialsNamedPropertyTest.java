package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncodex.evidence.EvidenceBase;
import org.oncodex.model.evidence.TrialResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The trials a text names, found by looking its words up, are those a scan of every trial of the base
 * finds: each key whose words appear together in the normalised text, in the base's order.
 */
class TrialsNamedPropertyTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    /** Study names of the base and parts of them, with words, numbers and punctuation between. */
    private static List<String> pieces() {
        Set<String> pieces = new LinkedHashSet<>();
        for (TrialResult r : KB.results()) {
            String name = r.study().name();
            pieces.add(name);
            pieces.addAll(List.of(name.split("[\\s-]+")));
        }
        pieces.addAll(List.of(" ", "  ", "-", "(", ")", ", ", ". ", "the", "trial", "150", "2", "IMbrave", "and", "/"));
        return new ArrayList<>(pieces);
    }

    private static Gen<String> texts() {
        return lists().of(Generate.pick(pieces())).ofSizeBetween(0, 12).map(p -> String.join("", p));
    }

    /** The reference: every key of the base's study names, in order, that the text contains as whole words. */
    private static List<String> scan(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (TrialResult r : KB.results()) {
            TrialNames.key(r.study().name()).ifPresent(keys::add);
        }
        String normalized = " " + TrialNames.normalize(text) + " ";
        List<String> named = new ArrayList<>();
        for (String key : keys) {
            if (normalized.contains(" " + key + " ")) {
                named.add(key);
            }
        }
        return named;
    }

    @Test
    void the_trials_named_are_those_a_scan_of_every_trial_finds() {
        Attribution attribution = new Attribution(KB);
        qt().withExamples(1_000)
                .forAll(texts())
                .checkAssert(text -> assertThat(attribution.trialsNamed(text))
                        .as("trials named in %s", text)
                        .isEqualTo(scan(text)));
    }

    @Test
    void a_text_naming_trials_finds_them() {
        Attribution attribution = new Attribution(KB);
        assertThat(attribution.trialsNamed("In the REFLECT trial and in IMbrave150, ..."))
                .containsExactly("imbrave 150", "reflect");
        assertThat(attribution.trialsNamed("no trial here")).isEmpty();
    }
}
