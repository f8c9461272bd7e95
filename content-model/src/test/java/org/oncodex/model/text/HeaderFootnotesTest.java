package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table's footnote letter run on the last word of a header ("Relative reductionb") is dropped before the
 * header is read; a word the parser knows keeps its last letter.
 */
class HeaderFootnotesTest {

    @Test
    void drops_a_letter_run_on_a_known_word() {
        assertThat(HeaderFootnotes.strip("Relative reductionb")).isEqualTo("Relative reduction");
        assertThat(HeaderFootnotes.strip("Hazard ratioa,b (95% CI)")).isEqualTo("Hazard ratio,b (95% CI)");
        assertThat(HeaderFootnotes.strip("Median survivalc, mo")).isEqualTo("Median survival, mo");
    }

    @Test
    void keeps_known_words_abbreviations_and_unknown_words() {
        for (String header : List.of(
                "Increased risk (95% CI)", "ORb", "HR (95% CIb)", "Absolute difference", "Mediastinal", "Rate")) {
            assertThat(HeaderFootnotes.strip(header)).as(header).isSameAs(header);
        }
    }

    @Test
    void a_cell_under_a_footnoted_header_takes_its_kind() {
        // BMC Cancer table cell (heldout-6): the relative reduction with its interval
        assertThat(EffectStatements.parse("16.5 [9.8; 22.8]", ParseContext.column("Relative reductionb"))
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.RELATIVE_CHANGE);
                    assertThat(s.printedLower()).contains("9.8");
                    assertThat(s.printedUpper()).contains("22.8");
                });
    }

    @Test
    void never_lengthens_and_drops_at_most_one_letter_a_word() {
        qt().withExamples(500)
                .forAll(strings().ascii().ofLengthBetween(0, 40), integers().between(0, 5))
                .checkAssert((header, letter) -> {
                    String footnoted = header + " reduction" + (char) ('a' + letter);
                    String stripped = HeaderFootnotes.strip(footnoted);
                    assertThat(stripped.length()).isLessThan(footnoted.length());
                    assertThat(stripped).endsWith(" reduction");
                    assertThat(HeaderFootnotes.strip(header).length()).isLessThanOrEqualTo(header.length());
                });
    }

    @Test
    void drops_a_letter_standing_alone_between_header_words() {
        // Eur J Hum Genet table 6 (heldout-9): "95% Confidence b interval"
        assertThat(HeaderFootnotes.strip("95% Confidence b interval")).isEqualTo("95% Confidence interval");
        assertThat(EffectStatements.parse("1.76–4.70", ParseContext.column("95% Confidence b interval"))
                        .statements())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.INTERVAL);
                    assertThat(s.printedLower()).contains("1.76");
                    assertThat(s.printedUpper()).contains("4.70");
                });
    }

    @Test
    void keeps_letters_that_are_words_or_names() {
        for (String header :
                List.of("Arm B, n (%)", "Patients with a response", "Group b", "(b) Adjusted", "Cohort c, OR")) {
            assertThat(HeaderFootnotes.strip(header)).as(header).isSameAs(header);
        }
    }

    @Test
    void a_lone_footnote_letter_between_lower_case_words_is_dropped_with_its_space() {
        qt().withExamples(300)
                .forAll(
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12),
                        integers().between(1, 5),
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12))
                .checkAssert((before, letter, after) -> {
                    String header = "Odds " + before + " " + (char) ('a' + letter) + " " + after;
                    assertThat(HeaderFootnotes.strip(header))
                            .isEqualTo(HeaderFootnotes.strip("Odds " + before + " " + after));
                });
    }
}
