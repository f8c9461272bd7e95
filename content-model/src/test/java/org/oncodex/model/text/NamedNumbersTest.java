package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number that names a trial, phase or group between a label and its value ("the hazard ratio for
 * death in CheckMate 459 was 0.85") is not the label's value. Sentences written for this test.
 */
class NamedNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "the hazard ratio for death in CheckMate 9DW was 0.79 | 0.79",
                "the hazard ratio for death in CheckMate 459 was 0.85 | 0.85",
                "the hazard ratio in KEYNOTE 394 was 0.79 (95% CI 0.63-0.99) | 0.79",
                "the hazard ratio in the phase 3 trial was 0.70 | 0.70",
                "the hazard ratio for patients with ECOG 1 was 0.70 | 0.70",
                "the odds ratio in cohort 2, 1.45 | 1.45",
                "the hazard ratio at 158 events was 0.70 | 0.70",
                "the hazard ratio in 957 patients was 0.81 | 0.81",
            })
    void the_value_after_a_named_number_is_the_labels(String text, String printed) {
        List<EffectStatement> read = EffectStatements.parse(text).statements();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).printedValue()).contains(printed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // no value said after the number: it stays the label's value
                "HR for PFS by BICR 0.62 | 0.62",
                "the hazard ratio for OS was 0.62 | 0.62",
                "hazard ratio, 0.68; 95% CI, 0.45 to 1.02 | 0.68",
            })
    void a_value_right_after_its_label_or_its_endpoint_is_still_read(String text, String printed) {
        List<EffectStatement> read = EffectStatements.parse(text).statements();
        assertThat(read).isNotEmpty();
        assertThat(read.get(0).printedValue()).contains(printed);
    }

    private static final List<String> NAMES = List.of("CheckMate", "KEYNOTE", "IMbrave", "HIMALAYA", "phase", "stage");

    @Test
    void whatever_the_name_and_its_number_the_value_said_after_them_is_read() {
        qt().forAll(
                        integers().between(0, NAMES.size() - 1),
                        integers().between(1, 999),
                        integers().between(1, 199))
                .checkAssert((name, number, hundredths) -> {
                    String value = String.format(java.util.Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
                    String text =
                            "The hazard ratio for death in " + NAMES.get(name) + " " + number + " was " + value + ".";
                    List<EffectStatement> read = EffectStatements.parse(text).statements();
                    assertThat(read).as(text).hasSize(1);
                    assertThat(read.get(0).kind()).as(text).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
                    assertThat(read.get(0).printedValue()).as(text).contains(value);
                });
    }
}
