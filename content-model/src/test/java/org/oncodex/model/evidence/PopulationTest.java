package org.oncodex.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oncodex.model.Biomarker;
import org.oncodex.model.CancerType;
import org.oncodex.model.DiseaseSetting;

class PopulationTest {
    private static final CancerType HCC = CancerType.of("hepatocellular-carcinoma", "hepatocellular carcinoma");

    @Test
    void of_takes_the_id_of_the_cancer_type() {
        Population population = Population.of(HCC);

        assertThat(population.cancerTypeIds()).containsExactly("hepatocellular-carcinoma");
        assertThat(population.subgroup()).isEmpty();
    }

    @Test
    void of_with_subgroup_keeps_the_subgroup() {
        assertThat(Population.of(HCC, "macrovascular invasion").subgroup()).contains("macrovascular invasion");
    }

    @Test
    void builds_a_pan_cancer_population_by_description_and_biomarker() {
        Population population = Population.builder()
                .description("pan-cancer")
                .biomarker(Biomarker.of("msi-h-dmmr", "MSI-H/dMMR"))
                .addSettings(DiseaseSetting.METASTATIC)
                .build();

        assertThat(population.cancerTypeIds()).isEmpty();
        assertThat(population.biomarkerIds()).containsExactly("msi-h-dmmr");
        assertThat(population.settings()).containsExactly(DiseaseSetting.METASTATIC);
    }

    @Test
    void rejects_a_population_with_neither_cancer_type_nor_description() {
        assertThatThrownBy(() -> Population.builder()
                        .addSettings(DiseaseSetting.METASTATIC)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Population needs a cancer type id or a description, got neither");
    }

    @Test
    void reports_every_problem_at_once() {
        assertThatThrownBy(() -> Population.builder()
                        .addCancerTypeIds("hepatocellular-carcinoma", "hepatocellular-carcinoma", "HCC")
                        .addBiomarkerId("MSI H")
                        .addSettings(DiseaseSetting.METASTATIC, DiseaseSetting.METASTATIC)
                        .subgroup("")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Population has 5 problems: ")
                .hasMessageContaining("cancerTypeIds must be lowercase letters and digits")
                .hasMessageContaining("\"HCC\"")
                .hasMessageContaining("biomarkerIds must be lowercase letters and digits")
                .hasMessageContaining("\"MSI H\"")
                .hasMessageContaining(
                        "cancerTypeIds must not repeat: [hepatocellular-carcinoma, hepatocellular-carcinoma, HCC]")
                .hasMessageContaining("settings must not repeat: [METASTATIC, METASTATIC]")
                .hasMessageContaining("subgroup must not be blank: \"\"");
    }
}
