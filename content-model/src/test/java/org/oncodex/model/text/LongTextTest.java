package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long text is read a part at a time; what it finds is what reading each sentence alone finds. */
class LongTextTest {
    private static final List<String> SENTENCES = List.of(
            "The median PFS and OS were 7.6 months and 17.6 months, respectively.",
            "ORR was 45% vs 30% (P = 0.01) in the combination group.",
            "At 24 months, 90% of the patients with stage II to IIIA disease in the osimertinib group "
                    + "(95% confidence interval [CI], 84 to 93) were alive.",
            "During the first stage, 17 of the first 24 patients (71%; 95% CI, 49%–87%) had a benefit.",
            "The hazard ratio for death was 0.71 (95% CI, 0.55 to 0.90; P = 0.004).");

    @Test
    void a_long_text_reads_as_its_sentences_read_alone() {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int k = 0;
        while (text.length() < 3 * Parser.PART) {
            String sentence = SENTENCES.get(k++ % SENTENCES.size());
            int offset = text.length();
            for (EffectStatement s : EffectStatements.parse(sentence).statements()) {
                expected.add(describe(s, offset));
            }
            // sentences on one line and across lines: parts end at either
            text.append(sentence).append(k % 7 == 0 ? "\n" : " ");
        }
        List<String> read = EffectStatements.parse(text.toString()).statements().stream()
                .map(s -> describe(s, 0))
                .toList();
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void parts_end_at_a_line_break_or_a_full_stop_after_a_word() {
        String text = "a".repeat(10) + " in the group. The next one vs. Then\nmore";
        assertThat(Parser.partEnd(text, 0)).isEqualTo(text.indexOf(". The") + 1);
        assertThat(Parser.partEnd(text, text.indexOf("vs."))).isEqualTo(text.indexOf('\n') + 1);
        assertThat(Parser.partEnd("no boundary at all", 3)).isEqualTo("no boundary at all".length());
    }

    private static String describe(EffectStatement s, int offset) {
        return s.kind() + "@" + (s.start() + offset) + "-" + (s.end() + offset) + " "
                + s.printedValue().orElse("")
                + " " + s.estimate().map(Object::toString).orElse("") + " "
                + s.endpoint().map(Enum::name).orElse("")
                + " " + s.pValue().map(Object::toString).orElse("") + " "
                + s.comparatorEstimate().map(Object::toString).orElse("");
    }
}
