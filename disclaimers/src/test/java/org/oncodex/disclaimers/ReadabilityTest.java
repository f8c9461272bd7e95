package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reading-level helper the catalogue tests rely on counts what it says it counts. */
class ReadabilityTest {

    @Test
    void counts_english_syllables_by_vowel_groups_with_the_usual_silent_endings() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("cancer", 2),
                Map.entry("care", 1),
                Map.entry("table", 2),
                Map.entry("used", 1),
                Map.entry("tested", 2),
                Map.entry("makes", 1),
                Map.entry("uses", 2),
                Map.entry("therapy", 3),
                Map.entry("information", 4),
                Map.entry("the", 1),
                Map.entry("Investigational", 6));
        expected.forEach((word, syllables) ->
                assertThat(Readability.englishSyllables(word)).as(word).isEqualTo(syllables));
    }

    @Test
    void counts_spanish_syllables_joining_diphthongs_and_splitting_hiatuses() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("médico", 3),
                Map.entry("tratamiento", 4),
                Map.entry("ensayo", 3),
                Map.entry("día", 2),
                Map.entry("poeta", 3),
                Map.entry("muy", 1),
                Map.entry("que", 1),
                Map.entry("aprobación", 4),
                Map.entry("y", 1));
        expected.forEach((word, syllables) ->
                assertThat(Readability.spanishSyllables(word)).as(word).isEqualTo(syllables));
    }

    @Test
    void computes_flesch_kincaid_from_words_sentences_and_syllables() {
        // 9 words, 2 sentences, 10 syllables (advice: 2)
        String text = "Talk with your care team. It is not advice.";

        assertThat(Readability.words(text)).hasSize(9);
        assertThat(Readability.sentences(text)).isEqualTo(2);
        assertThat(Readability.fleschKincaidGrade(text)).isCloseTo(0.39 * 9 / 2 + 11.8 * 10 / 9 - 15.59, within(1e-9));
    }

    @Test
    void computes_fernandez_huerta_from_syllables_per_word_and_words_per_sentence() {
        // 6 words, 1 sentence, 11 syllables: Hable(2) con(1) su(1) equipo(3) médico(3) hoy(1)
        String text = "Hable con su equipo médico hoy.";

        assertThat(Readability.fernandezHuerta(text)).isCloseTo(206.84 - 60.0 * 11 / 6 - 1.02 * 6, within(1e-9));
    }

    @Test
    void longer_words_and_sentences_read_harder() {
        assertThat(Readability.fleschKincaidGrade(
                        "Investigational immunotherapeutic interventions necessitate comprehensive consideration."))
                .isGreaterThan(Readability.fleschKincaidGrade("Ask your care team. They know you."));
        assertThat(Readability.fernandezHuerta(
                        "Las intervenciones inmunoterapéuticas experimentales requieren una consideración exhaustiva."))
                .isLessThan(Readability.fernandezHuerta("Hable con su médico. Él le conoce."));
    }
}
