package org.oncodex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegimenTest {

    @Test
    void builds_a_regimen_of_two_components_in_order() {
        Regimen regimen =
                Regimen.of("atezolizumab-bevacizumab", "atezolizumab plus bevacizumab", "atezolizumab", "bevacizumab");

        assertThat(regimen.componentIds()).containsExactly("atezolizumab", "bevacizumab");
        assertThat(regimen.names()).containsExactly("atezolizumab plus bevacizumab");
    }

    @Test
    void names_list_the_name_then_synonyms() {
        Regimen regimen = Regimen.builder()
                .id("nivolumab-ipilimumab")
                .name("nivolumab plus ipilimumab")
                .addSynonyms("nivo + ipi", "nivolumab and ipilimumab")
                .addComponentIds("nivolumab", "ipilimumab")
                .build();

        assertThat(regimen.names())
                .containsExactly("nivolumab plus ipilimumab", "nivo + ipi", "nivolumab and ipilimumab");
    }

    @Test
    void rejects_a_single_component() {
        assertThatThrownBy(() -> Regimen.of("sorafenib-alone", "sorafenib alone", "sorafenib"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Regimen \"sorafenib-alone\" componentIds must name at least two drugs or therapies:"
                        + " [sorafenib]");
    }

    @Test
    void rejects_no_components() {
        assertThatThrownBy(() -> Regimen.of("empty-regimen", "empty regimen"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("componentIds must name at least two drugs or therapies: []");
    }

    @Test
    void rejects_a_repeated_component() {
        assertThatThrownBy(() -> Regimen.of("sorafenib-twice", "sorafenib twice", "sorafenib", "sorafenib"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Regimen \"sorafenib-twice\" componentIds must not repeat: [sorafenib, sorafenib]");
    }

    @Test
    void rejects_a_component_that_is_not_an_id() {
        assertThatThrownBy(() -> Regimen.of(
                        "atezolizumab-bevacizumab", "atezolizumab plus bevacizumab", "atezolizumab", "Bevacizumab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("componentIds must be lowercase letters and digits")
                .hasMessageContaining("\"Bevacizumab\"");
    }

    @Test
    void reports_a_bad_id_a_blank_name_a_repeated_synonym_and_too_few_components_at_once() {
        assertThatThrownBy(() -> Regimen.builder()
                        .id("Atezo+Bev")
                        .name(" ")
                        .addSynonyms("atezo-bev", "atezo-bev")
                        .addComponentId("atezolizumab")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Regimen \"Atezo+Bev\" has ")
                .hasMessageContaining("id must be lowercase letters and digits joined by single hyphens")
                .hasMessageContaining("name must not be blank: \" \"")
                .hasMessageContaining("synonyms must not repeat: \"atezo-bev\"")
                .hasMessageContaining("componentIds must name at least two drugs or therapies: [atezolizumab]");
    }
}
