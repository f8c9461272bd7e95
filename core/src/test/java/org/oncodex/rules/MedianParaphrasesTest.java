package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncodex.evidence.EvidenceBase;

/**
 * A median told without the word ("half of the people ... within 3.7 months", "still alive at 12.3 months", "8.6
 * months or more", "the typical time before the cancer grew") is read as a median of the endpoint its sentence
 * names, and checked as any median is. Written for these tests; the values are results of the bundled evidence base
 * or of their quotes (REFLECT's median progression-free survival, 7.4 and 3.7 months; SHARP's and REFLECT's median
 * overall survival; IMbrave150's median progression-free survival, 6.8 and 4.3 months; KEYNOTE-240's, 3.0 and 2.8).
 */
class MedianParaphrasesTest {
    private static final EvidenceBase KB = EvidenceBase.bundled();

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the comparator's median credited to the treatment
                "Half of the people on lenvatinib had their cancer grow within 3.7 months in REFLECT [3].",
                // another trial's median
                "Half of the people given sorafenib in SHARP were still alive at 12.3 months [8].",
                // a median no result has
                "Half of the people on lenvatinib were still alive at 15.6 months in REFLECT [3].",
                "Half of the people on atezolizumab plus bevacizumab went 8.6 months or more without their cancer"
                        + " growing in IMbrave150 [1].",
                "In KEYNOTE-240, the typical time before the cancer grew was 4.0 months with pembrolizumab and 2.8"
                        + " months with placebo [6].",
                "In IMbrave150, about half of the people on sorafenib had their cancer grow within 6.8 months, against"
                        + " 4.3 months with atezolizumab plus bevacizumab [1].",
            })
    void a_median_in_other_words_that_no_result_gives_it_is_found(String passage) {
        assertThat(NaturalWordingsTest.errors(passage))
                .as(passage)
                .anyMatch(f -> f.ruleId().equals("ONC-NUMBER-MISATTRIBUTED")
                        || f.ruleId().equals("ONC-NUMBER-UNGROUNDED"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Half of the people on lenvatinib had their cancer grow within 7.4 months in REFLECT [3].",
                "Half of the people given sorafenib in SHARP were still alive at 10.7 months [8].",
                "Half of the people on atezolizumab plus bevacizumab went 6.8 months or more without their cancer"
                        + " growing in IMbrave150 [1].",
                "In KEYNOTE-240, the typical time before the cancer grew was 3.0 months with pembrolizumab and 2.8"
                        + " months with placebo [6].",
                "In IMbrave150, about half of the people on sorafenib had their cancer grow within 4.3 months, against"
                        + " 6.8 months with atezolizumab plus bevacizumab [1].",
                // a whole time after "half" is a moment, not a median
                "Scans are repeated every 3 months, and about half of the people have them at 12 months [8].",
            })
    void a_median_in_other_words_that_a_result_gives_raises_no_error(String passage) {
        assertThat(NaturalWordingsTest.errors(passage)).as(passage).isEmpty();
    }

    @Test
    void a_time_after_half_is_a_median_when_printed_to_a_decimal_or_bounded_as_a_median() {
        qt().withExamples(300)
                .forAll(integers().between(1, 400), integers().between(0, 2))
                .checkAssert((tenths, shape) -> {
                    boolean decimal = tenths % 10 != 0;
                    String time =
                            decimal ? String.format(Locale.ROOT, "%.1f", tenths / 10.0) : String.valueOf(tenths / 10);
                    String text = switch (shape) {
                        case 0 -> "Half of the people were still alive at " + time + " months [8].";
                        case 1 -> "Half of the people had their cancer grow within " + time + " months [8].";
                        default -> "Half of the people went " + time + " months or more without their cancer growing.";
                    };
                    List<MedianParaphrases.Time> times =
                            MedianParaphrases.times(text, new int[] {0, text.length()}, new BitSet(), KB.vocabulary());
                    assertThat(times).as(text).hasSize(decimal || shape == 2 ? 1 : 0);
                    times.forEach(t -> assertThat(text.substring(t.number())).startsWith(time));
                });
    }

    @Test
    void the_label_is_written_over_the_words_before_the_time_and_never_over_a_treatments_name() {
        String text = "Half of the people on lenvatinib had their cancer grow within 3.7 months.";
        List<MedianParaphrases.Time> times =
                MedianParaphrases.times(text, new int[] {0, text.length()}, new BitSet(), KB.vocabulary());
        assertThat(times).hasSize(1);
        String rewritten = MedianParaphrases.asMedians(text, times);
        assertThat(rewritten).hasSameSizeAs(text).contains("mPFS   3.7 months").contains("lenvatinib");
        String named = "Half of the people went without growth on lenvatinib 3.7 months.";
        List<MedianParaphrases.Time> bare =
                MedianParaphrases.times(named, new int[] {0, named.length()}, new BitSet(), KB.vocabulary());
        assertThat(bare).allSatisfy(t -> assertThat(t.from()).isEqualTo(t.number()));
    }
}
