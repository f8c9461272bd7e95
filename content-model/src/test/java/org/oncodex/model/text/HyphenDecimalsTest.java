package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyphenDecimalsTest {

    @Test
    void mid_dots_printed_as_hyphens_are_read_as_decimals_and_reported() {
        Findings out = RecognizerTestSupport.findings(new HyphenDecimals(), "10-0 million (9-36-10-6) deaths");
        assertThat(out.statements).hasSize(1);
        EffectStatement s = out.statements.get(0);
        assertThat(s.kind()).isEqualTo(EffectStatement.Kind.QUANTITY);
        assertThat(s.printedValue()).contains("10.0");
        assertThat(s.printedLower()).contains("9.36");
        assertThat(s.printedUpper()).contains("10.6");
        assertThat(s.unitLabel()).contains("million");
        assertThat(out.diagnostics).extracting(Diagnostic::code).contains(Diagnostic.Code.TYPO_READ);
    }

    @Test
    void less_than_the_whole_shape_is_not_read_as_decimals() {
        // no bracket of four, no unit of amount, or halves that do not bound the value
        assertThat(RecognizerTestSupport.read(new HyphenDecimals(), "23-6 million people"))
                .isEmpty();
        assertThat(RecognizerTestSupport.read(new HyphenDecimals(), "23-6 (22-2-24-9)"))
                .isEmpty();
        assertThat(RecognizerTestSupport.read(new HyphenDecimals(), "23-6 million (22-24)"))
                .isEmpty();
        assertThat(RecognizerTestSupport.read(new HyphenDecimals(), "23-6 million (30-2-34-9)"))
                .isEmpty();
        assertThat(RecognizerTestSupport.read(new HyphenDecimals(), "23 - 6 million (22-2-24-9)"))
                .isEmpty();
    }

    @Test
    void in_a_sentence_the_value_is_no_longer_read_as_its_digits_after_the_hyphen() {
        ParseResult r = EffectStatements.parse("Total cancers resulted in 23-6 million (22-2-24-9) incident cases");
        assertThat(r.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.value()).hasValue(23.6));
    }
}
