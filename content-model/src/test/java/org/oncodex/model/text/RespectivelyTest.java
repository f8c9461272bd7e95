package org.oncodex.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncodex.model.Endpoint;

class RespectivelyTest {

    private static List<Endpoint> endpoints(String text) {
        return EffectStatements.parse(text).statements().stream()
                .filter(s -> s.kind() != EffectStatement.Kind.P_VALUE)
                .map(s -> s.endpoint().orElse(null))
                .toList();
    }

    @Test
    void each_value_takes_the_endpoint_in_its_place() {
        assertThat(endpoints("The median PFS and OS were 7.6 months and 17.6 months, respectively."))
                .containsExactly(Endpoint.PFS, Endpoint.OS);
        assertThat(endpoints("Median overall survival and progression-free survival were 10 months (95% CI 7-13) "
                        + "and 3 months (95% CI 2-4), respectively"))
                .containsExactly(Endpoint.OS, Endpoint.PFS);
        assertThat(endpoints("Five-year PFS and OS were 58.4% and 59.1%, respectively."))
                .containsExactly(Endpoint.PFS, Endpoint.OS);
    }

    @Test
    void a_list_that_does_not_match_the_values_changes_nothing() {
        // three values, two endpoints: no way to tell which is which
        assertThat(endpoints("The median PFS and OS were 7.6, 9.1 and 17.6 months, respectively."))
                .doesNotContain(Endpoint.PFS);
        // one endpoint, two arms: a pair, not a list
        assertThat(endpoints("The median OS was 17.6 and 12.1 months in the two arms, respectively."))
                .containsOnly(Endpoint.OS);
    }

    @Test
    void respectively_in_another_sentence_does_not_reach_back() {
        assertThat(endpoints(
                        "The median PFS and OS were 7.6 months and 17.6 months. The rates were similar, respectively."))
                .containsOnly(Endpoint.OS);
    }

    @Test
    void a_name_and_its_abbreviation_in_brackets_are_one_place() {
        // written for the test
        assertThat(
                        endpoints(
                                "The disease-free survival (DFS) and overall survival (OS) rates were 61 and 74%, respectively."))
                .containsExactly(Endpoint.DFS, Endpoint.OS);
    }
}
