package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reading-level measures count what they say they count. */
class ReadingLevelTest {

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
                assertThat(ReadingLevel.englishSyllables(word)).as(word).isEqualTo(syllables));
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
                assertThat(ReadingLevel.spanishSyllables(word)).as(word).isEqualTo(syllables));
    }

    @Test
    void computes_flesch_kincaid_from_words_sentences_and_syllables() {
        // 9 words, 2 sentences, 10 syllables (advice: 2)
        String text = "Talk with your care team. It is not advice.";

        assertThat(ReadingLevel.words(text)).hasSize(9);
        assertThat(ReadingLevel.sentences(text)).isEqualTo(2);
        assertThat(ReadingLevel.fleschKincaidGrade(text)).isCloseTo(0.39 * 9 / 2 + 11.8 * 10 / 9 - 15.59, within(1e-9));
    }

    @Test
    void computes_fernandez_huerta_from_syllables_per_word_and_words_per_sentence() {
        // 6 words, 1 sentence, 11 syllables: Hable(2) con(1) su(1) equipo(3) médico(3) hoy(1)
        String text = "Hable con su equipo médico hoy.";

        assertThat(ReadingLevel.fernandezHuertaEase(text)).isCloseTo(206.84 - 60.0 * 11 / 6 - 1.02 * 6, within(1e-9));
    }

    @Test
    void longer_words_and_sentences_read_harder() {
        assertThat(ReadingLevel.fleschKincaidGrade(
                        "Investigational immunotherapeutic interventions necessitate comprehensive consideration."))
                .isGreaterThan(ReadingLevel.fleschKincaidGrade("Ask your care team. They know you."));
        assertThat(ReadingLevel.fernandezHuertaEase(
                        "Las intervenciones inmunoterapéuticas experimentales requieren una consideración exhaustiva."))
                .isLessThan(ReadingLevel.fernandezHuertaEase("Hable con su médico. Él le conoce."));
    }

    @Test
    void numbers_and_hyphenated_names_are_single_words_and_decimal_points_end_no_sentence() {
        String text = "The hazard ratio was 0.62 with CAR-T. Ask about it.\nWhat is next?";
        assertThat(ReadingLevel.words(text)).contains("0.62", "CAR-T");
        assertThat(ReadingLevel.wordCount(text)).isEqualTo(13);
        assertThat(ReadingLevel.sentences(text)).isEqualTo(3);
        assertThat(ReadingLevel.sentences("One line\nand another")).isEqualTo(2);
        assertThat(ReadingLevel.fleschKincaidGrade("... --- !!!")).isNaN();
    }

    @Test
    void a_hyphenated_word_of_2000_parts_is_one_word() {
        String word = "a-".repeat(2_000) + "a";
        assertThat(ReadingLevel.words(word + " and 1.2.3")).containsExactly(word, "and", "1.2.3");
        assertThat(ReadingLevel.fleschKincaidGrade(word)).isFinite();
    }

    @Test
    @Tag("timing")
    void a_run_of_spaces_after_many_words_takes_linear_time() {
        String words = "Ask your care team about the treatment. ".repeat(10);
        long[] best = new long[2];
        ReadingLevel.sentences(words + "x" + " ".repeat(1_000) + "x"); // warm up
        for (int size = 0; size < 2; size++) {
            String text = words + "x" + " ".repeat(size == 0 ? 10_000 : 100_000) + "x";
            best[size] = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = cpuTime();
                ReadingLevel.sentences(text);
                ReadingLevel.fleschKincaidGrade(text);
                best[size] = Math.min(best[size], cpuTime() - start);
            }
        }
        // linear work gives about 10, quadratic about 100 (the pattern it replaced: 94, 35 s at 100 KB);
        // a ratio, never an absolute time
        assertThat((double) best[1] / Math.max(1, best[0])).isLessThan(30);
    }

    /** The calling thread's CPU time where the JVM measures it (a busy machine's waits are not counted), else wall time. */
    private static long cpuTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                ? threads.getCurrentThreadCpuTime()
                : System.nanoTime();
    }
}
