package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The words {@link Paraphrases#requiredWords} names are needed: a text that a paraphrase matches holds one of
 * them, so skipping a pattern whose words a text lacks never changes what {@link
 * DisclaimerCatalog#kindsStatedBy} finds.
 */
class RequiredWordsPropertyTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();

    /** Texts made of the catalogue's own phrase words, so that paraphrases do match some of them. */
    private static Gen<String> texts() {
        List<String> words = new ArrayList<>();
        for (Disclaimer d : BUNDLED.disclaimers()) {
            for (String phrase : d.paraphrases()) {
                for (String w : Splitter.onPattern("[()|?* ]+").split(phrase)) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        words.addAll(List.of("your", "the", "a", ".", "|", "x"));
        return lists().of(Generate.pick(words)).ofSizeBetween(1, 12).map(ws -> String.join(" ", ws));
    }

    @Test
    void a_text_a_paraphrase_matches_holds_one_of_its_required_words() {
        qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
            String normalized = Paraphrases.normalize(text);
            for (Disclaimer d : BUNDLED.disclaimers()) {
                for (String phrase : d.paraphrases()) {
                    List<String> needed = Paraphrases.requiredWords(phrase);
                    if (Paraphrases.compile(phrase).matcher(normalized).find()) {
                        assertThat(needed.isEmpty() || needed.stream().anyMatch(normalized::contains))
                                .as("%s matches \"%s\" without any of %s", phrase, normalized, needed)
                                .isTrue();
                    }
                }
            }
        });
    }

    @Test
    void the_required_words_are_read_from_the_outer_level_of_the_phrase() {
        assertThat(Paraphrases.requiredWords("not * (medical|professional) advice"))
                .containsExactly("medical", "professional");
        assertThat(Paraphrases.requiredWords("(is|are) (provided|intended) (for|to)"))
                .containsExactly("provided", "intended");
        assertThat(Paraphrases.requiredWords("(a|b c)? (x|y)")).containsExactly("x", "y");
        assertThat(Paraphrases.requiredWords("((a|b)|c)")).isEmpty();
        assertThat(BUNDLED.kindsStatedBy("|".repeat(1000), Locale.ENGLISH)).isEmpty();
    }
}
