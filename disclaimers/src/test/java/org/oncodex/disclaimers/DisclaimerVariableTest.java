package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisclaimerVariableTest {

    @Test
    void each_variable_is_written_as_its_name_in_braces() {
        assertThat(DisclaimerVariable.CANCER_TYPE.placeholder()).isEqualTo("{cancerType}");
        assertThat(DisclaimerVariable.THERAPY.placeholder()).isEqualTo("{therapy}");
        assertThat(DisclaimerVariable.GUIDELINE.placeholder()).isEqualTo("{guideline}");
        assertThat(DisclaimerVariable.DATE.placeholder()).isEqualTo("{date}");
    }

    @Test
    void finds_a_variable_by_its_exact_name_only() {
        assertThat(DisclaimerVariable.forKey("cancerType")).contains(DisclaimerVariable.CANCER_TYPE);
        assertThat(DisclaimerVariable.forKey("cancertype")).isEmpty();
        assertThat(DisclaimerVariable.forKey("CANCER_TYPE")).isEmpty();
    }
}
