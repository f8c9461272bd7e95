package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

/**
 * A ratio's label some 300 characters before its value still labels it when nothing else could. The sentences
 * are written for the test, in the shape trial reports use.
 */
class FarLabelsTest {

    private static final String LONG_CLAUSE =
            " in the intention-to-treat population, which included all patients who had"
                    + " undergone randomization regardless of whether they received any dose of the assigned treatment, after"
                    + " adjustment for the stratification factors at randomization and for the baseline performance status and"
                    + " region of enrollment, ";

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_label_far_before_its_value_still_labels_it() {
        String text = "The hazard ratio for death" + LONG_CLAUSE + "was 0.71 (95% CI, 0.55 to 0.90).";
        assertThat(text.indexOf("0.71") - text.indexOf("hazard")).isGreaterThan(250);
        assertThat(parse(text)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO);
            assertThat(s.printedValue()).contains("0.71");
            assertThat(s.printedLower()).contains("0.55");
            assertThat(s.printedUpper()).contains("0.90");
            assertThat(s.endpoint()).contains(Endpoint.OS);
            assertThat(s.label()).contains("hazard ratio");
        });
    }

    @Test
    void a_number_between_keeps_the_far_label_from_the_value() {
        String text = "The hazard ratio for death" + LONG_CLAUSE.replace("region", "52 regions") + "was 0.71 (95% CI,"
                + " 0.55 to 0.90).";
        assertThat(parse(text)).noneSatisfy(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO));
    }

    @Test
    void a_far_label_a_number_already_took_labels_no_other() {
        String text = "The hazard ratio was 0.80" + LONG_CLAUSE + "was 0.71 (95% CI, 0.55 to 0.90).";
        assertThat(parse(text))
                .filteredOn(s -> s.kind() == EffectStatement.Kind.HAZARD_RATIO)
                .singleElement()
                .satisfies(s -> assertThat(s.printedValue()).contains("0.80"));
    }

    @Test
    void a_far_label_holds_only_for_a_value_introduced_as_its_own() {
        String text = "The hazard ratio for death" + LONG_CLAUSE + "and 0.71 (95% CI, 0.55 to 0.90) patients.";
        assertThat(parse(text)).noneSatisfy(s -> assertThat(s.kind()).isEqualTo(EffectStatement.Kind.HAZARD_RATIO));
    }
}
