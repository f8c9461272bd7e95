package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {

    @ParameterizedTest
    @CsvSource({
        "OS, OS",
        "os, OS",
        "overall survival, OS",
        "Overall Survival, OS",
        "'  PFS  ', PFS",
        "progression free survival, PFS",
        "relapse-free survival, RFS",
        "DoR, DOR",
        "pcr, PCR",
        "pathological complete response, PCR",
        "response rate, ORR",
        "LC, LOCAL_CONTROL",
        "grade ≥3 AEs, GRADE_3_PLUS_ADVERSE_EVENTS",
        "severe adverse events, GRADE_3_PLUS_ADVERSE_EVENTS"
    })
    void from_label_finds_abbreviations_labels_and_synonyms_ignoring_case_and_space(String text, Endpoint expected) {
        assertThat(Endpoint.fromLabel(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "quality of life", "overall", "O S", "overall  survival"})
    void from_label_gives_nothing_for_unknown_text(String text) {
        assertThat(Endpoint.fromLabel(text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void every_abbreviation_label_and_synonym_leads_back_to_its_endpoint(Endpoint endpoint) {
        assertThat(Endpoint.fromLabel(endpoint.abbreviation())).contains(endpoint);
        assertThat(Endpoint.fromLabel(endpoint.label())).contains(endpoint);
        assertThat(Endpoint.fromLabel(endpoint.label().toUpperCase(Locale.ROOT)))
                .contains(endpoint);
        for (String synonym : endpoint.synonyms()) {
            assertThat(Endpoint.fromLabel(synonym)).as(synonym).contains(endpoint);
        }
    }

    @Test
    @SuppressWarnings("deprecation") // new Locale(String) is deprecated from Java 19; Java 17 is the target
    void from_label_ignores_the_turkish_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("tr"));
            // In Turkish, "I".toLowerCase() is a dotless "ı", which breaks locale-sensitive matching.
            assertThat(Endpoint.fromLabel("PFS")).contains(Endpoint.PFS);
            assertThat(Endpoint.fromLabel("OVERALL SURVIVAL")).contains(Endpoint.OS);
            assertThat(Endpoint.fromLabel("DISEASE CONTROL RATE")).contains(Endpoint.DCR);
            assertThat(Endpoint.fromLabel("OBJECTIVE RESPONSE RATE")).contains(Endpoint.ORR);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void overall_survival_is_a_time_to_death() {
        assertThat(Endpoint.OS.kind()).isEqualTo(Endpoint.Kind.TIME_TO_EVENT);
        assertThat(Endpoint.OS.isTimeToEvent()).isTrue();
        assertThat(Endpoint.OS.event()).contains("death");
        assertThat(Endpoint.OS.abbreviation()).isEqualTo("OS");
        assertThat(Endpoint.OS.label()).isEqualTo("overall survival");
    }

    @Test
    void objective_response_rate_is_a_proportion_without_event() {
        assertThat(Endpoint.ORR.kind()).isEqualTo(Endpoint.Kind.PROPORTION);
        assertThat(Endpoint.ORR.isTimeToEvent()).isFalse();
        assertThat(Endpoint.ORR.event()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void has_an_event_exactly_when_it_is_a_time_to_event(Endpoint endpoint) {
        assertThat(endpoint.event().isPresent()).isEqualTo(endpoint.isTimeToEvent());
        assertThat(endpoint.isTimeToEvent()).isEqualTo(endpoint.kind() == Endpoint.Kind.TIME_TO_EVENT);
    }
}
