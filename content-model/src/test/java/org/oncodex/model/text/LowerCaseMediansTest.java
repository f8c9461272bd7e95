package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;
import org.oncodex.model.stats.Unit;

/**
 * The median of an endpoint however it is abbreviated: "mOS", "mPFS", and after "median" a lower-case
 * "os" or "pfs", which alone stays a word. Written for the test.
 */
class LowerCaseMediansTest {

    private static List<EffectStatement> parse(String text) {
        return EffectStatements.parse(text).statements();
    }

    @Test
    void a_lower_case_abbreviation_after_median_names_the_endpoint() {
        assertThat(parse("The median os was 14.2 months (95% ci: 11.0 to 17.9 months)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
                    assertThat(s.printedValue()).contains("14.2");
                    assertThat(s.printedLower()).contains("11.0");
                    assertThat(s.printedUpper()).contains("17.9");
                    assertThat(s.endpoint()).contains(Endpoint.OS);
                    assertThat(s.estimate())
                            .hasValueSatisfying(e -> assertThat(e.toString()).contains("MONTHS"));
                });
        assertThat(parse("median pfs was 7.3 months"))
                .singleElement()
                .satisfies(s -> assertThat(s.endpoint()).contains(Endpoint.PFS));
    }

    @Test
    void a_median_run_into_its_abbreviation_names_the_endpoint() {
        assertThat(parse("mOS was 14.2 months with drug A.")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EffectStatement.Kind.MEDIAN_TIME);
            assertThat(s.endpoint()).contains(Endpoint.OS);
        });
        assertThat(parse("The mPFS was 7.3 months (95% CI 6.1-8.9)."))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.endpoint()).contains(Endpoint.PFS);
                    assertThat(s.ci()).isPresent();
                    assertThat(Unit.MONTHS.isTime()).isTrue();
                });
    }

    @Test
    void a_lower_case_abbreviation_without_median_is_a_word() {
        // "os" is also a bone: alone and in lower case it names no endpoint
        assertThat(parse("the os was 14.2 months"))
                .allSatisfy(s -> assertThat(s.endpoint()).isEmpty());
    }
}
