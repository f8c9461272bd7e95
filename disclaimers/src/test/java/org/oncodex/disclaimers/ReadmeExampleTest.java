package org.oncodex.disclaimers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example offered for the README's disclaimers section compiles, runs and shows what it says. */
class ReadmeExampleTest {

    @Test
    void the_readme_example_renders_the_required_disclaimers_for_car_t_in_liver_cancer() {
        // tag::disclaimers[]
        List<RenderedDisclaimer> shown = new ArrayList<>();
        AnswerFacts facts = AnswerFacts.builder()
                .aiGenerated(true)
                .cancerType("liver cancer")
                .addTherapy(TherapyMention.of("CAR-T cell therapy", ApprovalState.NOT_APPROVED))
                .mentionsClinicalTrials(true)
                .build();

        DisclaimerPolicy policy = DisclaimerPolicy.patientFacing();
        DisclaimerCatalog catalog = DisclaimerCatalog.bundled(); // or load(path), withOverrides(...)
        for (Requirement required : policy.requirements(facts)) {
            RenderedDisclaimer disclaimer = catalog.render(required, Locale.ENGLISH, Map.of());
            shown.add(disclaimer); // place by disclaimer.placement(); log id and version
        }
        String why = policy.explain(facts); // one line per rule: required or not, and why
        // end::disclaimers[]

        assertThat(shown)
                .extracting(RenderedDisclaimer::toString)
                .containsExactly(
                        "informational-only v1 en at HEADER",
                        "ai-generated v1 en at HEADER",
                        "not-medical-advice v1 en at HEADER",
                        "investigational-therapy v1 en at INLINE",
                        "clinical-trials v1 en at INLINE",
                        "consult-care-team v1 en at FOOTER",
                        "general-information v1 en at FOOTER");
        assertThat(shown.get(3).text()).startsWith("CAR-T cell therapy is not approved to treat liver cancer.");
        assertThat(why)
                .contains("required INVESTIGATIONAL_THERAPY at INLINE: the answer mentions CAR-T cell therapy,"
                        + " which is not approved for liver cancer");
    }
}
