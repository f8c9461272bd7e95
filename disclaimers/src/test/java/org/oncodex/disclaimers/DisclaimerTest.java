package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclaimerTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Disclaimer.Builder investigational() {
        return Disclaimer.builder()
                .id("investigational-therapy")
                .kind(DisclaimerKind.INVESTIGATIONAL_THERAPY)
                .version(3)
                .locale(Locale.ENGLISH)
                .placement(Placement.INLINE)
                .text("{therapy} is not approved to treat {cancerType}. Ask your care team about {therapy}.");
    }

    @Test
    void a_wording_that_starts_with_its_variable_is_stated_whatever_words_stand_there() {
        Disclaimer d = investigational().build();
        assertThat(d.isStatedBy("Nivolumab is not approved to treat liver cancer. Ask your care team about it."))
                .isTrue();
        assertThat(d.isStatedBy("CAR-T cell therapy is not approved to treat HCC. Ask your care team about it."))
                .isTrue();
        assertThat(d.isStatedBy("Is not approved to treat HCC. Ask your care team about it."))
                .as("no words of the variable before the rest")
                .isFalse();
        // issue 16: the front of the pattern was a lazy run of up to 200 characters, which find() tried
        // at every position of the text: 200 steps a character, most of the time to check an answer
        assertThat(d.wordingPattern().pattern()).doesNotStartWith("[^").doesNotStartWith("\\Q\\E[^");
    }

    @Test
    void renders_with_every_variable_filled_and_keeps_id_version_and_locale() {
        RenderedDisclaimer shown = investigational()
                .build()
                .render(Map.of(
                        DisclaimerVariable.THERAPY, "CAR-T cell therapy",
                        DisclaimerVariable.CANCER_TYPE, "liver cancer"));

        assertThat(shown.text())
                .isEqualTo("CAR-T cell therapy is not approved to treat liver cancer."
                        + " Ask your care team about CAR-T cell therapy.");
        assertThat(shown.id()).isEqualTo("investigational-therapy");
        assertThat(shown.version()).isEqualTo(3);
        assertThat(shown.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(shown.kind()).isEqualTo(DisclaimerKind.INVESTIGATIONAL_THERAPY);
        assertThat(shown.placement()).isEqualTo(Placement.INLINE);
        assertThat(shown).hasToString("investigational-therapy v3 en at INLINE");
    }

    @Test
    void lists_its_variables_in_order_of_first_use() {
        assertThat(investigational().build().variables())
                .containsExactly(DisclaimerVariable.THERAPY, DisclaimerVariable.CANCER_TYPE);
    }

    @Test
    void a_missing_variable_is_an_error_naming_every_one_missing() {
        Disclaimer disclaimer = investigational().build();

        assertThatThrownBy(() -> disclaimer.render(Map.of(DisclaimerVariable.GUIDELINE, "NCCN")))
                .isInstanceOfSatisfying(MissingVariableException.class, e -> {
                    assertThat(e.missing()).containsExactly(DisclaimerVariable.THERAPY, DisclaimerVariable.CANCER_TYPE);
                    assertThat(e.disclaimerId()).isEqualTo("investigational-therapy");
                    assertThat(e.version()).isEqualTo(3);
                    assertThat(e.languageTag()).isEqualTo("en");
                })
                .hasMessage("Disclaimer investigational-therapy v3 en needs a value for every variable its text uses;"
                        + " missing: {therapy}, {cancerType}");
    }

    @Test
    void a_blank_value_counts_as_missing() {
        assertThatThrownBy(() -> investigational()
                        .build()
                        .render(Map.of(
                                DisclaimerVariable.THERAPY, "CAR-T cell therapy",
                                DisclaimerVariable.CANCER_TYPE, " ")))
                .isInstanceOfSatisfying(
                        MissingVariableException.class,
                        e -> assertThat(e.missing()).containsExactly(DisclaimerVariable.CANCER_TYPE));
    }

    @Test
    void values_the_text_does_not_use_are_ignored() {
        Disclaimer plain =
                investigational().text("This answer is not medical advice.").build();

        assertThat(plain.render(Map.of(DisclaimerVariable.DATE, "May 18, 2026")).text())
                .isEqualTo("This answer is not medical advice.");
        assertThat(plain.variables()).isEmpty();
    }

    @Test
    void values_are_inserted_as_they_are_and_never_filled_again() {
        RenderedDisclaimer shown = investigational()
                .build()
                .render(Map.of(DisclaimerVariable.THERAPY, "{cancerType}", DisclaimerVariable.CANCER_TYPE, "$1 \\ }{"));

        assertThat(shown.text())
                .isEqualTo("{cancerType} is not approved to treat $1 \\ }{. Ask your care team about {cancerType}.");
    }

    @Test
    void renders_a_spanish_text_with_accents_unchanged() {
        Disclaimer spanish = investigational()
                .locale(SPANISH)
                .text("{therapy} no tiene aprobación para tratar {cancerType}.")
                .build();

        assertThat(spanish.render(Map.of(
                                DisclaimerVariable.THERAPY, "La terapia CAR-T",
                                DisclaimerVariable.CANCER_TYPE, "el cáncer de hígado"))
                        .text())
                .isEqualTo("La terapia CAR-T no tiene aprobación para tratar el cáncer de hígado.");
    }

    @Test
    void rejects_an_unknown_variable_naming_the_known_ones() {
        assertThatThrownBy(() -> investigational().text("Ask {doctor}.").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Disclaimer \"investigational-therapy\" text must use only the variables {cancerType},"
                        + " {therapy}, {guideline}, {date} (found {doctor}): \"Ask {doctor}.\"");
    }

    @Test
    void rejects_literal_braces_and_unclosed_variables() {
        assertThatThrownBy(() -> investigational().text("a } b {therapy").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Disclaimer \"investigational-therapy\" has 2 problems:"
                        + " text must not hold a } that closes no variable (at 2): \"a } b {therapy\";"
                        + " text must close every { with a } (the { at 6 is not closed): \"a } b {therapy\"");
    }

    @Test
    void rejects_a_variable_name_in_another_case_or_with_spaces() {
        assertThatThrownBy(() ->
                        investigational().text("{Therapy} and { therapy }").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(found {Therapy})")
                .hasMessageContaining("(found { therapy })");
    }

    @Test
    void rejects_every_invalid_field_at_once() {
        assertThatThrownBy(() -> Disclaimer.builder()
                        .id("Not_Medical_Advice")
                        .kind(DisclaimerKind.NOT_MEDICAL_ADVICE)
                        .version(0)
                        .locale(Locale.ROOT)
                        .placement(Placement.HEADER)
                        .text(" ")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Disclaimer \"Not_Medical_Advice\" has 4 problems:"
                        + " id must be lowercase letters and digits joined by single hyphens (such as"
                        + " \"not-medical-advice\"): \"Not_Medical_Advice\";"
                        + " version must be a whole number of 1 or more: 0;"
                        + " locale must be a well-formed language tag that names a language (such as \"es\" or"
                        + " \"es-MX\"): \"und\";"
                        + " text must not be blank: \" \"");
    }

    @Test
    void rejects_a_text_with_white_space_around_it() {
        assertThatThrownBy(() ->
                        investigational().text("Talk with your care team. ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Disclaimer \"investigational-therapy\" text must not start or end with white space:"
                        + " \"Talk with your care team. \"");
    }

    @Test
    void shows_id_version_and_locale_for_logs() {
        assertThat(investigational().locale(Locale.forLanguageTag("es-MX")).build())
                .hasToString("investigational-therapy v3 es-MX");
    }
}
