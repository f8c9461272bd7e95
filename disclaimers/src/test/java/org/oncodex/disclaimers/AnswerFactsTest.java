package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oncodex.model.CancerType;

class AnswerFactsTest {

    @Test
    void defaults_to_a_patient_on_the_web_with_nothing_mentioned() {
        AnswerFacts facts = AnswerFacts.builder().aiGenerated(true).build();

        assertThat(facts.audience()).isEqualTo(Audience.PATIENT);
        assertThat(facts.channel()).isEqualTo(Channel.WEB);
        assertThat(facts.cancerType()).isEmpty();
        assertThat(facts.therapies()).isEmpty();
        assertThat(facts.mentionsClinicalTrials()).isFalse();
        assertThat(facts.mentionsOffLabelUse()).isFalse();
        assertThat(facts.mentionsUrgentSymptoms()).isFalse();
    }

    @Test
    void requires_whether_ai_generated_the_answer_to_be_stated() {
        assertThatThrownBy(() -> AnswerFacts.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("aiGenerated");
    }

    @Test
    void takes_the_cancer_type_by_its_name() {
        AnswerFacts facts = AnswerFacts.builder()
                .aiGenerated(false)
                .cancerType(CancerType.of("hepatocellular-carcinoma", "hepatocellular carcinoma"))
                .build();

        assertThat(facts.cancerType()).contains("hepatocellular carcinoma");
    }
}
