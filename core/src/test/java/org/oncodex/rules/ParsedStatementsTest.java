package org.oncodex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncodex.model.text.EffectStatement;
import org.oncodex.model.text.EffectStatements;

/** Sentences written for this test, not quoted from a source. */
class ParsedStatementsTest {

    @Test
    void a_share_in_words_is_left_to_the_fraction_reader() {
        String text = "Half the patients in the trial responded.";
        assertThat(EffectStatements.parse(text).statements())
                .extracting(EffectStatement::kind)
                .contains(EffectStatement.Kind.PROPORTION);
        assertThat(ParsedStatements.of(text)).isEmpty();
    }

    @Test
    void percentages_in_digits_or_words_are_kept() {
        assertThat(ParsedStatements.of("About 50% of the patients responded."))
                .extracting(EffectStatement::kind)
                .containsExactly(EffectStatement.Kind.PROPORTION);
        String words = "Thirty-eight percent of the patients responded.";
        assertThat(ParsedStatements.of(words))
                .hasSameSizeAs(EffectStatements.parse(words).statements());
    }
}
