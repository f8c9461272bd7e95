package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncodex.model.text.ReadingLevel;

/**
 * The wording that ships: plain language, English and Spanish in step, honest about approval.
 *
 * <p>Reading levels are measured on the rendered text (variables filled with typical values), per
 * entry, with {@link ReadingLevel}.
 */
class BundledCatalogTest {
    private static final DisclaimerCatalog BUNDLED = DisclaimerCatalog.bundled();
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final double MAX_ENGLISH_GRADE = 8.0;
    private static final double MIN_SPANISH_EASE = 70.0;

    private static final Map<DisclaimerVariable, String> ENGLISH_VALUES = values("CAR-T cell therapy", "liver cancer");
    private static final Map<DisclaimerVariable, String> SPANISH_VALUES =
            values("La terapia CAR-T", "cáncer de hígado");

    private static Map<DisclaimerVariable, String> values(String therapy, String cancerType) {
        Map<DisclaimerVariable, String> values = new EnumMap<>(DisclaimerVariable.class);
        values.put(DisclaimerVariable.THERAPY, therapy);
        values.put(DisclaimerVariable.CANCER_TYPE, cancerType);
        values.put(DisclaimerVariable.GUIDELINE, "NCCN Guidelines for Patients");
        values.put(DisclaimerVariable.DATE, "2026");
        return values;
    }

    private static List<Disclaimer> in(Locale locale) {
        return BUNDLED.disclaimers().stream()
                .filter(d -> d.locale().equals(locale))
                .toList();
    }

    private static Map<DisclaimerKind, Disclaimer> byKind(Locale locale) {
        return in(locale).stream().collect(Collectors.toMap(Disclaimer::kind, Function.identity()));
    }

    @Test
    void english_wording_reads_at_grade_8_or_below() {
        for (Disclaimer d : in(Locale.ENGLISH)) {
            String text = d.render(ENGLISH_VALUES).text();
            assertThat(ReadingLevel.fleschKincaidGrade(text))
                    .as("Flesch-Kincaid grade of %s: %s", d, text)
                    .isLessThanOrEqualTo(MAX_ENGLISH_GRADE);
        }
    }

    @Test
    void spanish_wording_is_fairly_easy_or_easier_to_read() {
        for (Disclaimer d : in(SPANISH)) {
            String text = d.render(SPANISH_VALUES).text();
            assertThat(ReadingLevel.fernandezHuertaEase(text))
                    .as("Fernández-Huerta ease of %s: %s", d, text)
                    .isGreaterThanOrEqualTo(MIN_SPANISH_EASE);
        }
    }

    @Test
    void spanish_and_english_cover_the_same_kinds_with_the_same_ids_placements_and_variables() {
        Map<DisclaimerKind, Disclaimer> english = byKind(Locale.ENGLISH);
        Map<DisclaimerKind, Disclaimer> spanish = byKind(SPANISH);

        assertThat(spanish.keySet()).isEqualTo(english.keySet()).containsExactlyInAnyOrder(DisclaimerKind.values());
        english.forEach((kind, en) -> {
            Disclaimer es = java.util.Objects.requireNonNull(spanish.get(kind));
            assertThat(es.id()).as("id of %s", kind).isEqualTo(en.id());
            assertThat(es.placement()).as("placement of %s", kind).isEqualTo(en.placement());
            assertThat(es.version()).as("version of %s", kind).isEqualTo(en.version());
            assertThat(es.variables()).as("variables of %s", kind).containsExactlyInAnyOrderElementsOf(en.variables());
            assertThat(es.text()).as("%s is translated", kind).isNotEqualTo(en.text());
        });
    }

    @Test
    void the_investigational_wording_names_the_therapy_and_the_cancer_type_and_says_not_approved() {
        Disclaimer en = BUNDLED.disclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY, Locale.ENGLISH);
        Disclaimer es = BUNDLED.disclaimer(DisclaimerKind.INVESTIGATIONAL_THERAPY, SPANISH);

        assertThat(en.variables()).containsExactly(DisclaimerVariable.THERAPY, DisclaimerVariable.CANCER_TYPE);
        assertThat(en.render(ENGLISH_VALUES).text())
                .startsWith("CAR-T cell therapy is not approved to treat liver cancer.");
        assertThat(es.render(SPANISH_VALUES).text())
                .startsWith("La terapia CAR-T no tiene aprobación para tratar cáncer de hígado.");
    }

    @Test
    void the_patient_policy_placements_match_where_the_wording_is_written_to_stand() {
        AnswerFacts everything = AnswerFacts.builder()
                .aiGenerated(true)
                .cancerType("liver cancer")
                .addTherapy(TherapyMention.of("CAR-T cell therapy", ApprovalState.NOT_APPROVED))
                .mentionsClinicalTrials(true)
                .mentionsOffLabelUse(true)
                .mentionsUrgentSymptoms(true)
                .build();

        List<Requirement> required = DisclaimerPolicy.patientFacing().requirements(everything);

        assertThat(required).extracting(Requirement::kind).containsExactlyInAnyOrder(DisclaimerKind.values());
        for (Requirement r : required) {
            assertThat(BUNDLED.disclaimer(r.kind(), Locale.ENGLISH).placement())
                    .as("placement of %s", r.kind())
                    .isEqualTo(r.placement());
        }
    }
}
